import type { Sentence, Token } from '../types.ts';
import { MONTHS, WEEKDAYS } from '../language/calendar.ts';
import { NUMBER_WORDS, SCALE_WORDS } from '../language/number-words.ts';
import { rootStem } from '../language/stem.ts';
import { ALIGNMENT_STOPWORDS } from '../language/stopwords.ts';
import { initialsOf } from '../language/short-forms.ts';

/** What a matching key stands for; names and numbers are reported to readers separately. */
export type TermKind = 'word' | 'name' | 'number';

/** One matching key of a sentence, with the word as the sentence writes it for evidence. */
export interface Term {
  key: string;
  kind: TermKind;
  /** The normalised word as it appears in this sentence, e.g. `deportations`. */
  shown: string;
  /** Written with a capital away from the start of the sentence (a name candidate). */
  capitalised: boolean;
  /** Made from the initials of a run of capitalised words; `acronym` when written as one (US, U.S.). */
  initials?: true;
  acronym?: true;
}

/** A word of the sentence in order, stopwords included, for finding shared quoted phrases. */
export interface RunWord {
  norm: string;
  quoted: boolean;
}

export interface SentenceTerms {
  /** Distinct keys of the sentence; a word repeated in one sentence counts once. */
  terms: Map<string, Term>;
  words: RunWord[];
}

// Small counts are written as words as often as digits ("nine votes to four" / "9 votes to 4"): these
// spelled numbers are keyed as their digits.
const NUMBER_KEYS: Readonly<Record<string, string>> = Object.fromEntries(
  ['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'hundred', 'thousand'].map(
    (word) => [word, String(NUMBER_WORDS[word] ?? SCALE_WORDS[word])],
  ),
);
// Capitalised but not names: a day or month says when, not who, and most stories share a few.
const CALENDAR: ReadonlySet<string> = new Set([...WEEKDAYS, ...MONTHS]);
const QUOTE = /["“”„‟″]/g;
const UPPER_START = /^\p{Lu}/u;
const LETTERS = /\p{L}/u;

/** Matching keys of one sentence: content words, names and numbers, each once. */
export function sentenceTerms(sentence: Sentence): SentenceTerms {
  const words = sentence.tokens.filter((token) => token.word);
  const quoted = quotedSpans(sentence.text);
  const shouting = isShouting(words);
  const terms = new Map<string, Term>();
  const runWords: RunWord[] = [];
  words.forEach((token, position) => {
    const inQuote = quoted.some(([start, end]) => token.at >= start && token.at < end);
    runWords.push({ norm: token.norm, quoted: inQuote });
    const term = cachedTermOf(token, position === 0 || shouting);
    if (term && !terms.has(term.key)) terms.set(term.key, term);
  });
  if (!shouting) {
    for (const term of initialisms(sentence.tokens)) if (!terms.has(term.key)) terms.set(term.key, term);
  }
  return { terms, words: runWords };
}

// A story repeats its words across versions, and a term depends only on the word as written and
// whether it opens the sentence: each is worked out once. Terms are shared, never changed. Bounded
// like facts' memos, so a long build does not keep every word it has seen.
const CACHE_LIMIT = 50_000;
const termCache = new Map<string, Term | null>();

function cachedTermOf(token: Token, initial: boolean): Term | undefined {
  const key = initial ? `^${token.text}` : `-${token.text}`;
  let term = termCache.get(key);
  if (term === undefined) {
    if (termCache.size > CACHE_LIMIT) termCache.clear();
    term = termOf(token, initial) ?? null;
    termCache.set(key, term);
  }
  return term ?? undefined;
}

function termOf(token: Token, initial: boolean): Term | undefined {
  const number = numberKey(token.norm);
  if (number !== undefined) return { key: `#${number}`, kind: 'number', shown: token.norm, capitalised: false };
  const letters = token.text.replace(/[.'’]/g, '');
  // An acronym (US, U.S., UK, AFP) is a name even where its lower-case form is a function word ("us").
  if (!initial && letters.length >= 2 && letters === letters.toUpperCase() && LETTERS.test(letters)) {
    return { key: letters.toLowerCase(), kind: 'name', shown: token.norm.replace(/\./g, ''), capitalised: true, acronym: true };
  }
  const norm = token.norm.replace(/['’]s$/, '').replace(/'$/, '');
  if (norm.length < 2 || ALIGNMENT_STOPWORDS.has(token.norm) || ALIGNMENT_STOPWORDS.has(norm)) return undefined;
  return { key: rootStem(norm), kind: 'word', shown: norm, capitalised: !initial && UPPER_START.test(token.text) && !CALENDAR.has(norm) };
}

function numberKey(norm: string): string | undefined {
  const spelled = Object.hasOwn(NUMBER_KEYS, norm) ? NUMBER_KEYS[norm] : undefined;
  if (spelled) return spelled;
  if (!/^\d[\d.,]*$/.test(norm)) return undefined;
  return norm.replace(/,(?=\d{3})/g, '').replace(/\.$/, '');
}

/**
 * "United States" also yields `us`, "United Kingdom" `uk`: a run of two to four capitalised words
 * gives the key of its initials, so it can meet the acronym another outlet uses. The scorer keeps
 * such keys only where the story really has that acronym.
 */
function initialisms(tokens: readonly Token[]): Term[] {
  const found: Term[] = [];
  let run: Token[] = [];
  const flush = (): void => {
    if (run.length >= 2 && run.length <= 4) {
      const key = initialsOf(run.map((token) => token.norm));
      found.push({ key, kind: 'name', shown: run.map((token) => token.norm).join(' '), capitalised: true, initials: true });
    }
    run = [];
  };
  for (const token of tokens) {
    const capitalised =
      token.word && UPPER_START.test(token.text) && token.text !== token.text.toUpperCase() && !ALIGNMENT_STOPWORDS.has(token.norm);
    if (capitalised) run.push(token);
    else flush();
  }
  flush();
  return found;
}

/** A headline in capitals would make every word look like a name. */
function isShouting(words: readonly Token[]): boolean {
  const lettered = words.filter((token) => LETTERS.test(token.text));
  return lettered.length >= 3 && lettered.filter((token) => token.text === token.text.toUpperCase()).length * 5 >= lettered.length * 3;
}

/**
 * Spans of the sentence inside double quotation marks. A lone mark belongs to a quote that runs
 * across sentences: it closes a quote begun earlier when it follows a word, otherwise it opens one.
 */
export function quotedSpans(text: string): [number, number][] {
  const marks = [...text.matchAll(QUOTE)].map((match) => match.index);
  const spans: [number, number][] = [];
  let from = 0;
  if (marks.length % 2 === 1) {
    const first = marks[0]!;
    const closesEarlierQuote = first > 0 && /[\p{L}\p{N}.,!?;:]/u.test(text[first - 1]!);
    if (closesEarlierQuote) {
      spans.push([0, first]);
      from = 1;
    } else {
      marks.push(text.length);
    }
  }
  for (let i = from; i + 1 < marks.length; i += 2) spans.push([marks[i]!, marks[i + 1]!]);
  return spans;
}
