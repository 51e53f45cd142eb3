import type { Edit } from '../types.ts';
import { isSpace } from './text-shape.ts';

/**
 * The windows-1252 byte behind every character a cp1252 decoder produces for bytes 0x80–0xFF
 * (the five bytes cp1252 leaves undefined come through as C1 controls, and map back too).
 */
const CP1252_BYTE: ReadonlyMap<string, number> = (() => {
  const decoder = new TextDecoder('windows-1252');
  const bytes = new Map<string, number>();
  for (let byte = 0x80; byte <= 0xff; byte++) bytes.set(decoder.decode(Uint8Array.of(byte)), byte);
  return bytes;
})();

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** How many continuation bytes a UTF-8 lead byte announces (0 when it is not a lead byte). */
function continuationCount(lead: number): number {
  if (lead >= 0xc2 && lead <= 0xdf) return 1;
  if (lead >= 0xe0 && lead <= 0xef) return 2;
  if (lead >= 0xf0 && lead <= 0xf4) return 3;
  return 0;
}

/** Typographic characters that follow real accented capitals (`CAFÉ’s`), so `É’` is not mojibake. */
const TYPOGRAPHIC = new Set(['‘', '’', '“', '”', '–', '—', '…', '•', '\u00a0', '«', '»', '·']);

/**
 * The UTF-8 text that was read as cp1252 at `index` (`â€™` → `’`, `Â£` → `£`), found by
 * re-encoding the characters to their cp1252 bytes and decoding those as UTF-8.
 */
function repairAt(text: string, index: number): { length: number; repaired: string } | undefined {
  // Every character cp1252 gives for bytes 0x80–0xFF is outside ASCII: ASCII text is never mojibake.
  if (text.charCodeAt(index) < 0x80) return undefined;
  const lead = CP1252_BYTE.get(text[index]!);
  const count = lead === undefined ? 0 : continuationCount(lead);
  if (count === 0) return undefined;
  const bytes = [lead!];
  for (let k = 1; k <= count; k++) {
    const byte = CP1252_BYTE.get(text[index + k] ?? '');
    if (byte === undefined || byte < 0x80 || byte > 0xbf) return undefined;
    bytes.push(byte);
  }
  // Two-character pairs also occur in real text (`É’`); only Â and Ã pairs are common mojibake.
  if (count === 1 && lead !== 0xc2 && lead !== 0xc3 && TYPOGRAPHIC.has(text[index + 1]!)) return undefined;
  let repaired: string;
  try {
    repaired = UTF8.decode(Uint8Array.from(bytes));
  } catch {
    return undefined;
  }
  return /\p{Cc}/u.test(repaired) ? undefined : { length: count + 1, repaired };
}

/**
 * `â€` (bytes E2 80 of `”`) whose third byte the reader dropped: cp1252 has no character for 0x9D, so
 * many scrapers lose it and leave `â€` before a space, punctuation or the end of a line
 * (`nothing was done,â€ she said`). Every other `â€…` sequence keeps a visible third character (a
 * cp1252 character for a continuation byte: `™ œ ” “ ˜ ¦ ¢ …`), so a bare `â€` that is followed
 * by whitespace, punctuation or nothing can only be the lost closing quote. Before a letter or
 * digit it is left alone: that is not the shape a lost byte leaves.
 */
function isBareClosingQuote(text: string, index: number): boolean {
  if (text[index] !== 'â' || text[index + 1] !== '€') return false;
  const next = text[index + 2];
  if (next === undefined) return true;
  const byte = CP1252_BYTE.get(next);
  if (byte !== undefined && byte >= 0x80 && byte <= 0xbf) return false;
  return isSpace(next) || /[\p{P}\p{S}]/u.test(next);
}

/**
 * Mojibake repairs: UTF-8 read as cp1252 is decoded again, a `â€` that lost its third byte becomes
 * the closing quote it was, and a stray `Â` (left where a non-breaking space lost its second byte)
 * before whitespace or the end of the text is removed.
 */
export function repairMojibake(text: string): Edit[] {
  const edits: Edit[] = [];
  for (let i = 0; i < text.length; i++) {
    const repair = repairAt(text, i);
    if (repair) {
      edits.push({
        start: i,
        end: i + repair.length,
        replacement: repair.repaired,
        rule: 'mojibake',
        reason: 'garbled characters repaired',
      });
      i += repair.length - 1;
    } else if (isBareClosingQuote(text, i)) {
      edits.push({
        start: i,
        end: i + 2,
        replacement: '”',
        rule: 'mojibake',
        reason: 'garbled closing quote repaired (its last byte was lost)',
      });
      i += 1;
    } else if (text[i] === 'Â' && (i + 1 === text.length || isSpace(text[i + 1]))) {
      edits.push({ start: i, end: i + 1, replacement: '', rule: 'mojibake', reason: 'stray Â' });
    }
  }
  return edits;
}
