import type { MappedText } from '../types.ts';

/**
 * Windows (`\r\n`) and old Mac (`\r`) line breaks become `\n`, so the cleaned text and every rule
 * see one kind of break. A `\r` before `\n` is dropped from the text (it is whitespace, so it is
 * never reported as removed; the `\n` keeps its own offset); a lone `\r` becomes `\n` at its own
 * offset. Every other character keeps its mapping into the original untouched.
 */
export function normaliseLineBreaks(source: MappedText): MappedText {
  const { text } = source;
  if (!text.includes('\r')) return source;
  const starts: number[] = [];
  const ends: number[] = [];
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (char === '\r' && text[i + 1] === '\n') continue;
    out += char === '\r' ? '\n' : char;
    starts.push(source.starts[i]!);
    ends.push(source.ends[i]!);
  }
  return { original: source.original, text: out, starts: Int32Array.from(starts), ends: Int32Array.from(ends) };
}
