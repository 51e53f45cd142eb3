import type { ChromeMatch } from './chrome.ts';
import { words } from './text-shape.ts';

/** Photo agencies and picture desks (generic knowledge), lower case. */
const AGENCY_NAMES: ReadonlySet<string> = new Set(
  [
    'reuters', 'afp', 'ap', 'associated press', 'getty', 'getty images', 'epa', 'epa-efe', 'efe', 'pa', 'pa media',
    'pa wire', 'shutterstock', 'alamy', 'anadolu', 'anadolu agency', 'xinhua', 'bloomberg', 'aap', 'sipa',
    'sopa images', 'nurphoto', 'dpa', 'kyodo', 'yonhap', 'tass', 'sputnik', 'imago', 'corbis', 'istock', 'pool',
    'zuma press', 'ansa', 'picture alliance', 'universal images group',
  ],
);

/** `Photo: AP`, `Image source, Reuters`, `Credit: Jane Doe/AFP`: a label, then a short credit. */
const LABELLED = /^(?:photo|image|picture|pic|photograph|credit|image source|photo credit|image credit|source)\s*[:,\-–]\s*(\S.*)$/iu;

/** A credit line names people or agencies only: short, capitalised, no sentence punctuation. */
function looksLikeCredit(credit: string): boolean {
  return words(credit).length <= 8 && !/[.!?;]$/u.test(credit) && /^[\p{Lu}\p{N}@]/u.test(credit);
}

/** `Getty Images/BBC`, `AFP via Getty Images`, `Reuters`: parts joined by `/`, `via` or commas. */
function isAgencyCredit(text: string): boolean {
  const parts = text.split(/\s*(?:\/|,|\bvia\b|\||&)\s*/u).filter((part) => part.length > 0);
  if (parts.length === 0 || !looksLikeCredit(text)) return false;
  return parts.some((part) => AGENCY_NAMES.has(part.toLowerCase())) && parts.every((part) => words(part).length <= 4);
}

export function matchPhotoCredit(text: string): ChromeMatch | undefined {
  const labelled = LABELLED.exec(text)?.[1];
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
