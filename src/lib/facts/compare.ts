import { namesMatch } from './group.ts';
import { isDemonym, isHonorific, isPlaceName } from './lexicon.ts';
import { editDistance, withinSlips } from '../language/edit-distance.ts';
import { soundKey } from '../language/spelling.ts';
import { TITLE_EXPANSIONS, TITLE_QUALIFIERS } from '../language/titles.ts';
import { styleKey } from './normalize.ts';
import { compareCodeUnits } from '../language/code-units.ts';
import { withNearPartner } from './spelling-pairs.ts';
import type { RawMention } from './types.ts';
import { FACT_WORK_LIMITS, PairBudget } from './work-limits.ts';

/**
 * What a qualifier says about a figure, so that synonyms compare equal: `about`/`around`/`some`
 * 240 are one estimate, `nearly`/`almost`/`just under` five one shortfall, `more than`/`over` 80
 * one lower bound. Different senses still disagree (`nearly 300` against `about 300` or `300`;
 * `at least 12`, which allows exactly 12, against `more than 12`, which does not). `only` and
 * `just` stress a figure without changing it.
 */
const QUALIFIER_SENSES: Readonly<Record<string, string>> = {
  about: 'approximately',
  around: 'approximately',
  approximately: 'approximately',
  roughly: 'approximately',
  some: 'approximately',
  'an estimated': 'approximately',
  estimated: 'approximately',
  nearly: 'just below',
  almost: 'just below',
  'close to': 'just below',
  'just under': 'just below',
  'more than': 'above',
  over: 'above',
  'just over': 'above',
  'well over': 'above',
  'less than': 'below',
  'fewer than': 'below',
  under: 'below',
  'at least': 'at least',
  'at most': 'at most',
  'up to': 'at most',
  'as many as': 'at most',
  'as few as': 'as few as',
  only: '',
  just: '',
};

export function qualifierSense(qualifier: string | undefined): string {
  if (qualifier === undefined) return '';
  return QUALIFIER_SENSES[qualifier] ?? qualifier;
}

/** One speaker a quote is attributed to, spelled as its fullest telling, and the versions naming them. */
export interface SpeakerGroup {
  speaker: string;
  versions: string[];
}

/**
 * The named speakers a quote's mentions give, one per person (`Okafor` joins `Sarah Okafor`), most
 * versions first; a version counts once for each person it names, however often it repeats the quote.
 */
export function speakerGroups(mentions: readonly RawMention[]): SpeakerGroup[] {
  const groups: { names: string[]; versions: Set<string>; uses: Map<string, Set<string>> }[] = [];
  for (const mention of [...mentions].sort((a, b) => compareCodeUnits(a.version, b.version) || a.start - b.start)) {
    const speaker = mention.speaker;
    if (!speaker || !isNamed(speaker)) continue;
    const group = groups.find((known) => known.names.some((name) => speakersMatch(name, speaker)));
    if (group) {
      if (!group.names.includes(speaker)) group.names.push(speaker);
      group.versions.add(mention.version);
      group.uses.set(speaker, (group.uses.get(speaker) ?? new Set()).add(mention.version));
    } else groups.push({ names: [speaker], versions: new Set([mention.version]), uses: new Map([[speaker, new Set([mention.version])]]) });
  }
  // The fullest telling, and of equally full ones the spelling most versions give.
  const uses = (group: (typeof groups)[number], name: string): number => group.uses.get(name)?.size ?? 0;
  return groups
    .map((group) => ({
      speaker: [...group.names].sort(
        (a, b) => b.split(/\s+/u).length - a.split(/\s+/u).length || uses(group, b) - uses(group, a) || compareCodeUnits(a, b),
      )[0]!,
      versions: [...group.versions].sort(compareCodeUnits),
    }))
    .sort((a, b) => b.versions.length - a.versions.length || compareCodeUnits(a.speaker, b.speaker));
}

/** Speakers differ only when their names clearly do: a slipped letter is a spelling matter. */
export function speakersMatch(a: string, b: string): boolean {
  if (namesMatch(a, b)) return true;
  const last = (name: string): string => styleKey(name).split(' ').at(-1) ?? '';
  return Math.min(last(a).length, last(b).length) >= 4 && editDistance(last(a), last(b), 1) <= 1;
}

function isNamed(speaker: string): boolean {
  return /^\p{Lu}/u.test(speaker);
}

/** Two titles of different versions where neither is a shortening of the other. */
export function conflictingRoles(mentions: readonly RawMention[], budget: PairBudget): [RawMention, RawMention] | undefined {
  // A version repeating a title conflicts where its first telling does, and later: the first pair found is the same.
  const firstTelling = new Map<string, RawMention>();
  for (const mention of mentions) {
    const key = `${mention.version}\u0000${mention.role}`;
    if (mention.role && !firstTelling.has(key)) firstTelling.set(key, mention);
  }
  const roles = [...firstTelling.values()].map((mention) => ({ mention, words: roleWords(mention.role!) }));
  for (let i = 0; i < roles.length; i++) {
    for (let j = i + 1; j < roles.length; j++) {
      const a = roles[i]!;
      const b = roles[j]!;
      if (a.mention.version === b.mention.version || a.words.size === 0 || b.words.size === 0) continue;
      if (!budget.take()) return undefined;
      if (!isSubset(a.words, b.words) && !isSubset(b.words, a.words)) return [a.mention, b.mention];
    }
  }
  return undefined;
}

/** Words of a person's name spelled two ways (one a slip of the other), with the versions spelling each. */
export function personSpellings(
  mentions: readonly RawMention[],
  budget = new PairBudget(FACT_WORK_LIMITS.maxVariantPairs),
): Map<string, Set<string>> {
  const spellings = new Map<string, Set<string>>();
  for (const mention of mentions) {
    for (const word of styleKey(mention.name ?? mention.text)
      .split(' ')
      .filter(Boolean)) {
      const versions = spellings.get(word) ?? new Set<string>();
      versions.add(mention.version);
      spellings.set(word, versions);
    }
  }
  // Distinct spellings may share a sound key: two entries, one key, a slip.
  const words = [...spellings.keys()].map(soundKey);
  const slipped = withNearPartner(words, isSlip, budget);
  return new Map([...spellings].filter((_, index) => slipped.has(index)));
}

/**
 * Within one person's mentions, a word written one letter off (two in a long word) is a slip; words
 * are compared as they sound (`Josephine` / `Josefine`: one sound key), so no slip is needed there.
 */
function isSlip(a: string, b: string): boolean {
  return Math.min(a.length, b.length) >= 4 && withinSlips(a, b);
}

/** A title's substance: `US President` and `President` are one title; `Sir` is no title; `CEO` is `chief executive officer`. */
export function roleWords(role: string): Set<string> {
  return new Set(
    styleKey(role)
      .split(' ')
      .flatMap((word) => (TITLE_EXPANSIONS[word.replace(/\./gu, '')] ?? word).split(' '))
      .filter(
        (word) =>
          word &&
          !isHonorific(word) &&
          !isDemonym(word) &&
          !isPlaceName(word) &&
          word.length > 2 &&
          !/^(?:of|the|and)$/u.test(word) &&
          !TITLE_QUALIFIERS.has(word),
      ),
  );
}

export function isSubset(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const item of a) if (!b.has(item)) return false;
  return true;
}
