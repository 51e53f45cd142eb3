import type { Edit } from '../types.ts';
import { classifyChrome } from './chrome.ts';
import type { ChromeMatch } from './rule.ts';
import { matchPromo } from './promo.ts';
import { wordCount } from './text-shape.ts';
import { noteKind } from '../language/correction-notes.ts';

/**
 * Notices that fill a whole line, often of several sentences, so the piece-by-piece rules cannot
 * see them as one widget: a cookie banner, a correction or editor's note (about the article, not
 * the story), a request for news tips, an image's description, and the boilerplate sections that
 * close a press release. Judged on whole lines only, before the structure pass.
 */

const REPORTED = /\b(?:said|says|told|according to)\b|["“”]/iu;

// `This site …`, `Our website uses …`, `We use …`.
const SITE_USES = 'this (?:site|website)|we use|we and our partners|our (?:site|website) uses';
// `By continuing to use this site …`, `Cookie settings`, `We value your privacy`.
const CONSENT_OPENING = 'by (?:continuing|using) (?:this|our)|cookies? (?:policy|settings|notice|consent)|we value your privacy';
/** `This site uses cookies … [OK]`, `We use cookies to improve your experience … Accept All Cookies`. */
const COOKIE_OPENING = new RegExp(String.raw`^(?:${SITE_USES}|${CONSENT_OPENING})\b`, 'iu');
const COOKIE_CONSENT = /\b(?:accept|agree|ok|consent|privacy|cookie policy|preferences|manage)\b/iu;

function matchCookieBanner(line: string): ChromeMatch | undefined {
  if (wordCount(line) > 60 || !COOKIE_OPENING.test(line) || !/\bcookies?\b/iu.test(line)) return undefined;
  if (!COOKIE_CONSENT.test(line) || REPORTED.test(line)) return undefined;
  return { rule: 'cookie-banner', reason: 'cookie consent banner' };
}

/** `Correction: An earlier version of this story misstated …`, or an `Editor's note: …` of 80 words at most (language's notes). */
function matchNote(line: string): ChromeMatch | undefined {
  const kind = noteKind(line);
  if (kind === 'correction') return { rule: 'correction-note', reason: 'correction note' };
  if (kind === 'editors-note' && wordCount(line) <= 80) return { rule: 'editors-note', reason: 'editor’s note' };
  return undefined;
}

/** `Have a news tip? Email tips@… or call 602-555-0112.`: a request addressed to readers. */
const TIP_OPENING = /^(?:have|got) a (?:news )?tip\b|^(?:send us|share) (?:your )?(?:news )?tips?\b/iu;
const CONTACT = /@|\b\d{3}[-. ]\d{3}[-. ]\d{4}\b|\b(?:email|e-mail|call|text|contact)\b/iu;

function matchTipRequest(line: string): ChromeMatch | undefined {
  return wordCount(line) <= 30 && TIP_OPENING.test(line) && CONTACT.test(line) && !REPORTED.test(line)
    ? { rule: 'promo', reason: 'news tip request' }
    : undefined;
}

/** `[Image: Workers leave the plant. Alt text: A line of cars …]`: a scraped image's description. */
const IMAGE_DESCRIPTION = /^\[(?:image|photo|picture|video|graphic)\s*:[^[\]]*\]$/iu;

/** `Photo: The plant is seen on Wednesday. (Valley Times file photo)`: a labelled caption closed by a bracketed credit. */
const BRACKETED_CREDIT_CAPTION = /^(?:photo|image|picture|pictured)\s*:\s*(\p{Lu}[^()]*?)\s*\(([^()]{2,60})\)$/iu;
const CREDIT_WORDS = /\b(?:photo|photos|file|staff|courtesy|image|images|handout)\b/iu;

function matchImageText(line: string): ChromeMatch | undefined {
  if (IMAGE_DESCRIPTION.test(line)) return { rule: 'photo-caption', reason: 'image description (alt text)' };
  const caption = BRACKETED_CREDIT_CAPTION.exec(line);
  if (!caption || !CREDIT_WORDS.test(caption[2]!) || REPORTED.test(caption[1]!)) return undefined;
  const count = wordCount(caption[1]!);
  if (count < 3 || count > 40 || /[.!?]\s+\S/u.test(caption[1]!)) return undefined;
  return { rule: 'photo-caption', reason: 'photo caption with its credit' };
}

/** A call to action filling a line of one sentence, judged whole before chrome zones split it (`… [ChipTrade's tracker](url)`). */
function matchPromoLine(line: string): ChromeMatch | undefined {
  return /[.!?]\s+\S/u.test(line) ? undefined : matchPromo(line);
}

const LINE_NOTICES: readonly ((line: string) => ChromeMatch | undefined)[] = [
  matchCookieBanner,
  matchNote,
  matchTipRequest,
  matchImageText,
  matchPromoLine,
];

export function matchNoticeLine(line: string): ChromeMatch | undefined {
  for (const match of LINE_NOTICES) {
    const found = match(line);
    if (found) return found;
  }
  return undefined;
}

interface Line {
  start: number;
  end: number;
  text: string;
}

function linesOf(text: string): Line[] {
  const lines: Line[] = [];
  let at = 0;
  for (const raw of text.split('\n')) {
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) lines.push({ start: at + lead, end: at + lead + trimmed.length, text: trimmed });
    at += raw.length + 1;
  }
  return lines;
}

const BOILERPLATE: ChromeMatch = { rule: 'press-release', reason: 'press-release boilerplate' };

/** `About Solvane Semiconductor`: the company profile that closes a press release. */
const ABOUT_HEADING = /^[Aa]bout\s+(?:the\s+)?(\p{Lu}[\p{L}\p{N}&.,'’-]*)(?:\s+[\p{Lu}\p{N}&][\p{L}\p{N}&.,'’-]*){0,5}$/u;
// `Forward-Looking Statements`, `Cautionary Note Regarding Forward-Looking Statements`, `Safe Harbor Statement`.
const LEGAL_NOTICE =
  'forward[- ]looking statements?|cautionary (?:note|statement)s?(?: regarding forward[- ]looking statements)?|safe harbou?r statement';
// `Media Contact`, `Investor Contacts`.
const CONTACTS = '(?:media|investor|press) contacts?';
const LEGAL_HEADING = new RegExp(`^(?:${LEGAL_NOTICE}|${CONTACTS})$`, 'iu');

/** A heading: a short line without sentence punctuation. */
function isHeadingLine(text: string): boolean {
  return wordCount(text) <= 10 && !/[.!?:;,"”]$/u.test(text);
}

/** A section under a boilerplate heading, checked against its first paragraph. */
function isBoilerplateSection(heading: string, body: readonly Line[]): boolean {
  const first = body[0]?.text;
  if (first === undefined) return false;
  const about = ABOUT_HEADING.exec(heading);
  if (about) return first.startsWith(about[1]!);
  if (!LEGAL_HEADING.test(heading)) return false;
  return /contact/iu.test(heading) || /forward[- ]looking|safe harbou?r/iu.test(body.map((line) => line.text).join(' '));
}

/**
 * The boilerplate sections that close a press release: `About <Company>` (its first paragraph
 * names the company) and `Forward-Looking Statements` (its text says so), each heading with its
 * paragraphs. Only a run of such sections that reaches the end of the text (or only other chrome
 * after it) is taken, so an article's own subheading `About the plant` stays.
 */
function findBoilerplate(lines: readonly Line[], skip: ReadonlySet<number>): Edit[] {
  const kept = lines.map((line, index) => ({ line, index })).filter(({ index }) => !skip.has(index));
  for (let i = 0; i < kept.length; i++) {
    const heading = kept[i]!.line.text;
    if (!isHeadingLine(heading) || !(ABOUT_HEADING.test(heading) || LEGAL_HEADING.test(heading))) continue;
    const edits: Edit[] = [];
    let ok = true;
    let j = i;
    while (j < kept.length && ok) {
      const head = kept[j]!.line;
      if (!isHeadingLine(head.text) || !(ABOUT_HEADING.test(head.text) || LEGAL_HEADING.test(head.text))) {
        // What follows the sections may only be page chrome.
        ok = kept.slice(j).every(({ line }) => classifyChrome(line.text) !== undefined);
        break;
      }
      let k = j + 1;
      while (k < kept.length && !isHeadingLine(kept[k]!.line.text)) k++;
      const body = kept.slice(j + 1, k).map(({ line }) => line);
      if (!isBoilerplateSection(head.text, body)) ok = false;
      else
        edits.push({
          start: head.start,
          end: body[body.length - 1]!.end,
          replacement: '',
          rule: BOILERPLATE.rule,
          reason: BOILERPLATE.reason,
        });
      j = k;
    }
    if (ok && edits.length > 0) return edits;
  }
  return [];
}

/** Edits removing every whole-line notice and the closing press-release boilerplate. */
export function findNotices(text: string): Edit[] {
  const lines = linesOf(text);
  const edits: Edit[] = [];
  const skip = new Set<number>();
  lines.forEach((line, index) => {
    const match = matchNoticeLine(line.text);
    if (!match) return;
    skip.add(index);
    edits.push({ start: line.start, end: line.end, replacement: '', rule: match.rule, reason: match.reason });
  });
  const boilerplate = findBoilerplate(lines, skip);
  // A section's range may hold a notice line that was already taken: keep the section whole.
  const inside = (edit: Edit): boolean => boilerplate.some((section) => section.start <= edit.start && edit.end <= section.end);
  const sorted = [...edits.filter((edit) => !inside(edit)), ...boilerplate].sort((a, b) => a.start - b.start);
  // Neighbouring lines removed for the same reason are one fragment (two promotions in a row).
  const merged: Edit[] = [];
  for (const edit of sorted) {
    const last = merged.at(-1);
    if (
      last &&
      edit.rule !== BOILERPLATE.rule &&
      last.rule === edit.rule &&
      last.reason === edit.reason &&
      text.slice(last.end, edit.start).trim() === ''
    )
      last.end = edit.end;
    else merged.push({ ...edit });
  }
  return merged;
}
