import { NUMBER_WORDS } from '../language/number-words.ts';
import { rootStem } from '../language/stem.ts';
import type { Sentence } from '../types.ts';

/**
 * A quantity a sentence states: its value and the thing counted (`six dead` → 6 / `dead`,
 * `26 people injured` → 26 / `injur`). Two sentences conflict when each states quantities and no
 * quantity of one has the value or the thing of a quantity of the other: different quantities of
 * different things ("six killed" / "42 arrests"). Same thing, different value is a disagreement,
 * not a conflict, and never counts against a link: the facts stage must see it.
 */
export interface Slot {
  value: string;
  thing: string;
}

// Words between a number and the thing it counts: "6 people killed", "26 of them injured".
const FILLERS: ReadonlySet<string> = new Set([
  'people',
  'persons',
  'person',
  'of',
  'them',
  'more',
  'other',
  'others',
  'were',
  'was',
  'are',
  'have',
  'had',
  'been',
  'the',
  'a',
  'an',
  'per',
  'cent',
  'percent',
  'million',
  'billion',
  'thousand',
  'hundred',
  'mln',
  'bn',
  'about',
  'some',
  'nearly',
]);
// Words that end a quantity's phrase: the thing is then the word before it ("killed six people and …").
const ENDS: ReadonlySet<string> = new Set([
  'and',
  'or',
  'to',
  'in',
  'on',
  'at',
  'by',
  'with',
  'from',
  'for',
  'after',
  'than',
  'as',
  'since',
]);
const YEAR = /^(1[89]|20)\d\d$/;
const DIGITS = /^\d[\d,.]*$/;
const MAX_GAP = 3;

export function slotsOf(sentence: Sentence): Slot[] {
  const words = sentence.tokens.filter((token) => token.word).map((token) => token.norm);
  const slots: Slot[] = [];
  for (let i = 0; i < words.length; i++) {
    const value = valueOf(words[i]!);
    if (value === undefined) continue;
    let thing: string | undefined;
    for (let j = i + 1; j < Math.min(words.length, i + 1 + MAX_GAP); j++) {
      const word = words[j]!;
      if (ENDS.has(word)) break;
      if (FILLERS.has(word) || valueOf(word) !== undefined) continue;
      thing = rootStem(word);
      break;
    }
    for (let j = i - 1; thing === undefined && j >= Math.max(0, i - MAX_GAP); j--) {
      const word = words[j]!;
      if (ENDS.has(word)) break;
      if (FILLERS.has(word) || valueOf(word) !== undefined) continue;
      thing = rootStem(word);
    }
    if (thing) slots.push({ value, thing });
  }
  return slots;
}

function valueOf(word: string): string | undefined {
  if (DIGITS.test(word)) {
    const value = word.replace(/,/g, '');
    return YEAR.test(value) ? undefined : value;
  }
  const spelled = NUMBER_WORDS[word];
  return spelled !== undefined && spelled > 1 ? String(spelled) : undefined;
}

/** Each states quantities, and none of either shares a value or a thing with one of the other. */
export function slotsConflict(a: readonly Slot[], b: readonly Slot[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  for (const x of a) for (const y of b) if (x.value === y.value || x.thing === y.thing) return false;
  return true;
}
