import { isFirstName, isOrgHead } from '../language/lexicon.ts';
import { agencyNamed } from './agency.ts';
import { parseDateLine } from './date-line.ts';
import type { FoundMetadata } from '../types.ts';
import type { ChromeMatch } from './rule.ts';
import { wordCount, words } from './text-shape.ts';

/** Lower-case particles inside names: `Ursula von der Leyen`, `Abu Bakr al-Baghdadi`. */
const PARTICLES = new Set(['de', 'da', 'del', 'der', 'di', 'du', 'la', 'le', 'van', 'von', 'bin', 'al', 'el', 'y']);

const NAME_WORD = /^\p{Lu}[\p{L}'’.-]*$/u;

/** Words that make a capitalised phrase a place, outlet or topic rather than a person. */
const NOT_NAME = /^(?:news|the|of|and|for|in|on|at|to|daily|live|online|africa|world|service|desk|media|press|images)$/iu;

/** Share-bar and menu labels: `Share Tweet Pin Email` has the shape of a name but is never one. */
const WIDGET_WORD =
  /^(?:share|tweet|pin|email|e-mail|print|save|copy|link|comment|comments|home|sport|opinion|business|subscribe|menu|search)$/iu;

/**
 * Two to four capitalised words with lower-case letters (`Cecilia Macaulay`, `Ursula von der
 * Leyen`): how a bare byline looks among page chrome. Acronyms (`BBC News`) are desks, not people.
 */
export function isPersonName(text: string): boolean {
  const parts = words(text);
  if (parts.length < 2 || parts.length > 4) return false;
  const first = parts[0]!;
  const last = parts[parts.length - 1]!;
  if (!NAME_WORD.test(first) || !NAME_WORD.test(last)) return false;
  return (
    parts.every(
      (part) => (PARTICLES.has(part) || (NAME_WORD.test(part) && /\p{Ll}/u.test(part))) && !NOT_NAME.test(part) && !WIDGET_WORD.test(part),
    ) && !namesAnOrganisation(first, last)
  );
}

/**
 * `Federal Reserve`, `Harbour Board`: a run ending in an organisation's head word is the body's name, not a
 * reporter's, unless it opens with a first name (`Margaret Court`, `Emily Post`: surnames that are also such words).
 */
function namesAnOrganisation(first: string, last: string): boolean {
  return isOrgHead(last) && !isFirstName(first);
}

/**
 * `- By Jane Doe writes for the Associated Press.`, or with the note's own subject (`By Jane Doe Doe writes for …`,
 * the surname again): a byline that says which outlet the reporter writes for.
 */
const WRITES_FOR = /^(?:[-–—•]\s*)?by\s+(.+?\s+(\p{Lu}[\p{L}'’-]*))\s+(?:\2\s+)?(?:writes|reports) for (?:the\s+)?([^.]+)\.?$/iu;

/** The outlet a signed byline says the reporter writes for (`… writes for the Associated Press.` → `Associated Press`). */
export function parseWritesFor(text: string): string | undefined {
  return WRITES_FOR.exec(text)?.[3]?.trim();
}

/**
 * `By Jane Doe`, `BY JANE DOE, Nairobi`, `Written by Jane Doe | Reuters`, `Posted by Jane Doe` (blogs):
 * the name after the label.
 */
export function parseBylineLabel(text: string): string | undefined {
  const signed = WRITES_FOR.exec(text);
  if (signed) return isPersonName(signed[1]!) ? signed[1] : undefined;
  const m = /^(?:by|written by|words by|reporting by|posted by|story by|report by)\s+(.+)$/iu.exec(text);
  if (!m || wordCount(text) > 12 || /[.!?]$/u.test(text)) return undefined;
  const name = m[1]!.split(/\s*(?:,|\||\s[-–—]\s|\bin\b)\s*/u)[0]!.trim();
  return /^\p{Lu}/u.test(name) && wordCount(name) <= 6 ? name : undefined;
}

/**
 * A desk or outlet label: an acronym followed by capitalised words (`BBC News`, `BBC Great Lakes`,
 * `CNN Business`), or capitalised words ending in a desk word (`Africa Desk`, `Staff Reporter`).
 */
export function isDeskName(text: string): boolean {
  const parts = words(text);
  if (parts.length === 0 || parts.length > 5) return false;
  const capitalised = parts.every((part) => /^[\p{Lu}\p{N}&]/u.test(part) || /^(?:of|and|for|the)$/u.test(part));
  if (!capitalised) return false;
  if (/^\p{Lu}{2,6}$/u.test(parts[0]!)) return true;
  return /^(?:News|Desk|Staff|Service|Correspondent|Reporter|Editor|Bureau|Team|Network|Online|Digital)$/u.test(parts[parts.length - 1]!);
}

/** `Jane Doe in Nairobi`, `Jane Doe, Nairobi`: a bare byline with the reporter's place. */
export function parsePlacedByline(text: string): string | undefined {
  const m = /^(.+?)(?:,\s*|\s+in\s+)(\p{Lu}[\p{L}'’ -]*)$/u.exec(text);
  if (!m || !isPersonName(m[1]!) || wordCount(m[2]!) > 3) return undefined;
  return m[1];
}

export const LABELLED_BYLINE: ChromeMatch = { rule: 'byline', reason: 'byline' };

/** `By Jane Doe` on its own: a byline wherever it stands. */
export function matchBylineLabel(text: string): ChromeMatch | undefined {
  return parseBylineLabel(text) ? LABELLED_BYLINE : undefined;
}

// What the credit is for: `Reporting`, `Additional reporting`, `Graphics`.
const CREDITED_WORK =
  String.raw`(?:additional |associated |contributing )?` +
  String.raw`(?:reporting|writing|editing|compiled|produced|graphics|photos|video)`;
// ` by Jane Doe; Editing by John Smith`: a capitalised name, then anything but the end of a sentence.
const CREDITED_NAMES = String.raw`(?: by| and editing by)\s+\p{Lu}[^.!?]*`;

/** Wire credits after the text: `Reporting by Jane Doe; Editing by John Smith`. */
const CREDIT_LINE = new RegExp(String.raw`^${CREDITED_WORK}${CREDITED_NAMES}$`, 'iu');

/** `Associated reporting by Kim Ng in Washington.`: a contributor credit, closed by a period. */
const CONTRIBUTOR_CREDIT = /^(?:[Aa]dditional|[Aa]ssociated|[Cc]ontributing) reporting by\s+\p{Lu}[^.!?"“”]*\.?$/u;

/** Wire copy often brackets its credits: `(Reporting by Jane Doe; editing by John Smith)`. */
function withoutBrackets(text: string): string {
  return /^\(([^()]+)\)$/u.exec(text)?.[1] ?? text;
}

export function matchCreditLine(text: string): ChromeMatch | undefined {
  const credit = withoutBrackets(text);
  return wordCount(credit) <= 24 &&
    (CREDIT_LINE.test(credit) || (CONTRIBUTOR_CREDIT.test(credit) && !/\b(?:said|says|told)\b/u.test(credit)))
    ? { rule: 'byline', reason: 'reporting credits' }
    : undefined;
}

/** The reporter a credit line names first (`Reporting by Jane Doe; editing by …` → `Jane Doe`). */
export function parseCreditReporter(text: string): string | undefined {
  const m = /^(?:reporting|writing) by\s+(\p{Lu}[^;,.|()]*?)(?:\s+(?:and|in)\s+.*)?\s*(?:[;,.|)]|$)/iu.exec(withoutBrackets(text));
  const name = m?.[1]?.trim();
  return name !== undefined && isPersonName(name) ? name : undefined;
}

/** A date as a credit line writes it, a clock time after a dash allowed (`21 November 2017 - 18:37`). */
function creditDate(text: string): string | undefined {
  return parseDateLine(text) ?? parseDateLine(text.replace(/\s*[-–—|,]\s*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?$/iu, ''));
}

// `- Associated Press - Monday, October 24, 2011`, `Reuters , Tuesday 25 Oct 2011`: who, a separator, then when.
const WHO_THEN_WHEN = /^(?:[-–—]\s*)?(?<name>[^,|–—-]+?)\s*(?:,|\||\s[-–—]\s)\s*(?<date>.+?)(?:\s*[-–—|])?$/u;
// `21 November 2017 - 18:37 By Jane Doe`: when, then the byline.
const WHEN_THEN_BY = /^(?<date>.+?)\s+(?<by>[Bb]y\s+.+)$/u;

/**
 * A line that says who and when: a wire or a person and a full date (`- Associated Press - Monday, October 24, 2011`,
 * `Reuters , Tuesday 25 Oct 2011`, `21 November 2017 - 18:37 By Jane Doe`). The byline, the date and, when the name
 * is a wire, the agency.
 */
export function parseDatedCredit(text: string): { byline: string; published: string; agency?: string } | undefined {
  const who = WHO_THEN_WHEN.exec(text)?.groups;
  const when = WHEN_THEN_BY.exec(text)?.groups;
  const name = who?.['name']?.trim();
  const credit =
    name !== undefined && (agencyNamed(name) !== undefined || isPersonName(name))
      ? { name, published: creditDate(who!['date']!) }
      : { name: when && parseBylineLabel(when['by']!), published: when && creditDate(when['date']!) };
  if (credit.name === undefined || credit.published === undefined) return undefined;
  const agency = agencyNamed(credit.name) ?? agencyNamed(credit.name.split(/\s+and\s+/iu)[0]!);
  return { byline: credit.name, published: credit.published, ...(agency !== undefined ? { agency } : {}) };
}

export const DATED_CREDIT: ChromeMatch = { rule: 'byline', reason: 'byline and date' };

export function matchDatedCredit(text: string): ChromeMatch | undefined {
  return parseDatedCredit(text) ? DATED_CREDIT : undefined;
}

/** Fills the byline, date and agency a dated credit line tells, where `found` has none yet. */
export function addDatedCredit(found: FoundMetadata, text: string): void {
  const credit = parseDatedCredit(text);
  if (credit === undefined) return;
  found.byline ??= credit.byline;
  found.published ??= credit.published;
  found.agency ??= credit.agency;
}
