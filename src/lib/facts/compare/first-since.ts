/**
 * `For the first time since 2008`, `the first rise in nearly a decade`: `first` here says a thing happened again after
 * a gap, which the date or stretch after it gives; it counts no times. It is never compared with a count of times
 * (`for the fifth time`): the two say different things of one event, and both may be true.
 */
import type { StoryContext } from '../story-context.ts';
import type { RawMention } from '../types.ts';

const GAP_AFTER = /^\s*(?:\p{L}+\s+){0,2}?(?:since|in)\b/iu;

/** `mention` is the `first` of `the first time since …` / `the first rise in …`. */
export function firstAfterGap(mention: RawMention, context: StoryContext): boolean {
  const value = mention.number;
  if (!value?.ordinal || value.amount !== 1) return false;
  const text = context.sentence(mention.sentence)?.text;
  return text !== undefined && GAP_AFTER.test(text.slice(mention.at + mention.text.length));
}
