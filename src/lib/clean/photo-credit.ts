import { PICTURE_AGENCIES as AGENCY_NAMES } from './agency.ts';
import type { ChromeMatch } from './rule.ts';
import { wordCount } from './text-shape.ts';

/** `Photo: AP`, `Image source, Reuters`, `Credit: Jane Doe/AFP`: a label, then a short credit. */
const LABELLED = /^(?:photo|image|picture|pic|photograph|credit|image source|photo credit|image credit|source)\s*[:,\-–]\s*(\S.*)$/iu;

/** A credit line names people or agencies only: short, capitalised, no sentence punctuation. */
function looksLikeCredit(credit: string): boolean {
  return wordCount(credit) <= 8 && !/[.!?;]$/u.test(credit) && /^[\p{Lu}\p{N}@]/u.test(credit);
}

/** `Getty Images/BBC`, `AFP via Getty Images`, `Reuters`: parts joined by `/`, `via` or commas. */
function isAgencyCredit(text: string): boolean {
  const parts = text.split(/\s*(?:\/|,|\bvia\b|\||&)\s*/u).filter((part) => part.length > 0);
  if (parts.length === 0 || !looksLikeCredit(text)) return false;
  return parts.some((part) => AGENCY_NAMES.has(part.toLowerCase())) && parts.every((part) => wordCount(part) <= 4);
}

/** `(Image: Courier / Simon Hulme)`: a credit some sites put in brackets. */
function unbracketed(text: string): string {
  return /^\(([^()]+)\)$/u.exec(text)?.[1] ?? text;
}

export function matchPhotoCredit(text: string): ChromeMatch | undefined {
  const labelled = LABELLED.exec(unbracketed(text))?.[1];
  if ((labelled !== undefined && looksLikeCredit(labelled)) || isAgencyCredit(text)) {
    return { rule: 'photo-credit', reason: 'photo credit' };
  }
  return undefined;
}

/** `Image caption: …`, `Caption: …`, `Photo caption, …`: a caption that says it is one. */
const CAPTION_LABEL = /^(?:(?:image|photo|picture|video) )?caption\s*[:,\-–]?\s+\S/iu;

export function matchCaptionLabel(text: string): ChromeMatch | undefined {
  return CAPTION_LABEL.test(text) ? { rule: 'photo-caption', reason: 'photo caption' } : undefined;
}

/**
 * A labelled credit closing a line: `… morning. Photo: Simon Hulme / Courier`, `… Lane (Image: Getty
 * Images)`, `… Lane. Credit: Metro Pulse / Ryan Patel`. The credit holds no colon, so the match
 * starts at the last label.
 */
const TRAILING_CREDIT = /(?:^|[\s.])\(?(?:photo|image|picture|pic|photograph|credit|photo credit|image credit)\s*:\s*([^():]+?)\)?$/iu;

/** `Photo: Firefighters on Pontefract Lane. Credit: …`: a caption may repeat the label before its text. */
const CAPTION_PREFIX = /^(?:photo|image|picture|pictured|pic)\s*:\s*/iu;

/** Words of reporting: a sentence that attributes something is article prose, never a caption. */
const REPORTING = /\b(?:said|says|told|tells|according to|added|claimed|claims|stated|warned|announced)\b/iu;

/**
 * What a caption looks like: one short descriptive sentence (three to 35 words) starting with a
 * capital, with no quotation and no reporting verb, so a paragraph of prose that a credit happens
 * to follow is never taken for one.
 */
function isCaptionText(caption: string): boolean {
  const count = wordCount(caption);
  if (count < 3 || count > 35 || !/^\p{Lu}/u.test(caption)) return false;
  if (/[.!?]\s+\S/u.test(caption) || /["“”]/u.test(caption)) return false;
  return !REPORTING.test(caption);
}

/**
 * A photo caption with its credit on one line: the credit marks the sentence before it as the
 * caption (`Emergency vehicles line Pontefract Lane. (Image: Courier / Simon Hulme)`). Judged on
 * whole lines only.
 */
export function matchCaptionWithCredit(text: string): ChromeMatch | undefined {
  const credit = TRAILING_CREDIT.exec(text);
  if (!credit || credit.index === 0 || !looksLikeCredit(credit[1]!.trim())) return undefined;
  const caption = text
    .slice(0, credit.index + 1)
    .replace(CAPTION_PREFIX, '')
    .trim();
  return isCaptionText(caption) ? { rule: 'photo-caption', reason: 'photo caption with its credit' } : undefined;
}

/** Names a photo agency or picture desk as a whole word (`… via Getty Images`, `(Reuters)`, `AP Photo`). */
export function mentionsPictureAgency(text: string): boolean {
  const lower = text.toLowerCase();
  for (const name of AGENCY_NAMES) {
    const at = lower.indexOf(name);
    if (at >= 0 && !/[\p{L}]/u.test(lower[at - 1] ?? ' ') && !/[\p{L}]/u.test(lower[at + name.length] ?? ' ')) return true;
  }
  return false;
}
