// Scores one analysed story against its hand labels. Everything is measured on character offsets into the
// files as decoded (the export contract's offsets), counting only non-space characters, so that a cleaner is
// judged on what it kept and removed, not on whitespace.
import type { LocatedLabels, LocatedMention, Span } from './labels.ts';
import { agencyKey } from '../src/lib/clean/agency.ts';
import { NUMBER_WORD } from '../src/lib/language/number-words.ts';
import { rowLinks } from './links.ts';

/** The part of the public export (/api/stories/<slug>.json) that scoring reads. */
export interface ScoredExport {
  versions: {
    id: string;
    title?: string;
    byline?: string;
    published?: string;
    agency?: string;
    removed: { start: number; end: number; replacement?: string }[];
    sentences: { id: string; start: number; end: number }[];
  }[];
  /** `alsoCoveredBy`: sentences of other groups that also cover this one (a sentence merging two statements). */
  alignment: { sentences: string[]; alsoCoveredBy?: { sentence: string }[] }[];
  facts: {
    kind: string;
    disagreement: boolean;
    confidence?: string;
    mentions: { version: string; start: number; end: number }[];
    /** Flags only: the two values and the sentences they sit in (a title flag's values are the titles, not the name mentioned). */
    evidence?: { values: [string, string]; versions: [string, string]; sentences: [string, string] };
  }[];
}

export interface Ratio {
  hit: number;
  of: number;
}

export interface StoryScore {
  junkRemoved: Ratio;
  articleKept: Ratio;
  sentences: { matched: number; predicted: number; gold: number };
  links: { matched: number; predicted: number; gold: number; mistakes: LinkMistake[] };
  factMentions: Record<FactKind, { found: number; gold: number; right: number; predicted: number }>;
  /** Labelled mentions no analysed mention of their kind overlaps, and analysed mentions that overlap no labelled one. */
  mentionMistakes: MentionMistake[];
  disagreements: { found: Ratio; mustSeeFound: Ratio; flagsRight: Ratio; likelyFlagsRight: Ratio };
  metadata: Record<'title' | 'byline' | 'published' | 'agency', { right: number; wrong: number; gold: number }>;
  versions: {
    id: string;
    junkRemoved: Ratio;
    articleKept: Ratio;
    sentenceF1: number;
    keptJunk: string[];
    lostArticle: string[];
    missedSentences: string[];
  }[];
}

/** A labelled link the analysis missed, or a link it made that the labels do not have, with both labelled sentences. */
export interface LinkMistake {
  kind: 'missed' | 'wrong';
  a: string;
  b: string;
  textA: string;
  textB: string;
}

export const FACT_KINDS = ['quote', 'number', 'date'] as const;
export type FactKind = (typeof FACT_KINDS)[number];

/**
 * A labelled mention missed, or an analysed mention that no labelled one overlaps, with the sentence it sits in (the
 * labelled sentence for a miss, the analysed one for a wrong mention); `junk` when a wrong mention lies outside every
 * labelled article sentence (page junk the cleaner kept).
 */
export interface MentionMistake {
  kind: 'missed' | 'wrong';
  fact: FactKind;
  version: string;
  text: string;
  sentence: string;
  junk: boolean;
}

export const ratio = (r: Ratio): number => (r.of === 0 ? 1 : r.hit / r.of);
export const f1 = (matched: number, predicted: number, gold: number): number =>
  predicted + gold === 0 ? 1 : (2 * matched) / (predicted + gold);

interface VersionMasks {
  text: string;
  /** 1 where a labelled article sentence covers the character. */
  article: Uint8Array;
  /** 1 where the analysis kept the character as article text. */
  kept: Uint8Array;
  /** The labelled sentence (1-based) covering each character, 0 for none. */
  goldSentence: Int32Array;
}

function masks(text: string, gold: readonly Span[], version: ScoredExport['versions'][number]): VersionMasks {
  const article = new Uint8Array(text.length);
  const goldSentence = new Int32Array(text.length);
  gold.forEach((span, index) => {
    for (let i = span.start; i < span.end; i++) {
      article[i] = 1;
      goldSentence[i] = index + 1;
    }
  });
  const kept = new Uint8Array(text.length);
  for (const sentence of version.sentences) for (let i = sentence.start; i < sentence.end && i < text.length; i++) kept[i] = 1;
  // A repaired fragment (a lost space put back, mojibake mended) is kept text; a removed one is not.
  for (const fragment of version.removed)
    if (fragment.replacement === undefined) for (let i = fragment.start; i < fragment.end; i++) kept[i] = 0;
  return { text, article, kept, goldSentence };
}

/** The stretches of text where `inside` holds, trimmed, those with some ink only. */
function runs(text: string, inside: (i: number) => boolean): string[] {
  const found: string[] = [];
  let start = -1;
  for (let i = 0; i <= text.length; i++) {
    const on = i < text.length && inside(i);
    if (on && start < 0) start = i;
    if (!on && start >= 0) {
      const run = text.slice(start, i).trim();
      if (run) found.push(run);
      start = -1;
    }
  }
  return found;
}

const isInk = (text: string, i: number): boolean => !/\s/.test(text[i]!);

/** The first and last article character a span of the analysis covers, or undefined when it covers none. */
function articleKey(m: VersionMasks, start: number, end: number): string | undefined {
  let first = -1;
  let last = -1;
  for (let i = start; i < end; i++) {
    if (m.article[i] && m.kept[i] && isInk(m.text, i)) {
      if (first < 0) first = i;
      last = i;
    }
  }
  return first < 0 ? undefined : `${first}:${last}`;
}

function goldKey(m: VersionMasks, span: Span): string {
  let first = span.start;
  let last = span.end - 1;
  while (first < last && !isInk(m.text, first)) first++;
  while (last > first && !isInk(m.text, last)) last--;
  return `${first}:${last}`;
}

/** The labelled sentence an analysed sentence mostly covers (by kept article characters), or 0. */
function goldSentenceOf(m: VersionMasks, start: number, end: number): number {
  const counts = new Map<number, number>();
  for (let i = start; i < end; i++) {
    const g = m.goldSentence[i]!;
    if (g > 0 && m.kept[i] && isInk(m.text, i)) counts.set(g, (counts.get(g) ?? 0) + 1);
  }
  let best = 0;
  let bestCount = 0;
  for (const [g, count] of counts) if (count > bestCount || (count === bestCount && g < best)) [best, bestCount] = [g, count];
  return best;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

/**
 * A stretch of time (`48 hours`, `a four-month trial`, `over two days`) is both a quantity and a time, and labellers
 * give it either kind (LABELS.md); so a labelled stretch is matched by an analysed number or date alike. Every other
 * mention needs its own kind.
 */
const COUNT = String.raw`(?:\d[\d,.]*|${NUMBER_WORD}|a|an|a few|several|a couple of)`;
const TIME_UNIT = String.raw`(?:second|minute|hour|day|week|month|year|decade)s?`;
const STRETCH_OF_TIME = new RegExp(String.raw`^(?:\S+\s+){0,3}?${COUNT}(?:-|\s+)${TIME_UNIT}$`, 'iu');
function kindsMatch(gold: { kind: string; text: string }, predictedKind: string): boolean {
  if (gold.kind === predictedKind) return true;
  const timeKinds = ['number', 'date'];
  return timeKinds.includes(gold.kind) && timeKinds.includes(predictedKind) && STRETCH_OF_TIME.test(gold.text.trim());
}

const normalise = (value: string | null | undefined): string =>
  (value ?? '')
    .toLowerCase()
    .replace(/[\s\u00a0]+/g, ' ')
    .replace(/^[\s"'“”‘’]+|[\s"'“”‘’.,:;|–—-]+$/g, '')
    .trim();

export function scoreStory(labels: LocatedLabels, texts: ReadonlyMap<string, string>, analysis: ScoredExport): StoryScore {
  const score: StoryScore = {
    junkRemoved: { hit: 0, of: 0 },
    articleKept: { hit: 0, of: 0 },
    sentences: { matched: 0, predicted: 0, gold: 0 },
    links: { matched: 0, predicted: 0, gold: 0, mistakes: [] },
    factMentions: {
      quote: { found: 0, gold: 0, right: 0, predicted: 0 },
      number: { found: 0, gold: 0, right: 0, predicted: 0 },
      date: { found: 0, gold: 0, right: 0, predicted: 0 },
    },
    mentionMistakes: [],
    disagreements: {
      found: { hit: 0, of: 0 },
      mustSeeFound: { hit: 0, of: 0 },
      flagsRight: { hit: 0, of: 0 },
      likelyFlagsRight: { hit: 0, of: 0 },
    },
    metadata: {
      title: { right: 0, wrong: 0, gold: 0 },
      byline: { right: 0, wrong: 0, gold: 0 },
      published: { right: 0, wrong: 0, gold: 0 },
      agency: { right: 0, wrong: 0, gold: 0 },
    },
    versions: [],
  };
  const versionMasks = new Map<string, VersionMasks>();
  /** Analysed sentence id → [version, labelled sentence] it mostly covers. */
  const goldOfSentence = new Map<string, string>();

  for (const version of analysis.versions) {
    const gold = labels.versions.get(version.id);
    const text = texts.get(version.id);
    if (!gold || text === undefined) continue;
    const m = masks(text, gold.sentences, version);
    versionMasks.set(version.id, m);
    const junk = { hit: 0, of: 0 };
    const kept = { hit: 0, of: 0 };
    for (let i = 0; i < text.length; i++) {
      if (!isInk(text, i)) continue;
      if (m.article[i]) {
        kept.of++;
        if (m.kept[i]) kept.hit++;
      } else {
        junk.of++;
        if (!m.kept[i]) junk.hit++;
      }
    }
    const goldKeys = new Set(gold.sentences.map((span) => goldKey(m, span)));
    const predictedKeys = new Set<string>();
    for (const sentence of version.sentences) {
      const key = articleKey(m, sentence.start, sentence.end);
      if (key) predictedKeys.add(key);
      const g = goldSentenceOf(m, sentence.start, sentence.end);
      if (g > 0) goldOfSentence.set(sentence.id, `${version.id}#${g}`);
    }
    const matched = [...predictedKeys].filter((key) => goldKeys.has(key)).length;
    const missedSentences = gold.sentences.filter((span) => !predictedKeys.has(goldKey(m, span))).map((span) => span.text);
    score.sentences.matched += matched;
    score.sentences.predicted += predictedKeys.size;
    score.sentences.gold += goldKeys.size;
    score.junkRemoved.hit += junk.hit;
    score.junkRemoved.of += junk.of;
    score.articleKept.hit += kept.hit;
    score.articleKept.of += kept.of;
    const keptJunk = runs(text, (i) => !m.article[i] && m.kept[i] === 1);
    const lostArticle = runs(text, (i) => m.article[i] === 1 && !m.kept[i]);
    score.versions.push({
      keptJunk,
      lostArticle,
      missedSentences,
      id: version.id,
      junkRemoved: junk,
      articleKept: kept,
      sentenceF1: f1(matched, predictedKeys.size, goldKeys.size),
    });

    for (const field of ['title', 'byline', 'published', 'agency'] as const) {
      const expected = normalise(gold[field]);
      const found = normalise(version[field]);
      const tally = score.metadata[field];
      if (expected) tally.gold++;
      const sameAgency = field === 'agency' && agencyKey(found) === agencyKey(expected);
      if (
        found &&
        expected &&
        (found === expected || sameAgency || (field !== 'published' && (found.includes(expected) || expected.includes(found))))
      )
        tally.right++;
      else if (found) tally.wrong++;
    }
  }

  // Links: every cross-version pair inside a group, and each sentence that also covers a group with its members of
  // other versions (eval/links.ts), counted once.
  const versionOf = (ref: string): string => ref.slice(0, ref.lastIndexOf('#'));
  const refOf = ([version, n]: [string, number]): string => `${version}#${n}`;
  const goldLinks = rowLinks(
    labels.groups.map((group) => ({ refs: group.refs.map(refOf), also: group.also.map(refOf) })),
    versionOf,
  );
  const labelled = (ids: readonly string[]): string[] => [
    ...new Set(ids.map((id) => goldOfSentence.get(id)).filter((ref): ref is string => ref !== undefined)),
  ];
  const predictedLinks = rowLinks(
    analysis.alignment.map((group) => ({
      refs: labelled(group.sentences),
      also: labelled((group.alsoCoveredBy ?? []).map((cover) => cover.sentence)),
    })),
    versionOf,
  );
  score.links.gold = goldLinks.size;
  score.links.predicted = predictedLinks.size;
  score.links.matched = [...predictedLinks].filter((key) => goldLinks.has(key)).length;
  const textOf = (ref: string): string =>
    labels.versions.get(versionOf(ref))?.sentences[Number(ref.slice(ref.lastIndexOf('#') + 1)) - 1]?.text ?? '';
  const mistake = (kind: LinkMistake['kind'], key: string): LinkMistake => {
    const [a, b] = key.split('|') as [string, string];
    return { kind, a, b, textA: textOf(a), textB: textOf(b) };
  };
  for (const key of [...goldLinks].sort()) if (!predictedLinks.has(key)) score.links.mistakes.push(mistake('missed', key));
  for (const key of [...predictedLinks].sort()) if (!goldLinks.has(key)) score.links.mistakes.push(mistake('wrong', key));

  // Fact mentions of the three kinds the labels list completely.
  const goldMentions = labels.facts.flatMap((fact) => fact.mentions.map((mention) => ({ ...mention, kind: fact.kind })));
  const predictedMentions = new Map<string, { version: string; start: number; end: number; kind: string }>();
  for (const fact of analysis.facts) {
    if (!(FACT_KINDS as readonly string[]).includes(fact.kind)) continue;
    for (const mention of fact.mentions)
      predictedMentions.set(`${fact.kind}|${mention.version}|${mention.start}|${mention.end}`, { ...mention, kind: fact.kind });
  }
  const allPredicted = [...predictedMentions.values()].filter((mention) => labels.versions.has(mention.version));
  for (const kind of FACT_KINDS) {
    const tally = score.factMentions[kind];
    const gold = goldMentions.filter((mention) => mention.kind === kind);
    const predicted = allPredicted.filter((mention) => mention.kind === kind);
    tally.gold = gold.length;
    tally.predicted = predicted.length;
    const missed = gold.filter((g) => !allPredicted.some((p) => p.version === g.version && overlaps(p, g) && kindsMatch(g, p.kind)));
    const wrong = predicted.filter((p) => !goldMentions.some((g) => p.version === g.version && overlaps(p, g) && kindsMatch(g, p.kind)));
    tally.found = gold.length - missed.length;
    tally.right = predicted.length - wrong.length;
    for (const g of missed)
      score.mentionMistakes.push({
        kind: 'missed',
        fact: kind,
        version: g.version,
        text: g.text,
        sentence: labels.versions.get(g.version)?.sentences[g.sentence - 1]?.text ?? '',
        junk: false,
      });
    for (const p of wrong.sort((a, b) => (a.version === b.version ? a.start - b.start : a.version < b.version ? -1 : 1))) {
      const text = texts.get(p.version) ?? '';
      const sentence = analysis.versions.find((v) => v.id === p.version)?.sentences.find((s) => overlaps(s, p)) ?? p;
      const article = labels.versions.get(p.version)?.sentences ?? [];
      score.mentionMistakes.push({
        kind: 'wrong',
        fact: kind,
        version: p.version,
        text: text.slice(p.start, p.end),
        sentence: text.slice(sentence.start, sentence.end),
        junk: !article.some((span) => overlaps(span, p)),
      });
    }
  }

  // Disagreements: a flag stands for a labelled disagreement when its mentions touch two of its variants.
  const variantsHit = variantCounter(analysis, texts);
  const flags = analysis.facts.filter((fact) => fact.disagreement);
  const stands = (flag: ScoredExport['facts'][number]): boolean => labels.disagreements.some((d) => variantsHit(flag, d.variants) >= 2);
  score.disagreements.flagsRight = { hit: flags.filter(stands).length, of: flags.length };
  const likely = flags.filter((flag) => flag.confidence === undefined || flag.confidence === 'likely');
  score.disagreements.likelyFlagsRight = { hit: likely.filter(stands).length, of: likely.length };
  for (const disagreement of labels.disagreements) {
    const found = flags.some((flag) => variantsHit(flag, disagreement.variants) >= 2);
    score.disagreements.found.of++;
    if (found) score.disagreements.found.hit++;
    if (disagreement.mustSee) {
      score.disagreements.mustSeeFound.of++;
      if (found) score.disagreements.mustSeeFound.hit++;
    }
  }
  return score;
}

/**
 * How many of a labelled disagreement's variants a flag touches: what a flag points at is its mentions, and its
 * evidence's two values found in their sentences (a person's title flag differs in the titles, which are not the
 * name the fact's mentions cover). A flag stands for a disagreement when it touches two of its variants.
 */
export function variantCounter(
  analysis: ScoredExport,
  texts: ReadonlyMap<string, string>,
): (flag: ScoredExport['facts'][number], variants: readonly { mentions: readonly LocatedMention[] }[]) => number {
  const sentenceSpans = new Map(analysis.versions.flatMap((version) => version.sentences.map((sentence) => [sentence.id, sentence])));
  const pointsOf = (flag: ScoredExport['facts'][number]): { version: string; start: number; end: number }[] => {
    const points = [...flag.mentions];
    const evidence = flag.evidence;
    for (const side of [0, 1] as const) {
      const sentence = evidence && sentenceSpans.get(evidence.sentences[side]);
      const text = evidence && texts.get(evidence.versions[side]);
      if (!evidence || !sentence || text === undefined || !evidence.values[side]) continue;
      const at = text.slice(sentence.start, sentence.end).indexOf(evidence.values[side]);
      if (at >= 0)
        points.push({
          version: evidence.versions[side],
          start: sentence.start + at,
          end: sentence.start + at + evidence.values[side].length,
        });
    }
    return points;
  };
  return (flag, variants) => {
    const points = pointsOf(flag);
    return variants.filter((variant) => variant.mentions.some((g) => points.some((p) => p.version === g.version && overlaps(p, g)))).length;
  };
}
