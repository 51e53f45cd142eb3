import { StoryInputError, type InputLocation } from '../../errors.ts';
import { decodeVersionFile, lineOfByte } from '../decode.ts';

/** How far into the file a `<meta charset>` counts, as in the HTML standard's prescan. */
const PRESCAN_BYTES = 1024;

/** `<meta charset="…">` and `<meta http-equiv="Content-Type" content="text/html; charset=…">` alike. */
const META_CHARSET = /<meta\s[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)/iu;
const XML_ENCODING = /^\s*<\?xml\s[^>]*?encoding\s*=\s*["']([A-Za-z0-9._:-]+)/iu;

/** The charset a saved page declares (a byte-order mark, `<meta charset>` or an XML declaration), or undefined. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  let head = '';
  const end = Math.min(bytes.length, PRESCAN_BYTES);
  for (let i = 0; i < end; i++) head += String.fromCharCode(bytes[i]!);
  return (XML_ENCODING.exec(head) ?? META_CHARSET.exec(head))?.[1]?.toLowerCase();
}

/** The WHATWG encoding a label names (`latin1` → `windows-1252`), or undefined when no decoder reads it. */
function encodingOf(label: string): string | undefined {
  try {
    return new TextDecoder(label).encoding;
  } catch {
    return undefined;
  }
}

/** True when the bytes are valid UTF-8 and hold at least one multi-byte character. */
function isMultibyteUtf8(bytes: Uint8Array): boolean {
  if (!bytes.some((byte) => byte >= 0x80)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * Decodes a saved page. The checks every version gets (empty, over 1 MB, binary) come first; then the
 * page's declared charset is honoured: UTF-8 (or none declared) is read strictly, any other charset a
 * WHATWG decoder knows (`windows-1252`, `iso-8859-2`, `shift_jis`, `utf-16le` with its mark…) is decoded
 * with it, and a charset no decoder knows is refused naming the file and the charset. Offsets are then
 * indexes into the page as decoded, as for every version.
 *
 * A page that declares a legacy charset but whose bytes are valid UTF-8 with multi-byte characters is read
 * as UTF-8: browsers re-encode what they save as UTF-8 and may leave the old declaration behind, while text
 * in a single-byte charset is practically never valid multi-byte UTF-8.
 */
export function decodeHtmlFile(bytes: Uint8Array, at: InputLocation): string {
  const label = declaredCharset(bytes);
  const encoding = label === undefined ? 'utf-8' : encodingOf(label);
  if (encoding === undefined) {
    throw new StoryInputError(
      { ...at, line: lineOfCharset(bytes) },
      `declares the charset "${label}", which cannot be read`,
      're-save the page as UTF-8',
    );
  }
  if (encoding === 'utf-8' || isMultibyteUtf8(bytes)) return decodeVersionFile(bytes, at);
  // The checks every version gets (empty, size, binary): a NUL byte is data only in UTF-16.
  const wide = encoding.startsWith('utf-16');
  decodeVersionFile(asAsciiProbe(bytes, wide), at);
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new StoryInputError(at, `is not valid ${encoding}, the charset the page declares`, 're-save the page as UTF-8');
  }
  if (text.trim() === '') throw new StoryInputError(at, 'the file holds only whitespace');
  return text;
}

/**
 * The bytes with every non-ASCII byte replaced by a letter: what the shared checks (empty, size, NUL)
 * need to see of a file in a single-byte or multi-byte legacy charset, without failing on UTF-8.
 */
function asAsciiProbe(bytes: Uint8Array, wide: boolean): Uint8Array {
  return bytes.map((byte) => (byte >= 0x80 || (wide && byte === 0) ? 0x61 : byte));
}

function lineOfCharset(bytes: Uint8Array): number {
  const end = Math.min(bytes.length, PRESCAN_BYTES);
  for (let i = 0; i + 7 < end; i++) {
    if (String.fromCharCode(...bytes.subarray(i, i + 7)).toLowerCase() === 'charset') return lineOfByte(bytes, i);
  }
  return 1;
}
