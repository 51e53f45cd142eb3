import { StoryInputError, type InputLocation } from '../errors.ts';

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * The largest version file, in bytes. The longest news features run to ~150 kB even with a page's
 * junk; at 1 MB (~150,000 words) a version's reading and comparison pages are already ~10 MB of
 * HTML, and beyond it the build spends a minute on one story to make pages no browser shows well.
 */
export const MAX_VERSION_BYTES = 1_000_000;

/**
 * Decodes a version file as UTF-8, refusing what cannot be an article: an empty file, a binary one
 * (a NUL byte is never in text), or bytes that are not UTF-8 (a page saved in another encoding would
 * otherwise turn into replacement characters silently).
 */
export function decodeVersionFile(bytes: Uint8Array, at: InputLocation): string {
  if (bytes.length === 0) throw new StoryInputError(at, 'the file is empty', 'paste the article text into it or remove it from story.yaml');
  if (bytes.length > MAX_VERSION_BYTES) {
    throw new StoryInputError(
      { ...at, line: lineOfByte(bytes, MAX_VERSION_BYTES) },
      `the file is ${bytes.length.toLocaleString('en-US')} bytes; ` +
        `a version may be at most ${MAX_VERSION_BYTES.toLocaleString('en-US')} bytes (1 MB), and this line crosses the limit`,
      'is it one article? Keep only the article text, or split a long document into several stories',
    );
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    throw new StoryInputError(
      { ...at, line: lineOfByte(bytes, nul) },
      `binary data (a NUL byte at byte ${nul})`,
      'versions must be plain text (.txt), Markdown (.md) or a saved web page (.html)',
    );
  }
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    const bad = firstInvalidUtf8Byte(bytes);
    throw new StoryInputError(
      { ...at, line: lineOfByte(bytes, bad) },
      `not valid UTF-8 (byte ${bad} is 0x${bytes[bad]!.toString(16).padStart(2, '0')})`,
      're-save the file as UTF-8',
    );
  }
  if (text.trim() === '') throw new StoryInputError(at, 'the file holds only whitespace');
  return text;
}

/** 1-based line of the byte at `index`. */
export function lineOfByte(bytes: Uint8Array, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** Index of the first byte that does not belong to a valid UTF-8 sequence. */
export function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const byte = bytes[i]!;
    const length =
      byte < 0x80 ? 1 : byte >= 0xc2 && byte < 0xe0 ? 2 : byte >= 0xe0 && byte < 0xf0 ? 3 : byte >= 0xf0 && byte < 0xf5 ? 4 : 0;
    if (length === 0) return i;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined || (next & 0xc0) !== 0x80) return i;
    }
    i += length;
  }
  return Math.max(0, bytes.length - 1);
}
