import type { MappedText, RemovedFragment } from '../types.ts';

const isBlank = (char: string | undefined): boolean => char !== undefined && /\s/u.test(char);

/**
 * A removed fragment grows over the markup on its own line that carried no text, so it shows what
 * really left the page: a promotion ending in a Markdown link is `Click here …: [tracker](url)`,
 * not `Click here …: [tracker`, and `*Editor's note: …*` keeps its asterisks. It grows only over
 * characters of the original that neither the body nor another fragment holds, and never past
 * its line. In a `.txt` file every character is held, so nothing changes there.
 */
export function wholeLineFragments(body: MappedText, fragments: readonly RemovedFragment[]): RemovedFragment[] {
  const { original } = body;
  const held = new Uint8Array(original.length + 1);
  for (let i = 0; i < body.text.length; i++) {
    for (let at = body.starts[i]!; at < body.ends[i]!; at++) held[at] = 1;
  }
  for (const fragment of fragments) for (let at = fragment.start; at < fragment.end; at++) held[at] = 1;
  return fragments.map((fragment) => {
    if (fragment.replacement !== undefined || fragment.start === fragment.end) return fragment;
    let start = fragment.start;
    let end = fragment.end;
    // Only a fragment that ends inside a link's brackets (`Click here: [tracker`) grows.
    if ((fragment.text.match(/\[/gu)?.length ?? 0) <= (fragment.text.match(/\]/gu)?.length ?? 0)) return fragment;
    while (end < original.length && !held[end] && original[end] !== '\n') end++;
    while (start < fragment.start && isBlank(original[start])) start++;
    while (end > fragment.end && isBlank(original[end - 1])) end--;
    if (start === fragment.start && end === fragment.end) return fragment;
    for (let at = start; at < end; at++) held[at] = 1;
    return { ...fragment, start, end, text: original.slice(start, end) };
  });
}
