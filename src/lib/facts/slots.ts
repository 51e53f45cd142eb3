/**
 * What a figure is a value of (its slot), as far as its sentence says: the counted thing after it
 * (`212 passengers`), or, for a count of people, what happened to them (`94 people were injured`,
 * `killing at least 80`), the slot of a toll. Grouping lets two figures of sentences the alignment
 * did not pair meet only in one slot; flags compare values only within one.
 */
import { stem, styleKey } from './normalize.ts';
import type { StoryContext } from './story-context.ts';
import type { RawMention } from './types.ts';
import { CASUALTY_STEMS, PEOPLE_NOUNS } from './words.ts';

/** Words after and before a figure searched for what happened to the people it counts. */
const AFTER = 4;
const BEFORE = 2;

export interface Slot {
  key: string;
  /** A toll: a count of people by what happened to them. */
  toll: boolean;
}

export function slotOf(mention: RawMention, context: StoryContext): Slot | undefined {
  const value = mention.number;
  if (!value || value.vague || value.percent || value.currency) return undefined;
  const noun = value.noun?.split(' ').at(-1);
  const named = noun ? tollStem(noun) : undefined;
  if (named) return { key: `toll ${named}`, toll: true };
  if (!noun || PEOPLE_NOUNS.has(noun)) {
    const toll = nearestTollWord(mention, context);
    if (toll) return { key: `toll ${toll}`, toll: true };
  }
  if (!noun) return undefined;
  return { key: `${value.ordinal ? '#' : ''}${stem(noun)}`, toll: false };
}

/**
 * The toll word a figure of people is the subject or object of: up to four words after it
 * (`94 people were injured`) or two before it (`killing 80`, `injuring more than 160`), never across
 * a comma or a dash (`were injured, 35 of them` does not make the 35 a toll of the injured).
 */
function nearestTollWord(mention: RawMention, context: StoryContext): string | undefined {
  const sentence = context.sentence(mention.sentence);
  if (!sentence) return undefined;
  const words = sentence.tokens.filter((token) => token.word);
  const firstIndex = words.findIndex((token) => token.at >= mention.at);
  const lastIndex = words.findIndex((token) => token.at >= mention.at + mention.text.length);
  const from = firstIndex < 0 ? words.length : firstIndex;
  const to = lastIndex < 0 ? words.length : lastIndex;
  const broken = (left: number, right: number): boolean => {
    const before = words[left];
    const after = words[right];
    if (!before || !after) return true;
    return /[,;:–—()]/u.test(sentence.text.slice(before.at + before.text.length, after.at));
  };
  for (let index = to; index < Math.min(words.length, to + AFTER); index++) {
    if (index > 0 && broken(index - 1, index)) break;
    const key = tollStem(styleKey(words[index]!.norm));
    if (key) return key;
  }
  for (let index = from - 1; index >= Math.max(0, from - BEFORE); index--) {
    if (broken(index, index + 1)) break;
    const key = tollStem(styleKey(words[index]!.norm));
    if (key) return key;
  }
  return undefined;
}

function tollStem(word: string): string | undefined {
  for (const known of CASUALTY_STEMS) if (word.startsWith(known)) return known;
  return undefined;
}
