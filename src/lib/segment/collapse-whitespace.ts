/** A slice of a string with its whitespace runs collapsed, and where each of its characters came from. */
export interface CollapsedText {
  text: string;
  /** Index in the input of `text[0]`. */
  start: number;
  /**
   * `source[i]` is the index in the input of `text[i]` (a collapsed space: its run's first
   * character); absent when nothing was collapsed, so `text[i]` came from `start + i`.
   */
  source?: Int32Array;
}

const WHITESPACE_RUN = /\s+/g;
// Single ASCII spaces are kept as they are: most sentences need no collapsing and no index array.
const COLLAPSIBLE = /\s\s|[^\S ]/;

/**
 * `input.slice(start, end)` with every whitespace run (NBSP, tabs, `\r` included) replaced by one
 * space; the caller passes a trimmed range, so no space is left at either end.
 */
export function collapseWhitespace(input: string, start: number, end: number): CollapsedText {
  const slice = input.slice(start, end);
  if (!COLLAPSIBLE.test(slice)) return { text: slice, start };
  const text = slice.replace(WHITESPACE_RUN, ' ');
  const source = new Int32Array(text.length);
  let read = 0;
  let write = 0;
  for (const run of slice.matchAll(WHITESPACE_RUN)) {
    while (read < run.index) source[write++] = start + read++;
    source[write++] = start + read;
    read = run.index + run[0].length;
  }
  while (read < slice.length) source[write++] = start + read++;
  return { text, start, source };
}

/** The index in the input of `collapsed.text[index]`. */
export function sourceIndex(collapsed: CollapsedText, index: number): number {
  return collapsed.source ? collapsed.source[index]! : collapsed.start + index;
}
