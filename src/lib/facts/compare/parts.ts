/**
 * Whose a figure is and how it is made up, read right after it in its sentence:
 * - a figure given in parts (`48 plus one infant`, `three plus one infant`) counts their sum: `49` / `48 plus one
 *   infant` say the same;
 * - a figure of the people from a place (`six from Velland`, `38 from Orrin`) is that place's: two figures
 *   from two places (a list of nationalities) fill two slots.
 */
import { NUMBER_WORDS } from '../../language/number-words.ts';
import type { StoryContext } from '../story-context.ts';
import type { RawMention } from '../types.ts';

const PLUS = /^\s+plus\s+([\p{L}\p{N},]+)/iu;
// Up to three lower-case words (what is counted: `plus one infant`), then `from` and a capitalised name.
const FROM = /^(?:\s+[\p{Ll}\p{N}-]+){0,3}?\s+from\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*)/u;

function after(mention: RawMention, context: StoryContext): string {
  const text = context.sentence(mention.sentence)?.text ?? '';
  return text.slice(mention.at + mention.text.length, mention.at + mention.text.length + 80);
}

/** The figure's amount with the part added after `plus` (`48 plus one infant` → 49), or its own amount. */
export function totalOf(mention: RawMention, context: StoryContext): number | undefined {
  const amount = mention.number?.amount;
  if (amount === undefined) return undefined;
  const part = PLUS.exec(after(mention, context))?.[1]?.toLowerCase();
  if (part === undefined) return amount;
  const value = /^\d[\d,]*$/u.test(part)
    ? Number(part.replace(/,/gu, ''))
    : Object.hasOwn(NUMBER_WORDS, part)
      ? NUMBER_WORDS[part]
      : undefined;
  return value === undefined ? amount : amount + value;
}

/** The place the counted people are from, as written after the figure (`six from the Velland Isles` → `Velland Isles`). */
export function originOf(mention: RawMention, context: StoryContext): string | undefined {
  return FROM.exec(after(mention, context))?.[1];
}
