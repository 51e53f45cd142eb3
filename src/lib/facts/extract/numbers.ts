import type { Sentence } from '../../types.ts';
import { hasTag } from '../../language/lexicon.ts';
import { wordsOf } from '../normalize.ts';
import { matchesOf, mentionAt } from '../spans.ts';
import type { NumberValue, RawMention } from '../types.ts';
import { monthNumber } from '../../language/calendar.ts';
import {
  MULTIPLIER_WORD,
  MULTIPLIER_WORDS,
  NUMBER_WORD,
  FRACTION_AFTER_DIGITS,
  FRACTIONS,
  NUMBER_WORDS,
  ORDINAL_WORD,
  ORDINAL_WORDS,
  SCALE_WORD,
  SCALE_WORDS,
  VAGUE_PLURALS,
} from '../../language/number-words.ts';
import { PREPOSITIONS } from '../../language/clauses.ts';
import { GLUED_UNIT } from '../../language/units.ts';
import { ARTICLES, POSSESSIVE_DETERMINERS, wordAlternation } from '../../language/quantifiers.ts';
import { CURRENCY_SYMBOLS, CURRENCY_WORDS, isStopword, QUALIFIERS } from '../words.ts';

// A figure in words: `twenty-five`, `two hundred`, `a dozen`; `a`/`an` count one before a scale (`a million`).
const UNIT_WORDS: Readonly<Record<string, number>> = { ...NUMBER_WORDS, a: 1, an: 1 };
// `half a million`, `half a dozen`: half of one scale.
const ONE_SCALE = String.raw`(?:half\s+)?(?:a|an)\s+(?:dozen|${SCALE_WORD})`;
const WORDNUM = String.raw`(?:${NUMBER_WORD}(?:[-\s]${NUMBER_WORD})?(?:\s+${SCALE_WORD})*|${ONE_SCALE}|dozen)`;
const DIGITS = String.raw`(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?:${FRACTION_AFTER_DIGITS})?`;
// `190kph`, `30km`, `1.7mph`: a unit glued to the digits is part of the figure.
const WITH_UNIT = String.raw`${DIGITS}(?:(?:${GLUED_UNIT})(?![\p{L}\d]))?`;
const GLUED = new RegExp(String.raw`\d(${GLUED_UNIT})$`, 'iu');
// `$52B`: a lone `b` is billions only after a currency sign.
const SCALE = String.raw`(?:\s?(?:${SCALE_WORD}|bn|mn|tn)|(?:m|k|bn|mn|tn|(?<=[£$€¥₹]\s?[\d.,]+)b))(?![\p{L}\d])`;
const CUR_PRE = String.raw`(?:US\$|A\$|C\$|[£$€¥₹])`;
const CUR_POST = String.raw`(?:pounds?|dollars?|euros?|yen|francs?|shillings?|rupees?)`;
const PCT = String.raw`(?:\s?%|\s?per\s?cent\b|\s?percent\b)`;
const FIGURE = String.raw`(?:${CUR_PRE}\s?)?(?:${WITH_UNIT}|${WORDNUM})(?:${SCALE})?(?:${PCT})?(?:\s+${CUR_POST}\b)?`;
const QUAL = String.raw`(?:${QUALIFIERS.join('|')})`;
const VAGUE_PLURAL = `(?:${Object.keys(VAGUE_PLURALS).join('|')})`;

// Not inside a word, a longer figure or an amount already started (`£`, `$`, `€`).
const FIGURE_START = String.raw`(?<![\p{L}\d.,$£€])`;
// `300 to 400`, `300-400`, `between 300 and 400`: the upper end of a range.
const RANGE_END = String.raw`(?:(?:\s*[-–]\s*|\s+to\s+|\s+and\s+)(${FIGURE}))?`;
// Not running on into a word or more digits (`300,5` is not `300`).
const FIGURE_END = String.raw`(?![\p{L}\d]|[.,]\d)`;
/** Groups: qualifier, figure, upper end of a range. */
const AMOUNT = new RegExp(String.raw`${FIGURE_START}(?:(${QUAL})\s+)?(?:between\s+)?(${FIGURE})${RANGE_END}${FIGURE_END}`, 'giu');
/** `thousands of`, `multi-million`. Groups: qualifier, vague plural, scale after `multi`. */
const VAGUE = new RegExp(
  String.raw`(?<![\p{L}\d])(?:(${QUAL})\s+)?(?:(${VAGUE_PLURAL})(?=\s+of\b)|multi-?(million|billion))(?![\p{L}])`,
  'giu',
);
/**
 * `twice the speed`, `more than double the limit`, `at least half of them`: a multiple of what follows. `twice`
 * always; `double` and the like before what they multiply (not `a double amputee`, `doubled`); `half` only with a
 * qualifier (not `the first half`). Groups: qualifier, multiplier word, `half`.
 */
const MULTIPLIED = String.raw`(?=\s+${wordAlternation([...ARTICLES, 'what', 'that', ...POSSESSIVE_DETERMINERS])}\b)`;
const MULTIPLE = new RegExp(
  String.raw`(?<![\p{L}\d-])(?:(${QUAL})\s+)?(?:(twice|thrice)|(${MULTIPLIER_WORD})${MULTIPLIED})(?![\p{L}-])|` +
    String.raw`(?<![\p{L}\d-])(${QUAL})\s+(half)(?![\p{L}-])`,
  'giu',
);
const MAY_BE_MULTIPLE = new RegExp(String.raw`${MULTIPLIER_WORD}|half`, 'iu');
/** A digit, a number word, an ordinal or a multiplier: a sentence without one holds no figure. */
const MAY_COUNT = new RegExp(
  String.raw`\d|\b(?:${NUMBER_WORD}|${ORDINAL_WORD}|${MULTIPLIER_WORD}|half|a\s+dozen|dozen|${SCALE_WORD}|${VAGUE_PLURAL}|` +
    String.raw`multi-?(?:million|billion))\b`,
  'iu',
);
/** A digit, a cardinal or a scale: a sentence without one holds no amount (its ordinals and multiples aside). */
const MAY_BE_AMOUNT = new RegExp(String.raw`\d|\b(?:${NUMBER_WORD}|dozen|${SCALE_WORD})\b`, 'iu');
const EQUIVALENT_GAP = /^\s*\(\s*(?:[a-z]+\s+)*$/iu;
// Cheap tests, each true of every text its pattern can match, so that a sentence is not scanned for
// what it cannot hold (each pattern is tried at every position).
const MAY_BE_VAGUE = new RegExp(String.raw`${VAGUE_PLURAL}|multi`, 'iu');
const MAY_BE_DIGIT_ORDINAL = /\d(?:st|nd|rd|th)/iu;
const MAY_BE_PHONE = /\d{4}/u;

/**
 * Counts and amounts in a sentence, with their qualifier (`nearly`, `over`) and what they count.
 * Years are left to the date extractor; a spelled-out number counts only when a noun follows it
 * (`four transfers`, not `one of them`), or, other than `one`, a verb or `of` (`nine were critical`);
 * an amount followed by its conversion in brackets (`£700 million (approximately €821 million)`) is one mention.
 */
export function extractNumbers(sentence: Sentence): RawMention[] {
  const text = sentence.text;
  const found: RawMention[] = [];
  // The patterns are long and tried at every position: skip sentences that cannot hold a figure.
  if (!MAY_COUNT.test(text)) return found;
  const phones = [...(MAY_BE_PHONE.test(text) ? matchesOf(PHONE, text) : [])].map((match) => ({
    at: match.index,
    end: match.index + match[0].length,
  }));
  for (const match of MAY_BE_AMOUNT.test(text) ? matchesOf(AMOUNT, text) : []) {
    const value = readFigure(match[2]!);
    if (!value || looksLikeYear(match[2]!, match[3]) || !countsSomething(match[2]!, text, match.index + match[0].length)) continue;
    if (phones.some((phone) => match.index < phone.end && phone.at < match.index + match[0].length)) continue;
    if (!match[1] && !match[3] && isNamePart(match[2]!, text, match.index, match.index + match[0].length)) continue;
    if (match[3]) {
      const upper = readFigure(match[3]);
      if (upper) value.to = upper.amount;
    }
    addQualifierAndNoun(value, match[1], text, match.index + match[0].length);
    const unit = GLUED.exec(match[2]!)?.[1];
    if (unit) value.noun = unit.toLowerCase();
    found.push(mentionAt(sentence, 'number', { at: match.index, end: match.index + match[0].length }, numberKey(value), { number: value }));
  }
  // Ordinals in words after a determiner: `the third teenager`, `its second-largest`, `for the first time`.
  for (const match of MAY_BE_SPELLED_ORDINAL.test(text) ? matchesOf(SPELLED_ORDINAL, text) : []) {
    const word = match[1] ?? match[2]!;
    const at = match.index + match[0].length - word.length;
    const value: NumberValue = { amount: ORDINAL_WORDS[word.toLowerCase()]!, ordinal: true };
    const end = at + word.length;
    const glued = /^-(\p{L}+)/u.exec(text.slice(end))?.[1];
    if (glued) value.noun = glued.toLowerCase();
    else addQualifierAndNoun(value, undefined, text, end);
    found.push(mentionAt(sentence, 'number', { at, end }, numberKey(value), { number: value }));
  }
  // Ordinals in digits: `the 12th minute`, `an 11th-minute volley`, `his 10th overall`.
  for (const match of MAY_BE_DIGIT_ORDINAL.test(text) ? matchesOf(ORDINAL, text) : []) {
    const value: NumberValue = { amount: Number(match[1]), ordinal: true };
    const end = match.index + match[0].length;
    // `11th-minute`: what is counted is glued on with a hyphen.
    const glued = /^-(\p{L}+)/u.exec(text.slice(end))?.[1];
    if (glued) value.noun = glued.toLowerCase();
    else addQualifierAndNoun(value, undefined, text, end);
    found.push(mentionAt(sentence, 'number', { at: match.index, end }, numberKey(value), { number: value }));
  }
  for (const match of MAY_BE_MULTIPLE.test(text) ? matchesOf(MULTIPLE, text) : []) {
    const word = (match[2] ?? match[3] ?? match[5] ?? '').toLowerCase();
    const value: NumberValue = { amount: MULTIPLIER_WORDS[word] ?? 0.5, noun: word === 'half' ? 'half' : 'times' };
    const qualifier = match[1] ?? match[4];
    if (qualifier) value.qualifier = qualifier.toLowerCase().replace(/\s+/gu, ' ');
    found.push(mentionAt(sentence, 'number', { at: match.index, end: match.index + match[0].length }, numberKey(value), { number: value }));
  }
  for (const match of MAY_BE_VAGUE.test(text) ? matchesOf(VAGUE, text) : []) {
    const word = (match[2] ?? match[3] ?? '').toLowerCase();
    const amount = VAGUE_PLURALS[word] ?? SCALE_WORDS[word] ?? 0;
    const value: NumberValue = { amount, vague: true };
    addQualifierAndNoun(value, match[1], text, match.index + match[0].length);
    found.push(mentionAt(sentence, 'number', { at: match.index, end: match.index + match[0].length }, numberKey(value), { number: value }));
  }
  return mergeEquivalents(
    sentence,
    found.sort((a, b) => a.at - b.at),
  );
}

/** An ordinal in words after a determiner (`the third`, `its second-largest`, `the club's fifth`). Group: the ordinal. */
// A determiner or a possessive (`Norland's seventh`, `your second term`) before the ordinal.
const DETERMINER = wordAlternation([...ARTICLES, ...POSSESSIVE_DETERMINERS, 'this', 'that', 'whose']);
const ORDINAL_DETERMINER = String.raw`(?:\b${DETERMINER}|\p{L}['’]s)`;
// Not a compound that names a kind (`a first-time shot`, `second-hand goods`, `a first-class seat`).
const ORDINAL_COMPOUND = String.raw`-(?:time|hand|class|rate)\b`;
// A rank needs no determiner: `after second-placed Orrin Bay`.
// The ordinal is matched first and the determiner looked back for, so that the look runs only at an ordinal.
const SPELLED_ORDINAL = new RegExp(
  String.raw`(?<![\p{L}-])(?:(${ORDINAL_WORD})\b(?<=${ORDINAL_DETERMINER}\s+\p{L}+)(?!\s+(?:of|half|quarter)\b|${ORDINAL_COMPOUND})|` +
    String.raw`(${ORDINAL_WORD})(?=-placed?\b))`,
  'giu',
);
const MAY_BE_SPELLED_ORDINAL = new RegExp(ORDINAL_WORD, 'iu');

/** `12th`, `1st`, `23rd`: an ordinal in digits. Group: the figure. */
const ORDINAL = /(?<![\p{L}\d.,])(\d{1,4})(?:st|nd|rd|th)(?![\p{L}\d])/giu;

/** A telephone number: `602-555-0112`, `(602) 555-0112`, `+1 602 555 0112`, `0113 496 0000`. */
const PHONE = /(?:\+\d{1,3}[\s.-]?)?(?:\(\d{2,4}\)\s?|\b\d{3,5}[\s.-])\d{3,4}[\s.-]\d{4}\b/gu;

/**
 * A bare figure that is part of a name, not a quantity: after a capitalised word (`Fab 9`,
 * `Boeing 737`, `Route 66`, `Section 230`) or before one (`12 News`, `7 Eleven`). A function word
 * (`About 600`, `Of 31`, `Within 18`), a month (`Jan 5`) or a plural (`600 Americans`) beside it does not make a name.
 */
function isNamePart(figure: string, text: string, at: number, end: number): boolean {
  if (!/^\d{1,4}$/u.test(figure.trim())) return false;
  const before = /(?:^|[\s(“"‘'])(\p{Lu}[\p{L}\d-]*)\s$/u.exec(text.slice(Math.max(0, at - 40), at))?.[1];
  if (
    before &&
    !isStopword(before) &&
    monthNumber(before) === undefined &&
    !hasTag(before, 'Plural', 'Value', 'Preposition', 'Conjunction')
  )
    return true;
  const after = /^\s(\p{Lu}\p{Ll}+)\b/u.exec(text.slice(end))?.[1];
  return after !== undefined && !isStopword(after) && monthNumber(after) === undefined && !hasTag(after, 'Plural', 'Demonym');
}

/** The value key: equal for `£700m` and `£700 million`; the qualifier is part of it. */
export function numberKey(value: NumberValue): string {
  const parts = [
    value.qualifier,
    value.currency,
    value.vague ? `~${value.amount}` : value.ordinal ? `${value.amount}th` : String(value.amount),
    value.to,
    value.percent && '%',
  ];
  return parts.filter((part) => part !== undefined && part !== false).join(' ');
}

/** The whole number of a figure and the fraction after it (`9 1/2`), the fraction captured. */
const FRACTION_AFTER_WHOLE = new RegExp(String.raw`^[\d,.]+(${FRACTION_AFTER_DIGITS})`, 'u');

/** Reads one figure: `£700 million`, `13,000`, `twenty-five`, `4.5%`, `a dozen`, `half a million`. */
export function readFigure(figure: string): NumberValue | undefined {
  const lower = figure.toLowerCase();
  const value: NumberValue = { amount: 0 };
  const symbol = /^(?:us|a|c)?([£$€¥₹])/u.exec(lower);
  if (symbol) value.currency = CURRENCY_SYMBOLS[symbol[1]!]!;
  const word = /([a-z]+)$/u.exec(lower)?.[1];
  if (word && CURRENCY_WORDS[word]) value.currency = CURRENCY_WORDS[word];
  if (/%|per\s?cent/u.test(lower)) value.percent = true;
  const digits = /\d[\d,]*(?:\.\d+)?/u.exec(lower);
  const words = wordsOf(lower.replace(/-/gu, ' '));
  let amount = digits ? Number(digits[0].replace(/,/gu, '')) : spelledOut(words);
  const fraction = digits ? FRACTION_AFTER_WHOLE.exec(lower.slice(digits.index)) : null;
  if (fraction && amount !== undefined) amount += FRACTIONS[fraction[1]!.trim()] ?? 0;
  if (amount === undefined || Number.isNaN(amount)) return undefined;
  const scale = /\d\s?(bn|mn|tn|m|k|b)(?![a-z])/u.exec(lower)?.[1]?.replace(/^b$/u, 'bn');
  if (digits) for (const w of words) if (SCALE_WORDS[w] && w.length > 2) amount *= SCALE_WORDS[w];
  if (scale) amount *= SCALE_WORDS[scale]!;
  value.amount = Math.round(amount * 1e6) / 1e6;
  return value;
}

function spelledOut(words: readonly string[]): number | undefined {
  let total = 0;
  let current = 0;
  let seen = false;
  let half = false;
  for (const word of words) {
    // `half a billion`: the `a` after `half` is the half, not one more.
    if (word === 'half') {
      half = true;
      continue;
    }
    const unit = half && (word === 'a' || word === 'an') ? 0.5 : UNIT_WORDS[word];
    half = false;
    const scale = SCALE_WORDS[word];
    if (unit !== undefined) {
      current += unit;
      seen = true;
    } else if (word === 'hundred' || word === 'dozen') {
      current = (current || 1) * (word === 'dozen' ? 12 : 100);
      seen = true;
    } else if (scale !== undefined && word.length > 2) {
      total += (current || 1) * scale;
      current = 0;
      seen = true;
    }
  }
  return seen ? total + current : undefined;
}

function looksLikeYear(figure: string, upper: string | undefined): boolean {
  const plain = /^(1[6-9]\d\d|20\d\d)$/u;
  return plain.test(figure.trim()) && (upper === undefined || plain.test(upper.trim()));
}

/** A bare spelled-out number (`one`, `a dozen`) is a count only when a noun follows it. */
function countsSomething(figure: string, text: string, end: number): boolean {
  if (/[\d£$€¥₹%]/u.test(figure) || /cent\b/iu.test(figure) || /\s/u.test(figure.trim())) return true;
  // `eight-story`, `three-year`, `nine-month`: a number word joined to what it measures.
  if (/^-\p{L}{3,}/u.test(text.slice(end)))
    return !/^(?:one)$/iu.test(figure.trim()) || /^-(?:year|month|week|day|hour|minute|time)\b/iu.test(text.slice(end));
  const next = /^\s+([\p{L}][\p{L}'’-]*)/u.exec(text.slice(end))?.[1];
  // Not `one`, which is as often a pronoun (`one of them said`).
  const pronoun = /^(?:one|a|an)$/iu.test(figure.trim());
  // `a family of eight.`, `a family of three — including …`: a count after `of`, ending its phrase.
  if (next === undefined)
    return (
      !pronoun &&
      /\bof\s+$/iu.test(text.slice(Math.max(0, end - figure.length - 8), end - figure.length)) &&
      /^\s*[,.;:—–)]/u.test(text.slice(end))
    );
  if (/^(?:another|other|others)$/iu.test(next)) return false;
  if (!isStopword(next)) return true;
  // `nine were in a critical condition`, `two of them died`: a number standing for what it counts, as subject of a
  // verb or with `of`; `four from France, three from Chile`, `four in a critical condition`: where what it counts is.
  return !pronoun && (COUNT_SUBJECT.test(next) || COUNT_PLACE.test(next));
}

/** Words after a spelled-out number that make it a count standing alone. */
const COUNT_SUBJECT = /^(?:were|are|was|is|had|have|has|remain|remained|remains|of)$/iu;
/** Words after a spelled-out number that say where or whence what it counts is (`three from Chile`, `four in hospital`). */
const COUNT_PLACE = /^(?:from|in)$/iu;

function addQualifierAndNoun(value: NumberValue, qualifier: string | undefined, text: string, end: number): void {
  if (qualifier) value.qualifier = qualifier.toLowerCase().replace(/\s+/gu, ' ');
  // `seven-minute span`, `eight-story building`: what is measured is joined on with a hyphen.
  const glued = /^-(\p{L}{3,})(?![\p{L}-])/u.exec(text.slice(end))?.[1];
  if (glued) {
    value.noun = glued.toLowerCase();
    return;
  }
  const after = text.slice(end).replace(/^\s+of\s+/iu, ' ');
  const nouns: string[] = [];
  const words =
    after
      .match(/^(?:\s+[\p{L}][\p{L}'’-]*){1,4}/u)?.[0]
      .trim()
      .split(/\s+/u) ?? [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (isStopword(word) && word.toLowerCase() !== 'and') break;
    // The counted thing neither starts with `and` (`rose to 42 and left`) nor runs on past one into
    // another thing or a verb (`30 cars and vans`, `40 cars fell`, `49 per cent and forecast`): it
    // is the first thing named.
    if (i > 0 ? word.toLowerCase() === 'and' || isVerbForm(word) || endsCounted(word) : word.toLowerCase() === 'and') break;
    nouns.push(word.toLowerCase());
    // The counted thing ends at a noun not followed by another (`asylum seekers`, not `tourists left`).
    const next = words[i + 1];
    if (isNoun(word) && !(next && isNoun(next))) break;
  }
  while (nouns.length > 0 && nouns.at(-1) === 'and') nouns.pop();
  if (nouns.length > 0) value.noun = nouns.join(' ');
}

/** A preposition or an adverb after the counted thing ends it (`40 million light-years away within the Orrin cluster`). */
function endsCounted(word: string): boolean {
  return PREPOSITIONS.has(word.toLowerCase()) || (hasTag(word, 'Adverb') && !isNoun(word));
}

/** A word that is a verb form rather than a noun (`fell`, `making`, `plunged`). */
function isVerbForm(word: string): boolean {
  return hasTag(word, 'PastTense', 'Gerund', 'Participle') || (/^\p{Ll}{3,}(?:ing|ed)$/u.test(word) && !isNoun(word));
}

function isNoun(word: string): boolean {
  return hasTag(word, 'Plural', 'Singular', 'Uncountable', 'Noun') && !hasTag(word, 'Adjective');
}

/** `£700 million (approximately €821 million)`: the bracketed conversion joins the amount it converts. */
function mergeEquivalents(sentence: Sentence, mentions: RawMention[]): RawMention[] {
  const merged: RawMention[] = [];
  for (const mention of mentions) {
    const previous = merged.at(-1);
    const gap = previous ? sentence.text.slice(previous.at + previous.text.length, mention.at) : '';
    if (previous?.number?.currency && mention.number?.currency && EQUIVALENT_GAP.test(gap)) {
      const close = sentence.text.indexOf(')', mention.at + mention.text.length);
      const end = close >= 0 && close - (mention.at + mention.text.length) <= 1 ? close + 1 : mention.at + mention.text.length;
      merged[merged.length - 1] = mentionAt(sentence, 'number', { at: previous.at, end }, previous.key, { number: previous.number });
      continue;
    }
    merged.push(mention);
  }
  return merged;
}
