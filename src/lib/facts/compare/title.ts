/**
 * Title flags. A title neither of which shortens the other is possible only: outlets describe people by
 * different roles they hold (`club captain`, `club defender`). One office qualified differently
 * (`former U.S. President` / `US President`, `deputy director` / `director`) or of two places (`Ohio
 * Attorney General` / `Iowa Attorney General`) is likely, when the alignment groups the two sentences at
 * all; else possible, as the two may speak of two times.
 */
import { isDemonym, isHonorific, isPlaceName } from '../../language/lexicon.ts';
import { shortFormOf } from '../../language/short-forms.ts';
import { roleStem, TITLE_EXPANSIONS, TITLE_QUALIFIERS } from '../../language/titles.ts';
import { placeKey } from '../extract/names.ts';
import { styleKey } from '../normalize.ts';
import type { StoryContext } from '../story-context.ts';
import type { RawMention } from '../types.ts';
import type { PairBudget } from '../work-limits.ts';
import { evidenceOf } from './pairs.ts';
import type { FlagConfidence, FlagVerdict } from './types.ts';

/** The title flags of one person's mentions: one office qualified differently or of two places (likely), two titles (possible). */
export function titleFlags(mentions: readonly RawMention[], context: StoryContext, budget: PairBudget): FlagVerdict[] {
  const verdicts: FlagVerdict[] = [];
  // One office qualified differently (`former`) is likely; two titles neither of which shortens the other, possible.
  const titles: [[RawMention, RawMention] | undefined, FlagConfidence][] = [
    [qualifierChange(mentions, budget), 'likely'],
    [placeChange(mentions, budget), 'likely'],
    [conflictingRoles(mentions, budget), 'possible'],
  ];
  for (const [pair, confidence] of titles) {
    if (!pair) continue;
    const [a, b] = pair;
    verdicts.push({
      disagreement: true,
      // Sentences no alignment group joins may speak of two times (`years ago, its chief executive…` / `its former chief`).
      confidence: context.link(a.sentence, b.sentence) > 0 ? confidence : 'possible',
      evidence: { ...evidenceOf('title', a.name ?? a.text, a, b, context), values: [a.role ?? '', b.role ?? ''] },
      note: `titled “${a.role}” (${a.version}) and “${b.role}” (${b.version})`,
    });
  }
  return verdicts;
}

/**
 * One office, qualified differently (`former U.S. President` / `US President`, `deputy director` /
 * `director`): the titles' other words agree, one holding the other's, and the qualifiers of
 * language's closed class (`former`, `acting`, `deputy`…) differ. A title written shorter is no change.
 */
export function qualifierChange(mentions: readonly RawMention[], budget: PairBudget): [RawMention, RawMention] | undefined {
  return oneOfficeTwoWays(mentions, budget, (role) => [
    ...new Set(
      styleKey(role)
        .split(' ')
        .filter((word) => TITLE_QUALIFIERS.has(word)),
    ),
  ]);
}

/**
 * One office of two places (`Ohio Attorney General` / `Iowa Attorney General`): the titles' other words
 * agree, one holding the other's, and each names a place, not the same one. A title naming no place
 * (`Attorney General`) is written shorter, no change.
 */
export function placeChange(mentions: readonly RawMention[], budget: PairBudget): [RawMention, RawMention] | undefined {
  return oneOfficeTwoWays(
    mentions,
    budget,
    (role) => role.split(/\s+/u).flatMap((word) => placeKey(word) ?? []),
    (detail) => detail !== '',
  );
}

/**
 * Two titles of different versions whose substance (`roleWords`) agrees, one holding the other's,
 * and whose `details` (qualifiers, places) differ; only titles whose details pass `keep` take part.
 */
function oneOfficeTwoWays(
  mentions: readonly RawMention[],
  budget: PairBudget,
  details: (role: string) => string[],
  keep: (detail: string) => boolean = () => true,
): [RawMention, RawMention] | undefined {
  const titled = new Map<string, { mention: RawMention; words: Set<string>; detail: string }>();
  for (const mention of mentions) {
    const key = `${mention.version}\u0000${mention.role}`;
    if (!mention.role || titled.has(key)) continue;
    const detail = [...new Set(details(mention.role))].sort().join(' ');
    if (keep(detail)) titled.set(key, { mention, words: roleWords(mention.role), detail });
  }
  const roles = [...titled.values()];
  for (let i = 0; i < roles.length; i++)
    for (let j = i + 1; j < roles.length; j++) {
      const a = roles[i]!;
      const b = roles[j]!;
      if (a.mention.version === b.mention.version || a.detail === b.detail || a.words.size === 0 || b.words.size === 0) continue;
      if (!budget.take()) return undefined;
      if (writtenShorter(a.words, b.words) || writtenShorter(b.words, a.words)) return [a.mention, b.mention];
    }
  return undefined;
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
      if (!writtenShorter(a.words, b.words) && !writtenShorter(b.words, a.words)) return [a.mention, b.mention];
    }
  }
  return undefined;
}

/**
 * A title's substance: `US President` and `President` are one title; `Sir` is no title; `CEO` is `chief
 * executive officer`; `spokesman` is `spokeswoman`.
 */
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
      )
      // One role for a man, a woman or anyone (`spokesman` / `spokeswoman`).
      .map(roleStem),
  );
}

/**
 * Title `a` is `b` written shorter: each of its words is one of `b`'s or a short form of some (language's
 * `shortFormOf`: `Fed Chair` / `Federal Reserve Chair`, `FBI Director` / `Federal Bureau of Investigation Director`).
 */
export function writtenShorter(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const longer = [...b];
  for (const word of a) if (!b.has(word) && shortFormOf(word, longer).length === 0) return false;
  return true;
}
