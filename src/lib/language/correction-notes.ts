/**
 * Notes in which a newsroom speaks of its own article: corrections, clarifications and editor's
 * notes. Clean removes such a note from the text; facts, when one survives, takes no figure or date
 * from it, since it tells of the report's error (`misstated … $48 million, not $84 million`), not
 * of the story. And the note promising the story more (`promisesUpdate`: `Check back for updates.`),
 * which clean's story-evidence pass weighs as a sign of page text.
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

/**
 * The page promising its story more: `Check back for updates.`, `This is a developing story.`, `More details to follow.`,
 * `This story will be updated.` A note to the reader about the page, not a report (its words stand alone or open the
 * line): `the timetable will be updated in March` and `Details of the plan will follow the meeting` are reports.
 */
const UPDATE_NOTE = new RegExp(
  [
    String.raw`\bcheck back\b[^.!?]{0,40}\b(?:updates?|details|more)\b`,
    String.raw`\bthis (?:is an? )?(?:developing|breaking|ongoing) (?:story|news)\b`,
    String.raw`\b(?:this|the) (?:story|article|report|page) (?:is developing|is being updated|will be updated)\b`,
    String.raw`^(?:more )?(?:details|information|updates) (?:to|will) follow\b`,
  ].join('|'),
  'iu',
);

/** A note promising the story more somewhere in the text (see `UPDATE_NOTE`); read it with quotations blanked out. */
export function promisesUpdate(text: string): boolean {
  return UPDATE_NOTE.test(text);
}
