/**
 * People flags. A name spelled two ways is likely a disagreement (`Hult` / `Holt`, `Renée` / `Renee`);
 * one language's letters written the way another writes them (`Müller` as `Mueller` or `Muller`) is
 * house style, never. A title neither of which shortens the other is possible only: outlets describe
 * people by different roles they hold (`club captain`, `club defender`). One office qualified
 * differently (`former U.S. President` / `US President`, `deputy director` / `director`) is likely,
 * when the alignment groups the two sentences at all; else possible, as the two may speak of two times.
 */
import { conflictingRoles, isSubset, personSpellings, roleWords } from '../compare.ts';
import { TITLE_QUALIFIERS } from '../../language/titles.ts';
import { withinSlips } from '../../language/edit-distance.ts';
import { sameGivenNames } from '../group.ts';
import { placeKey } from '../names.ts';
import { styleKey } from '../normalize.ts';
import type { StoryContext } from '../story-context.ts';
import type { RawMention } from '../types.ts';
import type { PairBudget } from '../work-limits.ts';
import { evidenceOf } from './pairs.ts';
import type { FlagConfidence, FlagVerdict } from './types.ts';

export function personFlags(mentions: readonly RawMention[], context: StoryContext, budget: PairBudget): FlagVerdict[] {
  const verdicts: FlagVerdict[] = [];
  const spellings = [...personSpellings(mentions, budget).entries()];
  const differing = spellings.filter(([word]) => spellings.some(([other]) => other !== word && !transliterated(word, other)));
  if (differing.length > 1) {
    const [first, second] = differing.sort((x, y) => y[1].size - x[1].size);
    const carrier = (word: string): RawMention | undefined =>
      mentions.find((mention) =>
        styleKey(mention.name ?? mention.text)
          .split(' ')
          .includes(word),
      );
    const a = carrier(first![0]);
    const b = carrier(second![0]);
    if (a && b) {
      // Each spelling as a version writes it (`Brannock`), not its matching key (`brannock`).
      const written = (word: string): string =>
        (carrier(word)?.name ?? carrier(word)?.text ?? '').split(/\s+/u).find((part) => styleKey(part) === word) ?? word;
      const spelled = differing.map(([spelling, versions]) => `“${written(spelling)}” (${[...versions].sort().join(', ')})`);
      verdicts.push({
        disagreement: true,
        confidence: 'likely',
        evidence: { ...evidenceOf('spelling', a.name ?? a.text, a, b, context), values: [first![0], second![0]] },
        note: `name spelled ${spelled.join(' vs ')}`,
      });
    }
  }
  const surnames = otherSurname(mentions);
  if (surnames) {
    const [a, b] = surnames;
    verdicts.push({
      disagreement: true,
      confidence: 'likely',
      evidence: { ...evidenceOf('spelling', a.name ?? a.text, a, b, context), values: [a.name ?? a.text, b.name ?? b.text] },
      note: `surname given as “${lastWord(a)}” (${a.version}) and “${lastWord(b)}” (${b.version})`,
    });
  }
  const accents = accentSpellings(mentions);
  if (accents && verdicts.length === 0) {
    const [a, b] = accents;
    verdicts.push({
      disagreement: true,
      confidence: 'possible',
      evidence: { ...evidenceOf('spelling', a.name ?? a.text, a, b, context), values: [a.name ?? a.text, b.name ?? b.text] },
      note: `written with and without its accents: “${a.name ?? a.text}” (${a.version}) and “${b.name ?? b.text}” (${b.version})`,
    });
  }
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
      if (isSubset(a.words, b.words) || isSubset(b.words, a.words)) return [a.mention, b.mention];
    }
  return undefined;
}

/**
 * Two versions writing one name with and without its accents (`Ibáñez` / `Ibanez`, `Dvořák` /
 * `Dvorak`): a possible spelling difference, which an editor may want to see; never a slip of a letter.
 */
export function accentSpellings(mentions: readonly RawMention[]): [RawMention, RawMention] | undefined {
  const byWord = new Map<string, { raw: string; mention: RawMention }>();
  for (const mention of mentions) {
    for (const raw of (mention.name ?? mention.text).toLowerCase().split(/\s+/u)) {
      const key = styleKey(raw);
      if (key.length < 3) continue;
      const known = byWord.get(key);
      if (!known) byWord.set(key, { raw, mention });
      else if (known.mention.version !== mention.version && known.raw !== raw && hasAccent(known.raw) !== hasAccent(raw))
        return [known.mention, mention];
    }
  }
  return undefined;
}

function hasAccent(text: string): boolean {
  return text.normalize('NFD') !== text.normalize('NFD').replace(/\p{M}/gu, '') || /[ıøłđßæœ]/u.test(text);
}

/** Two versions giving one person's given names alike and the surname differently, not as a slip. */
function otherSurname(mentions: readonly RawMention[]): [RawMention, RawMention] | undefined {
  // Each version's spelling once: a long version naming one person a thousand times is one name to compare, not a thousand.
  const distinct = new Map<string, { mention: RawMention; words: string[] }>();
  for (const mention of mentions) {
    const spelling = words(mention);
    const key = `${mention.version}\u0000${spelling.join(' ')}`;
    if (!distinct.has(key)) distinct.set(key, { mention, words: spelling });
  }
  const full = [...distinct.values()].filter((spelling) => spelling.words.length >= 3);
  for (const a of full)
    for (const b of full) {
      if (a.mention.version >= b.mention.version || !sameGivenNames(a.words, b.words)) continue;
      const left = a.words.at(-1)!;
      const right = b.words.at(-1)!;
      if (left !== right && !transliterated(left, right) && !withinSlips(left, right)) return [a.mention, b.mention];
    }
  return undefined;
}

function words(mention: RawMention): string[] {
  return styleKey(mention.name ?? mention.text)
    .split(' ')
    .filter(Boolean);
}

function lastWord(mention: RawMention): string {
  return words(mention).at(-1) ?? '';
}

/**
 * `mueller` / `muller`, `schuerrle` / `schurrle`: an umlaut written out as `e` after the vowel or left
 * off (the style key has already folded `ü` to `u`). Equal once every `ue`, `oe`, `ae` is read as its vowel.
 */
export function transliterated(a: string, b: string): boolean {
  const plain = (word: string): string => word.replace(/([aou])e/gu, '$1');
  return a !== b && plain(a) === plain(b);
}
