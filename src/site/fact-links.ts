import type { Fact, FactKind } from '../lib/facts/types.ts';
import type { Sentence } from '../lib/types.ts';
import type { TextRun } from './compare-view.ts';
import { perStory } from './story-cache.ts';
import { urls } from './urls.ts';
import { variantStanding, type StandingFact } from './odd-variants.ts';
import { findVersion } from './versions.ts';

/**
 * The one builder of fact links for every view (reading, compare): a mark on a fact's words inside a
 * sentence, and a ⚠ flag beside a sentence that mentions a fact the outlets disagree on. Each fact's
 * links are made once per story and shared, so a renderer can write each link's markup once
 * (a story's compare pages show each sentence up to ten times). The disagreement is marked on the
 * versions carrying the variant that stands out (`odd-variants.ts`), never on the one most outlets
 * agree on; on a tie, on both sides.
 */

/** A mark on a fact's words: the fact in the fact index, its label also the mark's tooltip. */
export interface FactLink {
  /** The fact's id: a mark carries only this; the page's script links it (src/scripts/fact-switch.ts). */
  id: string;
  href: string;
  label: string;
  disagreement: boolean;
}

/** A flag beside a sentence: the disagreeing fact in the fact index, its label read out and shown on hover and focus. */
export interface FlagLink {
  href: string;
  label: string;
}

/** A mention of a fact inside a sentence's text (character offsets in `sentence.text`). */
export interface FactMention {
  start: number;
  end: number;
  link: FactLink;
  /** The fact's id. */
  fact: string;
}

/** What the links are made of: a story's slug and facts (an analysis, or a story's export read in the browser). */
export interface FactSource {
  slug: string;
  facts: readonly FactLike[];
}

/** What the links and the compare view read of a fact; `Fact` and the export's facts fit. */
export type FactLike = Pick<Fact, 'id' | 'kind' | 'label' | 'disagreement' | 'variants'> &
  StandingFact & {
    mentions: readonly Pick<Fact['mentions'][number], 'version' | 'sentence'>[];
  };

/** What a reading view shows of a sentence's facts: marks inside its text, flags beside it. */
export interface SentenceFacts {
  mentions: FactMention[];
  flags: FlagLink[];
}

/** A fact's links: its mark where a version stands out (or on any mention of an agreed fact), its mark where it does not, its flag. */
interface Links {
  mark: FactLink;
  /** The mark on a mention whose version carries the variant most outlets agree on: no disagreement shown there. */
  agreeing: FactLink;
  flag: FlagLink;
  /** Versions whose mentions show the disagreement (`VariantStanding.shown`). */
  shows: (version: string) => boolean;
}

const linksOf = perStory(
  (story: FactSource, _all: undefined): Map<string, Links> =>
    new Map(
      story.facts.map((fact) => {
        const href = urls.fact(story.slug, fact.id);
        const mark = {
          id: fact.id,
          href,
          label: `${fact.kind}${fact.disagreement ? ' — outlets disagree' : ''}: ${fact.label}`,
          disagreement: fact.disagreement,
        };
        const shows = variantStanding(fact).shown;
        const agreeing = fact.disagreement ? { ...mark, disagreement: false } : mark;
        return [fact.id, { mark, agreeing, flag: { href, label: `Outlets disagree on this ${fact.kind}: ${fact.label}` }, shows }];
      }),
    ),
);

/** The links of one fact of the story. */
export function factLinks(story: FactSource, fact: Pick<Fact, 'id'>): Links {
  return linksOf(story, undefined).get(fact.id)!;
}

/** A fact's mark on a mention in `version`: marked as disagreeing only where that version stands out. */
export function markIn(story: FactSource, fact: Pick<Fact, 'id'>, version: string): FactLink {
  const links = factLinks(story, fact);
  return links.shows(version) || !links.mark.disagreement ? links.mark : links.agreeing;
}

/** Kinds marked inside the sentence text; quotes and claims span whole clauses and are flagged beside it. */
const INLINE_KINDS = new Set<FactKind>(['number', 'date', 'person', 'place', 'organization', 'source']);

/**
 * A version's sentences with their facts, by sentence id: non-overlapping marks on the words of
 * numbers, dates, names and sources (mention offsets are in the original file; tokens carry both,
 * so the span is found through them), and flags for the disagreeing facts no mark shows.
 */
export const sentenceFacts = perStory((story, version: string): Map<string, SentenceFacts> => {
  const sentences = new Map(findVersion(story, version).sentences.map((sentence) => [sentence.id, sentence]));
  const result = new Map<string, { mentions: FactMention[]; flagged: Fact[] }>();
  for (const fact of story.facts) {
    for (const mention of fact.mentions) {
      if (mention.version !== version) continue;
      const sentence = sentences.get(mention.sentence);
      if (!sentence) continue;
      const entry = result.get(sentence.id) ?? { mentions: [], flagged: [] };
      result.set(sentence.id, entry);
      const span = INLINE_KINDS.has(fact.kind) ? textSpan(sentence, mention.start, mention.end) : undefined;
      if (span) entry.mentions.push({ ...span, link: markIn(story, fact, version), fact: fact.id });
      else if (factLinks(story, fact).shows(version) && !entry.flagged.includes(fact)) entry.flagged.push(fact);
    }
  }
  return new Map(
    [...result].map(([id, entry]) => {
      entry.mentions.sort((a, b) => a.start - b.start || b.end - a.end);
      let reach = -1;
      const mentions = entry.mentions.filter((mark) => {
        if (mark.start < reach) return false;
        reach = mark.end;
        return true;
      });
      return [id, { mentions, flags: entry.flagged.map((fact) => factLinks(story, fact).flag) }];
    }),
  );
});

function textSpan(sentence: Sentence, start: number, end: number): { start: number; end: number } | undefined {
  const first = sentence.tokens.find((token) => token.end > start);
  const last = [...sentence.tokens].reverse().find((token) => token.start < end);
  if (!first || !last || last.at < first.at) return undefined;
  return { start: first.at, end: last.at + last.text.length };
}

/**
 * Flags for the compare and alignment views, by sentence id: every disagreeing fact a sentence
 * mentions, marked inside its text or not, since those views are about what differs; only in the
 * versions that stand out (both sides of a tie), so two versions that agree show no flag.
 */
export const disagreementFlags = perStory((story: FactSource, _all: undefined): Map<string, FlagLink[]> => {
  const bySentence = new Map<string, FactLike[]>();
  for (const fact of story.facts) {
    if (!fact.disagreement) continue;
    const { shows } = factLinks(story, fact);
    for (const mention of fact.mentions) {
      if (!shows(mention.version)) continue;
      const list = bySentence.get(mention.sentence) ?? [];
      if (!list.includes(fact)) list.push(fact);
      bySentence.set(mention.sentence, list);
    }
  }
  return new Map([...bySentence].map(([sentence, facts]) => [sentence, facts.map((fact) => factLinks(story, fact).flag)]));
});

/**
 * Splits runs where fact mentions start and end, so a mention can link to its fact inside an
 * insertion or deletion without the two kinds of marking having to nest the other way round.
 */
export function withFacts(runs: TextRun[], mentions: readonly Omit<FactMention, 'fact'>[]): TextRun[] {
  if (mentions.length === 0) return runs;
  const result: TextRun[] = [];
  let offset = 0;
  for (const run of runs) {
    const start = offset;
    const end = offset + run.text.length;
    offset = end;
    const points = [start, end];
    for (const mention of mentions) {
      if (mention.start > start && mention.start < end) points.push(mention.start);
      if (mention.end > start && mention.end < end) points.push(mention.end);
    }
    if (points.length > 2) points.sort((x, y) => x - y);
    for (let i = 0; i + 1 < points.length; i++) {
      const from = points[i]!;
      const to = points[i + 1]!;
      if (from === to) continue;
      const mention = mentions.find((candidate) => candidate.start <= from && candidate.end >= to);
      const piece: TextRun = {
        ...run,
        text: run.text.slice(from - start, to - start),
        continuesPrevious: from !== start,
        continuesNext: to !== end,
      };
      if (mention) piece.fact = mention.link;
      result.push(piece);
    }
  }
  return result;
}

/**
 * What a page's fact marks link to, once per fact rather than on every mark: the fact index's
 * address and each fact's id and label (the mark's tooltip), in the order the page first marks
 * them. The page carries it as JSON for its "show facts" script; a mark itself carries only its
 * fact's place in this list (`markNumbers`): a fact's id on each of a compare page's ~150 marks was
 * 3 kB (6%) of it.
 */
export interface FactIndex {
  url: string;
  /** [fact id, label], one per fact, in the order of `links`. */
  facts: [string, string][];
}

export function factIndex(url: string, links: Iterable<FactLink>): FactIndex {
  const labels = new Map<string, string>();
  for (const link of links) if (!labels.has(link.id)) labels.set(link.id, link.label);
  return { url, facts: [...labels] };
}

/** Each fact's number on a page: its place in the page's `FactIndex` (a mark carries it as `data-f`). */
export type MarkNumbers = ReadonlyMap<string, number>;

export function markNumbers(index: FactIndex): MarkNumbers {
  return new Map(index.facts.map(([id], number) => [id, number]));
}
