import type { TextRange } from './sentence-boundaries.ts';

const LINE = /[^\r\n]+/g;
const NON_SPACE = /\S/;

/**
 * Every line with something other than whitespace on it, trimmed. The cleaned body puts one paragraph
 * per line; a lone `\r` counts as a line break as well, since ICU would break a sentence there anyway.
 */
export function paragraphRanges(text: string): TextRange[] {
  const ranges: TextRange[] = [];
  for (const match of text.matchAll(LINE)) {
    const line = match[0];
    const first = line.search(NON_SPACE);
    if (first < 0) continue;
    let last = line.length;
    while (/\s/.test(line[last - 1]!)) last--;
    ranges.push({ start: match.index + first, end: match.index + last });
  }
  return ranges;
}
