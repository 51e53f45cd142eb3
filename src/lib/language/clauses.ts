/**
 * Where a clause of an English sentence begins and ends, so that a phrase lifted from the sentence
 * reads as the writer's own words ("Rwanda received the deportee") rather than a bag of its rarest
 * words. Punctuation closes a clause (never the comma of `1,000` or the period of `Jan. 5`); a word
 * that opens a subordinate clause (`that`, `because`, `when`…) starts a new one. Relative pronouns
 * (`who`, `which`) open an aside, which is read with the noun it describes.
 */

import { isSpeechVerb } from './speech-verbs.ts';

export interface TextSpan {
  start: number;
  end: number;
}

/** A part of `clauseAround`'s answer; `reported`: what an attribution around the span says was said. */
export interface ClausePart extends TextSpan {
  reported?: true;
}

/** Words that open a subordinate clause or join two clauses: a clause boundary before them. */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set([
  'that',
  'because',
  'although',
  'though',
  'while',
  'whereas',
  'but',
  'when',
  'where',
  'unless',
  'if',
]);

/** Words that open a clause's subject: after `that`, they make it `said that the country…`, not `a fire that forced…`. */
const SUBJECT_OPENERS: ReadonlySet<string> = new Set(
  'the a an it its they their them he his she her we our this these those there i you some many most no one'.split(' '),
);

/** `that` opens a clause of its own when a subject follows (a pronoun, an article, a name), else it is relative: no cut. */
function opensComplement(rest: string): boolean {
  const next = rest.match(WORD)?.[0];
  return next !== undefined && (SUBJECT_OPENERS.has(next.toLowerCase()) || /^\p{Lu}/u.test(next));
}

/** Prepositions: a clause piece that opens with one has no subject of its own (`on Sunday that forced…`). */
export const PREPOSITIONS: ReadonlySet<string> = new Set(
  (
    'of to in on at by for with from into onto about over after before until through during between against near ' +
    'outside inside across along around behind beside beyond despite since toward towards under within without amid among'
  ).split(' '),
);

/** Pronouns that open a clause: without the clause before them, they point at nothing. */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set('it they he she we i you this these those there'.split(' '));

/** Auxiliaries and modals: a clause that opens with one has its subject before an aside (`the plant, known as Fab 9, would stop`). */
const AUXILIARIES: ReadonlySet<string> = new Set(
  'is are was were be been has have had do does did will would can could may might must shall should'.split(' '),
);

/** A comma not inside a figure, a semicolon, colon, bracket, quotation mark or dash. */
const CLAUSE_MARK = /,(?!\d)|[;:()[\]“”"«»]|\s[-–—]+\s|[—–]/gu;

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.,-]*[\p{L}\p{N}]|[\p{L}\p{N}]/gu;

/** A clause mark or a stop (`.`, `!`, `?`) in the gap between two words of a sentence. */
const CLAUSE_BREAK = new RegExp(String.raw`${CLAUSE_MARK.source}|[.!?]`, 'u');

/**
 * The text between two words holds a clause mark or a stop: the words sit in different clauses (`the
 * train, reportedly` / `the reportedly delayed train`). The one reading of where a clause ends for the
 * rules that compare two sentences word by word, as `clausePieces` is for a phrase to show.
 */
export function clauseBreakIn(gap: string): boolean {
  return CLAUSE_BREAK.test(gap);
}

/**
 * A `WORD` that is a clause opener, found without reading every word: a run of `WORD`'s characters
 * holds one word, from its first letter or digit to its last, so an opener (letters only) is such a
 * run with nothing but `'’.,-` around it. Group 1: the word (checked against `CLAUSE_OPENERS` again,
 * since the `i` flag folds case a little more widely than `toLowerCase`).
 */
const OPENER_WORD = new RegExp(
  String.raw`(?<![\p{L}\p{N}'’.,-])['’.,-]*(${[...CLAUSE_OPENERS].join('|')})['’.,-]*(?![\p{L}\p{N}'’.,-])`,
  'giu',
);

/** The fewest words a clause keeps besides the span it is taken around: fewer, and the next clause joins. */
const MIN_WORDS = 2;

/** Relative pronouns: a piece they open between commas is an aside about the noun before it. */
const RELATIVE = /^(?:which|who|whom|whose)\b/iu;

/**
 * The clause of `text` around the span `start`..`end` (character offsets), as the parts of the text
 * it is made of, in order: from the clause mark or opener before it to the one after it. When that
 * leaves fewer than two words beside the span (`In March, Rwanda received…`: the span is a clause of
 * its own), the clause after it joins, or else the one before. A span inside an aside (`, which
 * employs 4,100 people,`) takes the noun the aside is about; a clause right after an aside takes the
 * words before the aside (`The company, which …, said it would stop`): its subject. An attribution
 * (`…, officials said on Monday`) is followed by what was said, the clause before it. The parts are
 * in the order a phrase reads them; the span is inside exactly one.
 */
export function clauseAround(text: string, start: number, end: number): ClausePart[] {
  const pieces = clausePieces(text);
  const first = pieces.findIndex((piece) => piece.end > start);
  if (first < 0) return [{ start, end }];
  let last = first;
  while (pieces[last + 1] && pieces[last + 1]!.start < end) last++;
  let from = first;
  let to = last;
  const beside = wordsIn(text, pieces[from]!.start, start) + wordsIn(text, end, pieces[to]!.end);
  const betweenCommas = (index: number): boolean =>
    /,\s*$/u.test(text.slice(0, pieces[index]!.start)) && /^\s*,/u.test(text.slice(pieces[index]!.end));
  if (beside < MIN_WORDS) {
    const next = pieces[to + 1];
    // A span that is an aside of its own (`Brannock, 52, was charged`, `30 metres (98 feet) down`) is read with both neighbours.
    const aside = from > 0 && (betweenCommas(from) || /\(\s*$/u.test(text.slice(0, pieces[from]!.start)));
    if (aside) {
      from--;
      if (next) to++;
    } else if (next && wordsIn(text, next.start, next.end) >= MIN_WORDS && !RELATIVE.test(text.slice(next.start))) to++;
    else if (from > 0) from--;
  }
  const opensAside = (index: number): boolean => RELATIVE.test(text.slice(pieces[index]!.start));
  const opensWithAuxiliary = AUXILIARIES.has((text.slice(pieces[from]!.start).match(WORD)?.[0] ?? '').toLowerCase());
  const parts: ClausePart[] = [];
  if (opensAside(from) && from > 0) parts.push(pieces[from - 1]!);
  else if (from > 1 && (opensAside(from - 1) || (opensWithAuxiliary && betweenCommas(from - 1)))) parts.push(pieces[from - 2]!);
  const own = { start: Math.min(pieces[from]!.start, start), end: Math.max(pieces[to]!.end, end) };
  // `…near Tarn, on Sunday that forced the evacuation…`: a piece opening on a prepositional phrase and then a
  // relative (`that`, `which`) describes a noun of the last piece before it that opens on neither: read after it,
  // without the prepositional phrase.
  const opener = (index: number): string => (text.slice(pieces[index]!.start).match(WORD)?.[0] ?? '').toLowerCase();
  const relative = /\s(?:that|which|who)\s/iu.exec(text.slice(own.start, start));
  if (parts.length === 0 && from > 0 && relative && PREPOSITIONS.has(opener(from))) {
    let main = from - 1;
    while (main > 0 && PREPOSITIONS.has(opener(main))) main--;
    if (!PREPOSITIONS.has(opener(main)) && !opensAside(main)) {
      parts.push(pieces[main]!);
      own.start += relative.index + 1;
    }
  }
  parts.push(own);
  // `…, French authorities said on Monday.`: the clause is an attribution; what was said is the clause before it.
  const saying =
    wordsIn(text, own.start, start) + wordsIn(text, end, own.end) <= 4 &&
    (text.slice(own.start, own.end).match(WORD) ?? []).some(isSpeechVerb);
  // An attribution that opens the sentence (`HP said on Wednesday that it…`) is followed by what was said.
  if (saying && parts.length === 1 && from > 0) parts.push({ ...pieces[from - 1]!, reported: true });
  else if (saying && parts.length === 1 && pieces[to + 1]) parts.push({ ...pieces[to + 1]!, reported: true });
  return parts;
}

/** The sentence cut at clause marks and before clause openers, each piece trimmed of spaces and marks. */
export function clausePieces(text: string): TextSpan[] {
  const cuts: TextSpan[] = [];
  for (const match of text.matchAll(CLAUSE_MARK)) cuts.push({ start: match.index, end: match.index + match[0].length });
  for (const match of text.matchAll(OPENER_WORD)) {
    // Where group 1 starts, without the `d` flag's index arrays (a third of the pattern's cost): after the
    // leading `'’.,-`, which hold no letter, so the word's first occurrence in the match is the group.
    const start = match.index + match[0].indexOf(match[1]!);
    const end = start + match[1]!.length;
    const word = match[1]!.toLowerCase();
    if (start === 0 || !CLAUSE_OPENERS.has(word)) continue;
    if (word === 'that' && !opensComplement(text.slice(end))) continue;
    cuts.push({ start, end });
  }
  cuts.sort((a, b) => a.start - b.start);
  const pieces: TextSpan[] = [];
  let from = 0;
  for (const cut of cuts) {
    if (cut.start < from) continue;
    pieces.push(trimmed(text, from, cut.start));
    from = cut.end;
  }
  pieces.push(trimmed(text, from, text.length));
  return pieces.filter((piece) => piece.end > piece.start);
}

function trimmed(text: string, start: number, end: number): TextSpan {
  while (start < end && /[\s.!?…]/u.test(text[start]!)) start++;
  while (end > start && /[\s.!?…]/u.test(text[end - 1]!)) end--;
  return { start, end };
}

function wordsIn(text: string, start: number, end: number): number {
  if (end <= start) return 0;
  const slice = text.slice(start, end);
  // Counted, not collected; `exec` leaves the shared pattern's lastIndex at 0 when it runs out.
  let count = 0;
  while (WORD.exec(slice)) count++;
  return count;
}

/** A stop inside a sentence, or `and`/`but`/`while`/`whereas` joining another clause (`won 49% and is forecast to take 64 seats`). */
const JOINED_CLAUSE_BREAK = /[,;:–—()]|\s(?:and|but|while|whereas)\s/giu;

/**
 * The stretch of `text` around `start`..`end` between the nearest stops or joining words: a coarser
 * cut than `clauseAround`, for reading what one of two joined clauses says (its tense) rather than a phrase to show.
 */
export function joinedClauseAround(text: string, start: number, end: number): TextSpan {
  let from = 0;
  let to = text.length;
  for (const found of text.matchAll(JOINED_CLAUSE_BREAK)) {
    if (found.index + found[0].length <= start) from = found.index + found[0].length;
    else if (found.index >= end) {
      to = found.index;
      break;
    }
  }
  return { start: from, end: to };
}
