// Blocks a scrape ran together on one line: a sentence glued onto the next one (`… in the harbour.Please note …`,
// put back with a space by the run-together rule) or a caption's date run into the next block (`… on May 4,
// 2019Crews worked …`). A lost break is most often a lost paragraph break, and the blocks on either side of it may be
// one article paragraph and one embedded post or caption: the pass judges them apart, as the lines they were.
import { writtenDate } from '../../language/written-dates.ts';
import type { MappedText } from '../../types.ts';
import { endsSentence, wordCount } from '../text-shape.ts';
import { describe, type Line } from './lines.ts';
import { POST_SIGNATURE } from './page-voice.ts';

/** Words the block after a glued sentence end needs to stand as a sentence of its own. */
const SENTENCE_WORDS = 4;

/** A date to the day with its year (`May 4, 2019`, `4th May 2019`, `Sept. 29 2026`) run straight into a capitalised word. */
const DATE_GLUED = new RegExp(String.raw`\b${writtenDate('glued', 'required')}(?=\p{Lu}\p{Ll})`, 'gu');

/** A post's signature (`— Name (@name) May 2, 2016`) with more text after it on the line. */
const SIGNATURE_INSIDE = new RegExp(String.raw`${POST_SIGNATURE}(?=\s+\S)`, 'gu');
/** A sentence's end before the next one's capital (`… the harbour. Crews …`, `… said.” Crews …`), past its space. */
const SENTENCE_END = /(?<=\p{Ll}{2}|\d)[.!?]["”’]?\s+(?=["“‘]?\p{Lu})/gu;

/** Where the line holds a lost break, as offsets into its text (after the space a repair put in, or after the year). */
function lostBreaks(line: Line, body: MappedText, mostOfVersion: boolean): number[] {
  const at: number[] = [];
  let glues = 0;
  for (let k = line.start + 1; k < line.end - 1; k++) {
    // A space the run-together rule put in: no character of the capture stands behind it.
    if (body.text[k] !== ' ' || body.starts[k] !== body.ends[k]) continue;
    glues++;
    // A block of its own after it is a sentence; a credit glued to its caption (`… the quay.Jane Doe/AP`) stays on it.
    const after = line.text.slice(k + 1 - line.start);
    const next = /^.*?[.!?]["”’]?(?=\s|$)/u.exec(after)?.[0] ?? after;
    if (endsSentence(next) && wordCount(next) >= SENTENCE_WORDS) at.push(k + 1 - line.start);
  }
  // Glued sentences in a line are blocks glued on, but a line of several holding most of the version's words is a page
  // whose every paragraph break was lost (a capture on one line): its paragraphs are judged together, as one.
  if (glues > 1 && mostOfVersion) at.length = 0;
  for (const match of line.text.matchAll(DATE_GLUED)) at.push(match.index + match[0].length);
  // A post's signature with more text after it: the page's blocks (its article, the posts it embeds, their signatures)
  // ran onto one line, so each sentence is judged on its own, and the text after each signature apart from it.
  const signatures = [...line.text.matchAll(SIGNATURE_INSIDE)];
  if (signatures.length > 0) {
    for (const match of signatures) at.push(match.index + match[0].length);
    for (const match of line.text.matchAll(SENTENCE_END)) at.push(match.index + match[0].length);
  }
  return [...new Set(at)].sort((a, b) => a - b);
}

/** The version's lines, each split where it holds a lost break, renumbered. */
export function splitLostBreaks(lines: readonly Line[], body: MappedText): Line[] {
  const kept: Line[] = [];
  const words = lines.reduce((sum, line) => sum + line.words, 0);
  for (const line of lines) {
    const breaks = lostBreaks(line, body, line.words * 2 > words);
    if (breaks.length === 0) {
      kept.push(kept.length === line.index ? line : { ...line, index: kept.length });
      continue;
    }
    let from = 0;
    for (const to of [...breaks, line.text.length]) {
      const piece = line.text.slice(from, to);
      const lead = piece.length - piece.trimStart().length;
      const text = piece.trim();
      if (text) kept.push(describe(text, line.start + from + lead, kept.length));
      from = to;
    }
  }
  return kept;
}
