import { Clusters, linkOneToOne } from './cluster.ts';
import { dateKey } from './dates.ts';
import { isPlaceName } from './lexicon.ts';
import { contentStems, editDistance, styleKey } from './normalize.ts';
import { contextOverlap, type StoryContext } from './story-context.ts';
import { numberKey } from './numbers.ts';
import type { FactKind, NumberValue, RawMention } from './types.ts';

/** Weights of the evidence that two dates or numbers of different versions are one fact. */
export const LINK_WEIGHTS = {
  /** Their sentences are in one alignment group. */
  aligned: 0.35,
  /** They say the same value. */
  sameValue: 0.2,
  /** …and that value occurs once in each version, so it likely names one event. */
  uniqueValue: 0.3,
  /** A vague phrase (`in recent months`) fits many events: it needs more evidence. */
  vague: -0.25,
  /** Least total evidence for a link; context overlap adds 0..1. */
  threshold: 0.6,
} as const;

/**
 * Mentions of one kind grouped into facts. Names (people, places, organisations, sources) group
 * story-wide by spelling, tolerating a slip of a letter in a long name; quotes by shared wording;
 * dates and numbers one to one between versions, from alignment, surroundings and value.
 */
export function groupMentions(kind: FactKind, mentions: readonly RawMention[], context: StoryContext): RawMention[][] {
  const clusters = new Clusters(mentions.length);
  if (kind === 'date' || kind === 'number') {
    const counts = new Map<string, number>();
    for (const mention of mentions) counts.set(`${mention.version} ${valueKey(mention)}`, (counts.get(`${mention.version} ${valueKey(mention)}`) ?? 0) + 1);
    const unique = (mention: RawMention): boolean => counts.get(`${mention.version} ${valueKey(mention)}`) === 1;
    const pairs = candidatePairs(mentions, (mention) => [
      `value ${valueKey(mention)}`,
      ...[...context.alignedWith(mention.sentence)].slice(0, 1).map((id) => `group ${id}`),
      ...[...context.window(mention).words].filter((word) => context.idf(word) >= RARE_WORD).map((word) => `word ${word}`),
    ]);
    linkOneToOne(mentions, pairs, (a, b) => linkScore(a, b, context, unique), LINK_WEIGHTS.threshold, clusters);
  } else if (kind === 'quote') {
    const stems = mentions.map((mention) => new Set(contentStems(mention.text)));
    const pairs = candidatePairs(mentions, (mention, index) => [`key ${mention.key}`, ...[...stems[index]!].map((word) => `stem ${word}`)]);
    for (const [i, j] of pairs) if (sameQuote(mentions[i]!, mentions[j]!, stems[i]!, stems[j]!, context)) clusters.union(i, j);
  } else {
    // Names compare by spelling only: join equal spellings first, then compare each spelling once.
    const firstOf = new Map<string, number>();
    mentions.forEach((mention, index) => {
      const spelling = nameKey(kind, mention);
      const first = firstOf.get(spelling);
      if (first === undefined) firstOf.set(spelling, index);
      else clusters.union(first, index);
    });
    const spellings = [...firstOf.entries()];
    for (let i = 0; i < spellings.length; i++) {
      for (let j = i + 1; j < spellings.length; j++) {
        if (sameName(kind, spellings[i]![0], spellings[j]![0])) clusters.union(spellings[i]![1], spellings[j]![1]);
      }
    }
  }
  return clusters.groups().map((indices) => indices.map((index) => mentions[index]!));
}

/** A window word this rare (in a quarter of the sentences or fewer) makes two mentions worth scoring. */
const RARE_WORD = Math.log(4);

/**
 * Pairs of mentions that share at least one key (a value, an alignment group, a rare word), each
 * pair once: the only pairs worth scoring, so a long story does not cost every pair of mentions.
 */
function candidatePairs(mentions: readonly RawMention[], keysOf: (mention: RawMention, index: number) => string[]): [number, number][] {
  const byKey = new Map<string, number[]>();
  mentions.forEach((mention, index) => {
    for (const key of new Set(keysOf(mention, index))) {
      const list = byKey.get(key) ?? [];
      list.push(index);
      byKey.set(key, list);
    }
  });
  const seen = new Set<number>();
  const pairs: [number, number][] = [];
  for (const list of byKey.values()) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const code = list[x]! * mentions.length + list[y]!;
        if (seen.has(code)) continue;
        seen.add(code);
        pairs.push([list[x]!, list[y]!]);
      }
    }
  }
  return pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}

function linkScore(a: RawMention, b: RawMention, context: StoryContext, unique: (mention: RawMention) => boolean): number {
  let score = contextOverlap(context, a, b);
  if (context.aligned(a.sentence, b.sentence)) score += LINK_WEIGHTS.aligned;
  if (valueKey(a) === valueKey(b)) score += LINK_WEIGHTS.sameValue + (unique(a) && unique(b) ? LINK_WEIGHTS.uniqueValue : 0);
  if (a.date?.vague || b.date?.vague || a.number?.vague || b.number?.vague) score += LINK_WEIGHTS.vague;
  if (a.number && b.number && a.number.noun && b.number.noun && a.number.noun === b.number.noun) score += LINK_WEIGHTS.sameValue;
  return score;
}

/** What a date or number says, before resolution: `on Sunday` is one value in every version. */
function valueKey(mention: RawMention): string {
  let key = valueKeys.get(mention);
  if (key === undefined) {
    key = mention.date && !mention.date.vague ? dateKey(mention.date, undefined) : mention.number ? amountKey(mention.number) : mention.key;
    valueKeys.set(mention, key);
  }
  return key;
}

/** A figure without its qualifier: `nearly 1,500` and `1,500` are one value said two ways. */
function amountKey(value: NumberValue): string {
  const { qualifier, ...amount } = value;
  return qualifier === undefined ? numberKey(value) : numberKey(amount);
}

const valueKeys = new WeakMap<RawMention, string>();

function nameKey(kind: FactKind, mention: RawMention): string {
  return kind === 'person' ? styleKey(mention.name ?? mention.text) : mention.key;
}

function sameName(kind: FactKind, a: string, b: string): boolean {
  if (kind === 'person') return namesMatch(a, b);
  // Two places the lexicon knows are two places, however alike (`Gambia`, `Zambia`).
  if (kind === 'place' && isPlaceName(a) && isPlaceName(b)) return false;
  return a.length >= 6 && b.length >= 6 && similarWords(a, b);
}

/** Two quotations are one when they share their wording, loosely when their sentences align. */
function sameQuote(a: RawMention, b: RawMention, left: ReadonlySet<string>, right: ReadonlySet<string>, context: StoryContext): boolean {
  if (a.key === b.key) return true;
  if (a.version === b.version) return false;
  let shared = 0;
  for (const word of left) if (right.has(word)) shared++;
  if (shared < 2) return false;
  const containment = shared / Math.min(left.size, right.size);
  const dice = (2 * shared) / (left.size + right.size);
  if (dice >= 0.5 || containment >= 0.6) return true;
  return context.aligned(a.sentence, b.sentence) && shared >= 3 && dice >= 0.4;
}

/**
 * The same person, spelled alike or nearly: the surnames match (one letter off in a long name),
 * and first names, when both are given, start alike. A lone name matches any word of a full one.
 */
export function namesMatch(a: string, b: string): boolean {
  const left = styleKey(a).split(' ').filter(Boolean);
  const right = styleKey(b).split(' ').filter(Boolean);
  if (left.length === 0 || right.length === 0) return false;
  if (left.length === 1 || right.length === 1) {
    const [single, full] = left.length === 1 ? [left[0]!, right] : [right[0]!, left];
    return full.some((word) => similarWords(word, single));
  }
  const surnameA = left.at(-1)!;
  const surnameB = right.at(-1)!;
  // With the same first name written out, a short surname may slip a letter too (`Lopez`, `Lopes`).
  if (left[0] === right[0] && left[0]!.length > 1 && Math.min(surnameA.length, surnameB.length) >= 4) {
    return editDistance(surnameA, surnameB, 1) <= 1;
  }
  return similarWords(surnameA, surnameB) && left[0]![0] === right[0]![0];
}

/** Equal, or one slip apart in a word of six letters or more (two in ten or more). */
export function similarWords(a: string, b: string): boolean {
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  if (shorter < 6) return false;
  return editDistance(a, b, 2) <= (shorter >= 10 ? 2 : 1);
}
