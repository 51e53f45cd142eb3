/**
 * Notes in which a newsroom speaks of its own article: corrections, clarifications and editor's
 * notes. Clean removes such a note from the text; facts, when one survives, takes no figure or date
 * from it, since it tells of the report's error (`misstated … $48 million, not $84 million`), not
 * of the story.
 */

// `Correction:`, `Clarifications —`.
const CORRECTION_LABEL = '(?:corrections?|clarifications?)';
// `Editor's note`, `Editors’ note`, `Editors note`.
const EDITORS_NOTE_LABEL = "editor[’']?s['’]? note";
// The colon or dash that closes a label.
const LABEL_END = String.raw`\s*[:\-–—]`;
// Text after the label: a note is never a bare label.
const NOTE_TEXT = String.raw`\s*\S`;

const CORRECTION_NOTE = new RegExp(`^${CORRECTION_LABEL}${LABEL_END}${NOTE_TEXT}`, 'iu');
const EDITORS_NOTE = new RegExp(`^${EDITORS_NOTE_LABEL}${LABEL_END}${NOTE_TEXT}`, 'iu');

// `an earlier version`, `the original version`.
const EARLIER_VERSION = String.raw`\b(?:earlier|previous|original|prior) version\b`;
// `this story`, `this article`.
const THIS_ARTICLE = String.raw`\bthis (?:story|article|report|item)\b`;
// What went wrong: `misstated`, `incorrectly`.
const ERROR_WORD = String.raw`\b(?:misstated|misidentified|misspelled|incorrectly|erroneously)\b`;
// `has been corrected`, `has been updated`.
const AMENDED = String.raw`\bhas been (?:corrected|updated|amended)\b`;
/** The note speaks of the article, not of the story: a labelled line that does not is an ordinary paragraph. */
const ABOUT_THE_ARTICLE = new RegExp(`${EARLIER_VERSION}|${THIS_ARTICLE}|${ERROR_WORD}|${AMENDED}`, 'iu');

/** A sentence that opens a note: any of the labels, or `an earlier version of this story` anywhere in it. */
const NOTE_SENTENCE = new RegExp(
  String.raw`^(?:${CORRECTION_LABEL}|${EDITORS_NOTE_LABEL})${LABEL_END}|\ban earlier version of this (?:story|article|report)\b`,
  'iu',
);

/**
 * The kind of newsroom note a whole line is: `correction` (labelled, and about the article:
 * `Correction: An earlier version of this story misstated …`), `editors-note` (`Editor's note: …`),
 * or undefined.
 */
export function noteKind(line: string): 'correction' | 'editors-note' | undefined {
  if (CORRECTION_NOTE.test(line) && ABOUT_THE_ARTICLE.test(line)) return 'correction';
  if (EDITORS_NOTE.test(line)) return 'editors-note';
  return undefined;
}

/** A sentence that opens a correction, clarification or editor's note, or tells of an earlier version of the article. */
export function opensNote(sentence: string): boolean {
  return NOTE_SENTENCE.test(sentence);
}
