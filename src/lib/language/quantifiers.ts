/**
 * Words that take the whole of what they qualify (`all deposits`, `every flight`, `the entire
 * workforce`): beside another version's `insured deposits` or `domestic flights`, a part against the whole.
 */
export const WHOLE_QUANTIFIERS: ReadonlySet<string> = new Set(['all', 'every', 'entire', 'whole']);

/**
 * The articles: with the possessive determiners below, the words before a figure that make it a place in an order
 * or a multiple (facts' numbers, `DETERMINER`, `MULTIPLIED`); alone, the word a cut-off capture may stop on (`The`).
 */
export const ARTICLES: readonly string[] = ['the', 'a', 'an'];

/**
 * The possessive determiners: before a word they make it one of someone's (`his second goal`, `their last
 * season`, `twice its size`), so it is read as a place in an order or a part of a thing, never a date or a count.
 */
export const POSSESSIVE_DETERMINERS: readonly string[] = ['my', 'your', 'his', 'her', 'its', 'our', 'their'];

/** Words as one alternative of a regular expression (`(?:the|a|an)`), to compose a pattern from these lists. */
export function wordAlternation(words: readonly string[]): string {
  return `(?:${words.join('|')})`;
}
