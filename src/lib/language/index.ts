/**
 * English knowledge the pipeline's stages share, in one place: how far apart two spellings are, stems
 * and stop words, month, weekday and number words, titles, how news pages write dates and datelines,
 * relative dates against a reference date, newsroom notes, and two small tools (code-unit order, a
 * heap). Nothing here is about a particular story. See README.md.
 *
 * Stages import the file they need (search's browser bundle takes only edit distance and folding);
 * this index is the module's public surface and its test pins it.
 */

// How far apart two spellings are.
export { editDistance, editDistanceWithSwaps, slipsAllowed, withinSlips, withinSlipsOfLonger } from './edit-distance.ts';
export { foldLetters } from './fold.ts';
export { spellingKey } from './spelling.ts';

// Words.
export { lightStem, rootStem } from './stem.ts';
export { ALIGNMENT_STOPWORDS, FACT_STOPWORDS, FUNCTION_WORDS } from './stopwords.ts';
export { NUMBER_WORD, NUMBER_WORDS, SCALE_WORD, SCALE_WORDS, VAGUE_PLURALS } from './number-words.ts';
export { RANK_ABBREVIATIONS, TITLE_EXPANSIONS, TITLE_QUALIFIERS, TITLES_BEFORE_NAMES } from './titles.ts';
export { GLUED_UNIT, unitKey } from './units.ts';
export { LEGAL_STATUS_WORDS } from './legal-status.ts';
export { isSpeechVerb, SPEECH_VERBS } from './speech-verbs.ts';
export { clauseAround, clausePieces, type TextSpan } from './clauses.ts';
export { ENGLISH_SHARE_FLOOR, readsAsEnglish, type EnglishReading } from './english.ts';

// The calendar, and dates as text writes them.
export {
  MONTH_ABBREVIATIONS,
  MONTH_NAME,
  MONTH_WORD,
  MONTH_WORD_DOTTED,
  monthNumber,
  MONTHS,
  WEEKDAY_ABBREVIATIONS,
  WEEKDAY_WORD,
  WEEKDAY_WORD_SHORT,
  weekdayNumber,
  WEEKDAYS,
} from './calendar.ts';
export { readDatePhrases, type DatePhrase, type DateValue } from './date-phrases.ts';
export { parseIsoDate, resolveDate } from './date-resolve.ts';
export { findFullDate, isoDate, readWrittenDate, TIME_AFTER_DATE, WEEKDAY_BEFORE_DATE, writtenDate } from './written-dates.ts';
export { readDateline, type Dateline } from './dateline.ts';

// Notes in which a newsroom speaks of its own article.
export { noteKind, opensNote } from './correction-notes.ts';

// Tools.
export { compareCodeUnits } from './code-units.ts';
export { MaxHeap } from './max-heap.ts';
