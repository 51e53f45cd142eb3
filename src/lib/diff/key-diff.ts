import { KEY_DIFF_LIMITS } from './options.ts';
import { diffIntegers, type EditComponent } from './sequence-diff.ts';

/**
 * For a stage that matches words on keys of its own rather than on `norm` (facts compares claims on
 * style keys): jsdiff on two sequences of keys turned into integers by one `interner()`, as
 * `diffTokens` runs it, under `KEY_DIFF_LIMITS`. Undefined when jsdiff gave up at the limit.
 */
export function diffKeys(a: readonly number[], b: readonly number[]): EditComponent[] | undefined {
  return diffIntegers(a, b, KEY_DIFF_LIMITS);
}
