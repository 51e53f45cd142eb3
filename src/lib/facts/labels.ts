import { clauseAround, PREPOSITIONS, SUBJECT_PRONOUNS } from '../language/clauses.ts';
import { isSpeechVerb } from '../language/speech-verbs.ts';
import { FUNCTION_WORDS } from '../language/stopwords.ts';
import { hasTag, isKnownWord } from '../language/lexicon.ts';
import type { Sentence } from '../types.ts';
import type { Fact } from './types.ts';

/**
 * A fact's label as a reader meets it: a short phrase in the sentence's own words. A date is named by
 * the clause it sits in, without itself ("When Rwanda received an Iraqi deportee"); a figure and a
 * claim by the clause they sit in ("The board voted 7-2 to approve the closure"); a quotation by its
 * own words, cut at a clause. A date said of an attribution (`…, officials said on Monday`) is named
 * by what was said; the sentence's first word goes to lower case after `When` unless it is a name.
 * Names keep their spelling (the one most versions give). The clause is read from the most carried
 * variant's first mention.
 *
 * A fact's id stays the slug of the label the index gave it before (`idKey`), so that links to facts
 * keep landing wherever their wording moves.
 */

/** The longest label, in words; a longer clause keeps the words nearest the fact. */
const MAX_WORDS = 12;
const MAX_LENGTH = 90;

type Unlabelled = Omit<Fact, 'id'>;

const idKeys = new WeakMap<object, string>();

/** The text a fact's id is made from: its label before `readableLabels` worded it. */
export function idKey(fact: Unlabelled): string {
  return idKeys.get(fact) ?? fact.label;
}

/** The facts with labels a reader understands (see above); each keeps its former label as its id key. */
export function readableLabels(facts: readonly Unlabelled[], sentence: (id: string) => Sentence | undefined): Unlabelled[] {
  return facts.map((fact) => {
    const label = readableLabel(fact, sentence);
    if (label === undefined || label === fact.label) return fact;
    const relabelled = { ...fact, label };
    idKeys.set(relabelled, idKey(fact));
    return relabelled;
  });
}

function readableLabel(fact: Unlabelled, sentenceOf: (id: string) => Sentence | undefined): string | undefined {
  if (fact.kind === 'quote') return shorten(fact.variants[0]?.text ?? fact.label);
  if (fact.kind !== 'date' && fact.kind !== 'number' && fact.kind !== 'claim') return undefined;
  const main = fact.variants[0];
  const mention = fact.mentions.find((candidate) => main?.versions.includes(candidate.version)) ?? fact.mentions[0];
  const sentence = mention && sentenceOf(mention.sentence);
  if (!mention || !sentence) return undefined;
  const at = offsetIn(sentence, mention);
  if (at === undefined) return undefined;
  return phraseAround(sentence.text, at, at + mention.text.length, fact.kind === 'date' ? 'drop' : 'keep', fact.kind === 'date');
}

/** Where a mention's words start in its sentence's text. */
function offsetIn(sentence: Sentence, mention: Fact['mentions'][number]): number | undefined {
  const at = mention.start - sentence.start;
  if (sentence.text.slice(at, at + mention.text.length) === mention.text) return at;
  const found = sentence.text.indexOf(mention.text);
  return found < 0 ? undefined : found;
}

/**
 * The clause of `text` around `start`..`end`, the span itself dropped (a value) or kept (a claim's
 * changed words), at most `MAX_WORDS` words, without function words dangling at its edges; `when`
 * prefixes a date's clause. Undefined when fewer than two words remain.
 */
export function phraseAround(text: string, start: number, end: number, span: 'drop' | 'keep', when = false): string | undefined {
  let parts = clauseAround(text, start, end);
  // `…, French authorities said on Monday.`: the date names when it was said; the label names what was said,
  // unless that opens on a pronoun (`it would cut…`) and needs its speaker.
  const reported = parts.find((part) => part.reported);
  const said = reported ? words(text.slice(reported.start, reported.end)).find((word) => !LEADING.has(bare(word))) : undefined;
  if (span === 'drop' && reported && said !== undefined && !SUBJECT_PRONOUNS.has(bare(said))) parts = [reported];
  // The phrase's words as written (split at spaces only: `200-metre` stays one word) in reading
  // order; `from`..`to` is where the span's own words stand (or would).
  const all: string[] = [];
  let from = 0;
  let to = 0;
  for (const part of parts) {
    if (part.start <= start && part.end >= end) {
      const before = words(text.slice(part.start, start));
      const after = words(text.slice(end, part.end));
      if (span === 'keep') {
        // The span's words, with whatever is glued to either side of it.
        const whole = words(text.slice(part.start, part.end));
        from = all.length + before.length - (/\S$/u.test(text.slice(part.start, start)) && before.length > 0 ? 1 : 0);
        to = all.length + whole.length - after.length + (/^\S/u.test(text.slice(end, part.end)) && after.length > 0 ? 1 : 0);
        all.push(...whole);
      } else {
        const last = before.at(-1);
        if (last && /^an?$/iu.test(last) && after[0]) before[before.length - 1] = article(last, after[0]);
        // A preposition the date leaves behind mid-clause (`the Act of 1798 to bypass`) goes with it.
        if (last && after.length > 0 && DATE_PREPOSITIONS.has(bare(last))) before.pop();
        all.push(...before);
        from = to = all.length;
        all.push(...after);
      }
    } else {
      const own = words(text.slice(part.start, part.end));
      // What was said, after its attribution (`officials said a fire…`), reads on in lower case.
      if (all.length > 0 && own[0]) own[0] = lowerFunctionWord(own[0]);
      all.push(...own);
    }
  }
  // The clause from its start, which names who did what; a span kept further in keeps five words before it.
  const first = span === 'drop' || to <= MAX_WORDS ? 0 : Math.max(0, from - 5);
  const kept = all.slice(first, Math.max(first + MAX_WORDS, to));
  let phrase = trimEdges(kept);
  if (phrase.length < 2) return undefined;
  if (when) {
    if (bare(phrase[0]!) === 'when') phrase = phrase.slice(1);
    // `…, Ada Brun, said members had raised…`: the speaker stands before an aside; what was said is the clause.
    if (phrase.length > 3 && isSpeechVerb(bare(phrase[0]!)) && !PREPOSITIONS.has(bare(phrase[1]!)))
      phrase = phrase.slice(bare(phrase[1]!) === 'that' ? 2 : 1);
    // A clause that says its own time (`after having accepted…`) reads as it stands.
    if (phrase[0] && !TIME_OPENERS.has(bare(phrase[0]))) {
      const opening = phrase[0] === firstWord(text) ? sentenceCase(phrase[0], phrase[1]) : lowerFunctionWord(phrase[0]);
      phrase = ['When', opening, ...phrase.slice(1)];
    }
  }
  const joined = balanced(phrase.join(' '));
  return shorten(first > 0 ? `…${joined}` : `${capitalise(joined)}${first + kept.length < all.length ? '…' : ''}`);
}

/** Without a bracket or quotation mark whose other half the phrase left behind. */
function balanced(phrase: string): string {
  let result = phrase;
  for (const [open, close] of [
    ['(', ')'],
    ['[', ']'],
    ['“', '”'],
  ] as const) {
    if (!result.includes(open)) result = result.replaceAll(close, '');
    if (!result.includes(close)) result = result.replaceAll(open, '');
  }
  if ((result.match(/"/gu) ?? []).length % 2 === 1) result = result.replace('"', '');
  return result.replace(/\s+/gu, ' ').trim();
}

/** Prepositions that take a date: left without it, they dangle. */
const DATE_PREPOSITIONS = new Set(['of', 'in', 'on', 'at', 'by', 'since', 'from', 'until', 'during']);

/** Words that open a clause about a time of its own. */
const TIME_OPENERS = new Set(['after', 'before', 'since', 'until', 'till', 'once', 'during', 'as']);

/** `a`/`an` as the word after it wants it, once a figure between them is gone (`an 18% rise` → `a rise`). */
function article(written: string, next: string): string {
  const wanted = /^[aeiou]/iu.test(next) ? 'an' : 'a';
  return written.startsWith('A') ? `A${wanted.slice(1)}` : wanted;
}

function words(text: string): string[] {
  return text.split(/\s+/u).filter((word) => /[\p{L}\p{N}]/u.test(word));
}

/** `words(text)[0]`, without splitting the whole sentence. */
function firstWord(text: string): string | undefined {
  for (const match of text.matchAll(/\S+/gu)) if (/[\p{L}\p{N}]/u.test(match[0])) return match[0];
  return undefined;
}

const bare = (word: string): string => word.toLowerCase().replace(/[^\p{L}']/gu, '');

/** Words that leave a phrase hanging at its end (`received the deportee in`) or lead into another clause at its start. */
const LEADING = new Set(['and', 'or', 'but', 'that', 'so', 'then', 'also']);

function trimEdges(phrase: readonly string[]): string[] {
  let from = 0;
  let to = phrase.length;
  while (from < to && LEADING.has(bare(phrase[from]!))) from++;
  while (to > from && FUNCTION_WORDS.has(bare(phrase[to - 1]!))) to--;
  return phrase.slice(from, to).map((word, index, all) => (index === all.length - 1 ? word.replace(/[,;:]+$/u, '') : word));
}

function lowerFunctionWord(word: string): string {
  return word !== 'I' && FUNCTION_WORDS.has(word.toLowerCase()) ? word.toLowerCase() : word;
}

/** Name-like lexicon tags: a word carrying one keeps its capital (`Rwanda`, `Lopez`, `French`). */
const NAME_TAGS = ['Country', 'City', 'Region', 'Place', 'FirstName', 'MaleName', 'FemaleName', 'LastName', 'Person'];
const MORE_NAME_TAGS = ['Organization', 'SportsTeam', 'Demonym', 'Honorific', 'Abbreviation', 'Acronym', 'ProperNoun'];

/**
 * The sentence's first word as it reads mid-phrase: capitalised only for its place (`Speaking to…`,
 * `Councillors voted…`) it goes to lower case when the lexicon knows it as a common word; a name
 * (`Rwanda`, `Lopez`), an unknown word (`Marrowby`), an all-capitals word, `I`, or the first of two
 * capitalised words (`El Salvador`) keeps its capital.
 */
function sentenceCase(word: string, next: string | undefined): string {
  const letters = word.replace(/['’]s$/u, '').replace(/[^\p{L}]/gu, '');
  if (!/^\p{Lu}\p{Ll}+$/u.test(letters) || (next !== undefined && /^\p{Lu}/u.test(next))) return lowerFunctionWord(word);
  if (!isKnownWord(letters) || hasTag(letters, ...NAME_TAGS, ...MORE_NAME_TAGS)) return word;
  return word.charAt(0).toLowerCase() + word.slice(1);
}

function capitalise(text: string): string {
  return text.replace(/^\p{Ll}/u, (letter) => letter.toUpperCase());
}

/** At most `MAX_LENGTH` characters, cut at the last clause mark, else the last word, that fits. */
export function shorten(text: string): string {
  if (text.length <= MAX_LENGTH) return text;
  const head = text.slice(0, MAX_LENGTH - 1);
  const mark = Math.max(head.lastIndexOf(', '), head.lastIndexOf('; '), head.lastIndexOf(': '), head.lastIndexOf(' — '));
  const cut = mark >= MAX_LENGTH * 0.4 ? mark : head.lastIndexOf(' ');
  return `${(cut > 0 ? head.slice(0, cut) : head).trimEnd()}…`;
}
