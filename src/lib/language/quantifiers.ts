/**
 * Words that take the whole of what they qualify (`all deposits`, `every flight`, `the entire
 * workforce`): beside another version's `insured deposits` or `domestic flights`, a part against the whole.
 */
export const WHOLE_QUANTIFIERS: ReadonlySet<string> = new Set(['all', 'every', 'entire', 'whole']);
