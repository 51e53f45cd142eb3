/**
 * Spelling flags: a person's name spelled two ways is likely a disagreement (`Hult` / `Holt`, `Brannock` /
 * `Brannick`); one language's letters written the way another writes them (`Müller` as `Mueller` or
 * `Muller`) is house style, never. Words are compared as they sound (`Raphael` / `Rafael` is one slip).
 * A surname given two ways where two or more given names agree is likely. A name written with and without
 * its accents (`Marqués` / `Marques`, `Māori` / `Maori`) is house style or the capture's encoding, never a
 * flag (compare/accents.test.ts): the fact still lists both spellings as its variants.
 */
import { compareCodeUnits } from '../../language/code-units.ts';
import { soundKey } from '../../language/spelling.ts';
import { editDistanceWithSwaps, withinSlips } from '../../language/edit-distance.ts';
import { sameGivenNames } from '../group/group.ts';
import { withNearPartner } from '../group/spelling-pairs.ts';
import { styleKey } from '../normalize.ts';
import type { StoryContext } from '../story-context.ts';
import type { RawMention } from '../types.ts';
import { FACT_WORK_LIMITS, PairBudget } from '../work-limits.ts';
import { evidenceOf } from './pairs.ts';
import type { FlagVerdict } from './types.ts';

export function spellingFlags(mentions: readonly RawMention[], context: StoryContext, budget: PairBudget): FlagVerdict[] {
  const verdicts: FlagVerdict[] = [];
  const spellings = [...personSpellings(mentions, budget).entries()];
  const differing = spellings.filter(([word]) => spellings.some(([other]) => other !== word && !transliterated(word, other)));
  if (differing.length > 1) {
    const [first, second] = differing.sort((x, y) => y[1].size - x[1].size);
    // The first mention whose name holds each word: one pass, not a search per spelling.
    const carriers = new Map<string, RawMention>();
    for (const mention of mentions) {
      for (const word of styleKey(mention.name ?? mention.text).split(' ')) if (!carriers.has(word)) carriers.set(word, mention);
    }
    const carrier = (word: string): RawMention | undefined => carriers.get(word);
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
  // A likely flag on two whole names, with the note saying how they differ.
  const named = (a: RawMention, b: RawMention, note: string): FlagVerdict => ({
    disagreement: true,
    confidence: 'likely',
    evidence: { ...evidenceOf('spelling', a.name ?? a.text, a, b, context), values: [a.name ?? a.text, b.name ?? b.text] },
    note,
  });
  const inner = differing.length > 1 ? undefined : innerSlip(mentions);
  if (inner) {
    const [a, b, left, right] = inner;
    verdicts.push(named(a, b, `name spelled “${left}” (${a.version}) vs “${right}” (${b.version})`));
  }
  const surnames = otherSurname(mentions);
  if (surnames) {
    const [a, b] = surnames;
    verdicts.push(named(a, b, `surname given as “${lastWord(a)}” (${a.version}) and “${lastWord(b)}” (${b.version})`));
  }
  const swapped = swappedOrder(mentions);
  if (swapped) {
    const [a, b] = swapped;
    verdicts.push(
      named(a, b, `given name and surname swapped: “${a.name ?? a.text}” (${a.version}) vs “${b.name ?? b.text}” (${b.version})`),
    );
  }
  return verdicts;
}

/**
 * Two versions writing a two-word name in the opposite order (`Karim Nasser` / `Nasser Karim`): one of them took
 * the surname for the given name. Each word may be either in other names, so only the whole swapped pair counts.
 * A version that writes the name's first word first and also names the person by that word alone (`Tanaka Hiro …
 * Tanaka said`) knows it for the surname: it follows the family-name-first convention of some languages, house style.
 */
function swappedOrder(mentions: readonly RawMention[]): [RawMention, RawMention] | undefined {
  const byOrder = new Map<string, RawMention>();
  const alone = new Set<string>();
  for (const mention of mentions) {
    const spelling = words(mention);
    if (spelling.length === 1) alone.add(`${mention.version} ${spelling[0]!}`);
    if (spelling.length === 2 && spelling[0] !== spelling[1]) byOrder.set(spelling.join(' '), byOrder.get(spelling.join(' ')) ?? mention);
  }
  for (const [order, a] of [...byOrder].sort(([x], [y]) => compareCodeUnits(x, y))) {
    const b = byOrder.get(order.split(' ').reverse().join(' '));
    const familyFirst = (side: RawMention, spelling: string): boolean => alone.has(`${side.version} ${spelling.split(' ')[0]!}`);
    if (!b || b.version === a.version || familyFirst(a, order) || familyFirst(b, words(b).join(' '))) continue;
    return a.version < b.version ? [a, b] : [b, a];
  }
  return undefined;
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

/**
 * One word of a name of three words or more written a letter off while the others agree word for word
 * (`Kim Jon-ho` / `Kim Jong-ho`), or with two neighbouring letters swapped (`Reuben` / `Rueben`): a slip even in
 * a short word, which alone (`Jon`, `Jong`) could be two names.
 */
function innerSlip(mentions: readonly RawMention[]): [RawMention, RawMention, string, string] | undefined {
  const distinct = new Map<string, { mention: RawMention; words: string[] }>();
  for (const mention of mentions) {
    const spelling = words(mention);
    if (spelling.length >= 3) distinct.set(`${mention.version}\u0000${spelling.join(' ')}`, { mention, words: spelling });
  }
  const full = [...distinct.values()];
  for (const a of full)
    for (const b of full) {
      if (a.mention.version >= b.mention.version || a.words.length !== b.words.length) continue;
      const apart = a.words.flatMap((word, index) => (word === b.words[index] ? [] : [index]));
      if (apart.length !== 1) continue;
      const left = a.words[apart[0]!]!;
      const right = b.words[apart[0]!]!;
      if (Math.min(left.length, right.length) < 3 || !slipOrSwap(left, right) || transliterated(left, right)) continue;
      // Each word as its version writes it (`Jon`), where the name's parts line up with its keys.
      const written = (side: { mention: RawMention; words: string[] }, key: string): string => {
        const parts = (side.mention.name ?? side.mention.text).split(/[\s-]+/u);
        return parts.length === side.words.length ? parts[apart[0]!]! : key;
      };
      return [a.mention, b.mention, written(a, left), written(b, right)];
    }
  return undefined;
}

/** One slip, or two neighbouring letters swapped (`reuben` / `rueben`: two slips letter by letter, one to a typist). */
function slipOrSwap(a: string, b: string): boolean {
  return withinSlips(a, b) || editDistanceWithSwaps(a, b, 1) <= 1;
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
