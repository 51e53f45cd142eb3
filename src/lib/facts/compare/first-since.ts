/**
 * `For the first time since 2008`, `the first rise in nearly a decade`: `first` here says a thing happened again after
 * a gap, which the date or stretch after it gives; it counts no times. It is never compared with a count of times
 * (`for the fifth time`): the two say different things of one event, and both may be true.
 */
import { NUMBER_WORD } from '../../language/number-words.ts';
import type { StoryContext } from '../story-context.ts';
import type { RawMention } from '../types.ts';
import { DURATION_UNIT } from '../words.ts';

// `in` only before a stretch of time (`in nearly a decade`, `in 20 years`, `in years`): `the first goal in the match` counts.
const HOW_MANY = String.raw`(?:(?:a|an|\d+|several|many|${NUMBER_WORD})\s+)?`;
const STRETCH = String.raw`in\s+(?:(?:nearly|almost|over|about|more\s+than)\s+)?${HOW_MANY}${DURATION_UNIT}`;
const GAP_AFTER = new RegExp(String.raw`^\s*(?:\p{L}+\s+){0,2}?(?:since|${STRETCH})\b`, 'iu');

/** `mention` is the `first` of `the first time since …` / `the first rise in …`. */
export function firstAfterGap(mention: RawMention, context: StoryContext): boolean {
  const value = mention.number;
  if (!value?.ordinal || value.amount !== 1) return false;
  const text = context.sentence(mention.sentence)?.text;
  return text !== undefined && GAP_AFTER.test(text.slice(mention.at + mention.text.length));
}

/** `first` within a few words before a date (`the first time since 2008`, `the first win for the club since 1999`). */
const FIRST_BEFORE = /\bfirst\b(?:\s+[\p{L}'’-]+){0,5}\s+$/iu;

/**
 * A date that is the `since` of a `first … since` (`the first such win since 1999`): the year the thing last
 * happened, not when the story's event did. It is compared only with another such date.
 */
export function gapSince(mention: RawMention, context: StoryContext): boolean {
  if (!mention.date || !/^since\b/iu.test(mention.text)) return false;
  const text = context.sentence(mention.sentence)?.text;
  return text !== undefined && FIRST_BEFORE.test(text.slice(Math.max(0, mention.at - 60), mention.at));
}
