// The picture signals of the story-evidence pass: a picture's credit, a caption beside it, and a picture
// described as it is seen or dated to the day, as agencies caption.
import { MONTH_WORD_DOTTED, WEEKDAY_WORD } from '../../language/calendar.ts';
import type { MappedText, RemovedFragment } from '../../types.ts';
import { mentionsPictureAgency } from '../photo-credit.ts';
import { datelineLength } from '../../language/dateline.ts';
import { type Line, lineBefore, lineBounds } from './lines.ts';

/** A picture's label: `Photographer:`, `FILE PHOTO:`, `Image source,`. */
const PICTURE_LABEL = /^(?:file photo|photo(?:graph(?:er)?)?s?|images?|pictures?|credit|image source)\s*[:,]\s*/iu;
/** A bracketed picture credit: `(… via AP, Pool)`, `[Photo/Agencies]`, `(AP Photo)`. */
const BRACKETED_PICTURE = /^[([][^()[\]]*\b(?:photo|image|picture|pool)s?\b[^()[\]]*[)\]]$/iu;

/** Names only: every word capitalised but the joiners of a credit (`AFP via Getty Images`, `Reuters/Jane Doe`). */
const NAMES_ONLY =
  /^(?:[\p{Lu}\p{N}][\p{L}\p{N}.'’-]*|via|and|for|[/,|&-])(?:\s+(?:[\p{Lu}\p{N}][\p{L}\p{N}.'’-]*|via|and|for|[/,|&-]))*$/u;

/** Names a photographer or agency, not a headline (`PHOTOS: Flood Sweeps Valley` links to a gallery). */
function namesCredit(text: string): boolean {
  const names = text.replace(/[()[\]:]/gu, ' ').trim();
  if (!NAMES_ONLY.test(names)) return false;
  return mentionsPictureAgency(names) || names.includes('/') || names.split(/\s+/u).length <= 3;
}

/** A picture's credit line: a label and names, a bracketed credit, or agency names alone. */
export function isCredit(line: Line): boolean {
  if (line.ends || line.words > 12) return false;
  const label = PICTURE_LABEL.exec(line.text);
  if (label) return namesCredit(line.text.slice(label[0].length)) || /\b(?:photo|image)\b/iu.test(label[0]);
  return BRACKETED_PICTURE.test(line.text) || (mentionsPictureAgency(line.text) && namesCredit(line.text));
}

/**
 * `…, in Glenmoor, Tuesday, March 3, 2020.`, `…, Friday, 14 May 2021.`: a picture's description dated to
 * the day, as agencies caption (the day first only after a weekday: a report writes `on 16 October 2014`).
 */
const DATED_TO_THE_DAY = new RegExp(
  String.raw`\b[\p{Lu}][\p{Ll}]{2,8}\.? \d{1,2}, (?:19|20)\d\d\b|\b${WEEKDAY_WORD},? \d{1,2} ${MONTH_WORD_DOTTED},? (?:19|20)\d\d\b`,
  'gu',
);
/**
 * What may follow a caption's date: a stop or comma and at most three words (`…, on May 4, 2019 at dawn.`), or the place
 * in capitalised names however many (`… on May 4, 2019 in Glenmoor, Tarn County, Norland.`).
 */
const CLOSING_AFTER_DATE = /^[.,!]?(?:(?:\s+\S+){0,3}|\s+in(?:,?\s+[\p{Lu}][\p{L}.'’-]*)+\.?)\s*$/u;

/**
 * A line dated to the day as a caption is: the date closes it, at most three words or a place after it. A report goes
 * on past its date (`… left the quay on May 4, 2019, when the fog had lifted over the harbour.`).
 */
export function datedToTheDay(text: string): boolean {
  for (const date of text.matchAll(DATED_TO_THE_DAY)) if (CLOSING_AFTER_DATE.test(text.slice(date.index + date[0].length))) return true;
  return false;
}
export const REPORTING = /\b(?:said|says|told|according|announced|reported|added)\b/iu;

/** `Jane Doe/AP`, `R.T. Voss/The Associated Press`: a photographer and agency joined by a slash. */
const SLASH_CREDIT = /[\p{Lu}][\p{L}.'’-]*(?:\s+[\p{Lu}][\p{L}.'’-]*)*\s*\/\s*(?:The\s+)?[\p{Lu}][\p{L}]*(?:\s+[\p{Lu}][\p{L}]*)*/gu;

/** A line carrying a picture's credit at its end or label at its start: a caption. */
export function carriesCredit(line: Line): boolean {
  let carries = CARRIES.get(line);
  if (carries === undefined) {
    const dateline = datelineLength(line.text);
    carries = creditIn(line.text) && (dateline === 0 || creditIn(line.text.slice(dateline)));
    CARRIES.set(line, carries);
  }
  return carries;
}

/** Kept per line: the pass may judge a version twice. */
const CARRIES = new WeakMap<Line, boolean>();

/** A line standing for a picture: its credit alone, or a short caption or alt text ending in its credit. */
export function creditAbove(line: Line): boolean {
  return isCredit(line) || (!line.ends && line.words <= 12 && carriesCredit(line));
}

/** An agency's name run into the caption's last word (`… sentenceAP`, `… ShipyardGETTY/REUTERS`). */
const GLUED_AGENCY = /\p{Ll}(\p{Lu}{2,}(?:\/\p{Lu}{2,})*)$/u;

/** The bracketed names that close a line: `(Reuters: Jane Doe)`. */
const CLOSING_BRACKET = /\(([^()]{3,80})\)\s*$/u;

/**
 * Names only, in brackets at the end of the line, in one of two forms:
 * - an agency or outlet and a photographer joined by a colon or slash (`(Reuters: Jane Doe)`, `(Jane Doe/Valley News
 *   Group)`), where a person's name has lower-case letters, so a ticker (`(NASDAQ: AAPL)`) is no credit;
 * - a photographer of at most four words, a comma, then a picture agency, names in capitals or not (`(JANE DOE, Valley
 *   Wire)`, `(Jane Doe, REUTERS)`): the picture agency is what tells it from a ticker or an aside.
 */
export function endsWithNamedCredit(text: string): boolean {
  // Asked of every line: most do not end on a bracket, and the search for one is a scan.
  if (!text.trimEnd().endsWith(')')) return false;
  const inside = CLOSING_BRACKET.exec(text)?.[1];
  if (inside === undefined) return false;
  // `(JANE DOE, Valley Wire)`: a photographer, a comma, then a picture agency, names in capitals or not.
  const [photographer, agency, ...more] = inside.split(',');
  if (agency !== undefined && more.length === 0 && mentionsPictureAgency(agency) && NAMES_ONLY.test(photographer!.trim()))
    return photographer!.trim().split(/\s+/u).length <= 4;
  if (!/[:/]/u.test(inside)) return false;
  const names = inside.replace(/[:/]/gu, ' ').trim();
  const count = names.split(/\s+/u).length;
  return count >= 2 && count <= 8 && NAMES_ONLY.test(names) && /\p{Ll}/u.test(names);
}

/** A picture agency closing a caption dated to the year, after a space: `… at the quay, May 4, 2019 Valley Wire`. */
const AGENCY_AFTER_YEAR = /\b(?:19|20)\d\d\.?\s+([\p{Lu}][\p{L}]+(?:\s+[\p{Lu}][\p{L}]+)?)$/u;

/** Whether the text carries a credit anywhere: asked again without the dateline, whose source (`(PNA/Kyodo) —`) credits the report. */
function creditIn(text: string): boolean {
  if (endsWithNamedCredit(text)) return true;
  // The agency is the text's last word: its last character a capital (ASCII told by its code, before the scan).
  const last = text.charCodeAt(text.length - 1);
  const glued = last < 128 && !(last >= 65 && last <= 90) ? undefined : GLUED_AGENCY.exec(text)?.[1];
  if (glued !== undefined && mentionsPictureAgency(glued)) return true;
  const afterYear = AGENCY_AFTER_YEAR.exec(text)?.[1];
  if (afterYear !== undefined && mentionsPictureAgency(afterYear)) return true;
  if (text.includes('/') && [...text.matchAll(SLASH_CREDIT)].some((match) => mentionsPictureAgency(match[0]))) return true;
  return (
    /^(?:file photo|photo|image|picture)\s*:/iu.test(text) ||
    (/[)\]]\s*\|?$/u.test(text) && /[([][^()[\]]{0,80}(?:photo|image|via|pool|getty|stock)[^()[\]]{0,60}[)\]]\s*\|?$/iu.test(text))
  );
}

/**
 * A picture described as it is seen: `X is seen at …`, `X is led to a police van`, `X celebrates scoring`.
 * News reports in the past tense; captions describe the moment in the present.
 */
export const PICTURE_VERBS = new RegExp(
  [
    // `is seen at the hearing`, `is led to a van`; not `is seen as a reformer`, `is led by the mayor`.
    String.raw`\b(?:is|are) (?:seen|pictured|shown)\b(?! as\b| to\b| by\b)`,
    String.raw`\b(?:is|are) (?:led|escorted|taken|carried|helped)(?: away)? (?:to|from|into|out of|off)\b`,
    String.raw`\b(?:celebrates|reacts|gestures|looks on|waves|poses|arrives|speaks during|walks past)\b`,
  ].join('|'),
  'iu',
);

/**
 * A credit that says it is a picture's (`(Photo: AP)`, `GETTY`, `Jane Doe/AFP`), not an agency signing off its
 * report (`Reuters` under the last paragraph).
 */
const NAMES_PICTURE = /\b(?:photos?|images?|pictures?|pics?|getty|pool|via|credit)\b/iu;

function namesPicture(credit: string): boolean {
  if (NAMES_PICTURE.test(credit)) return true;
  // A photographer before the slash (`Jane Doe/AFP`), not two agencies (`Reuters/AP`).
  const before = credit.split('/')[0]!;
  return credit.includes('/') && /\p{Ll}/u.test(before) && !mentionsPictureAgency(before);
}

/** Where the rules took a picture's credit out from between two lines: the line above is its caption. */
export interface CreditsBeside {
  /** A removed credit follows the line at its end or on the next line. */
  above: boolean[];
  /** A removed credit stands right above the line. */
  below: boolean[];
}

/**
 * The picture credits the rules removed (`(Photo: AP)`, `Jane Doe/AFP`), placed between the lines the pass
 * judges: a rule's removal is gone from the body, but the caption it stood beside is still there.
 */
export function creditsBeside(lines: readonly Line[], body: MappedText, removed: readonly RemovedFragment[]): CreditsBeside {
  const above = lines.map(() => false);
  const below = lines.map(() => false);
  const { ends, starts } = lineBounds(lines, body);
  for (const fragment of removed) {
    if (fragment.rule !== 'photo-credit' || !namesPicture(fragment.text)) continue;
    // The line the credit follows; the credit must come before the next line.
    const l = lineBefore({ ends, starts }, fragment.start);
    // The caption touches its credit (same line or the next, no blank line between); a paragraph before a picture does not.
    const touches = l >= 0 && !/\n[^\S\n]*\n/u.test(body.original.slice(ends[l]!, fragment.start));
    if (touches && (l + 1 >= lines.length || starts[l + 1]! >= fragment.end)) above[l] = true;
    // A picture has one caption: a credit touching the line above it leaves the line below to the article.
    if (l + 1 < lines.length && starts[l + 1]! >= fragment.end && !touches) below[l + 1] = true;
  }
  return { above, below };
}
