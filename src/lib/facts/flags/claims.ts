/**
 * Claim flags: a change of wording between two aligned sentences, kept as a flag only where it
 * changes what is claimed.
 * - negation: only when the two whole sentences carry a different number of negations (`not under
 *   arrest` moved elsewhere in the other sentence, or `won't` / `not`, is no flip); likely.
 * - hedge, willingness: a hedge (`reportedly`, `probably`) or willingness (`open to`) on one side; likely.
 * - modal: only a change of certainty (`could`, `may`, `might`, `can`); `will` / `would` is tense; possible.
 * - legal status: a word of language's closed class (`custody`, `arrested`, `charged`, `bail`) changed on
 *   one side, the other sentence naming none anywhere, and neither cut off; likely.
 * - reporting verb (`said` / `admitted`): possible.
 * - wording, between copies only, possible, in two shapes: a word swapped for one spelled alike
 *   but meaning something else (`legal changes` / `legal challenges`: a slip that changes the claim),
 *   or a verb put in front of the verb both sides go on with (`could face being deported` /
 *   `could be deported`). Synonyms (`company` / `corporate`, `in` / `within`, `expects to cut` /
 *   `plans to eliminate`), a word dropped (`restructuring plan` / `restructuring`) and a copy reworded
 *   throughout are a rewrite's style, not claims; and only when the two versions differ in few places.
 */
import type { Sentence } from '../../types.ts';
import { editDistance } from '../../language/edit-distance.ts';
import { LEGAL_STATUS_WORDS } from '../../language/legal-status.ts';
import { NUMBER_WORDS, SCALE_WORDS } from '../../language/number-words.ts';
import { hasTag, lemma } from '../lexicon.ts';
import { stem, styleKey } from '../normalize.ts';
import { FIGURE_HEDGES, HEDGES, isStopword, MODALS, NEGATIONS, SPEECH_VERBS } from '../words.ts';
import type { FlagConfidence, FlagRule } from './types.ts';

/** Most wording changes between two versions for each to stand as a possible claim. */
export const FEW_WORDING_CHANGES = 3;

const CERTAINTY_MODALS = new Set(['may', 'might', 'could', 'can', 'cannot']);

export interface ClaimChange {
  reason: string;
  changed?: { a: string[]; b: string[]; next?: string | undefined; previous?: string | undefined } | undefined;
  a: { sentence: Sentence; at: number; end: number };
  b: { sentence: Sentence; at: number; end: number };
}

/** The rule and confidence of one change, or undefined when it is no claim. `wordingChanges`: how many the two versions' pair has. */
export function claimRule(change: ClaimChange, wordingChanges: number): { rule: FlagRule; confidence: FlagConfidence } | undefined {
  if (tooLong(change)) return undefined;
  switch (change.reason) {
    case 'negation':
      return negations(change.a.sentence) !== negations(change.b.sentence) && negatesShared(change)
        ? { rule: 'negation', confidence: 'likely' }
        : undefined;
    case 'hedge':
      // `a debate about` / `a debate on`: a word that hedges only a figure, with none after it, is wording.
      return hedgesIn(change.a) !== hedgesIn(change.b) ? { rule: 'hedge', confidence: 'likely' } : undefined;
    case 'legal status':
      // `hold the skipper in custody and question him` / `question him`: one side says the person is held, charged or
      // freed, and the other says nothing of it anywhere (`found guilty` / `convicted` is one status), nor is cut off.
      return statusIn(change.a.sentence) !== statusIn(change.b.sentence) && !cutOff(change.a) && !cutOff(change.b)
        ? { rule: 'legal status', confidence: 'likely' }
        : undefined;
    case 'willingness':
      // `have taken in` / `open to taking in`: done against willing. Both willing (`would appeal` / `plans to appeal`) is no change.
      return statesDone(change.a) || statesDone(change.b) ? { rule: 'willingness', confidence: 'likely' } : undefined;
    case 'reporting verb':
      return { rule: 'reporting verb', confidence: 'possible' };
    case 'modal':
      return certainty(change.a) !== certainty(change.b) ? { rule: 'modal', confidence: 'possible' } : undefined;
    default:
      return wordingChanges <= FEW_WORDING_CHANGES && change.changed && changesClaim(change.changed)
        ? { rule: 'wording', confidence: 'possible' }
        : undefined;
  }
}

/** The hedges in one side of a change; one that hedges only a figure (`about`, `some`) counts only right before one. */
function hedgesIn(side: ClaimChange['a']): number {
  const words = side.sentence.tokens.filter((token) => token.word);
  let count = 0;
  words.forEach((token, i) => {
    const key = styleKey(token.norm);
    if (token.at < side.at || token.at >= side.end || !HEDGES.has(key)) return;
    if (FIGURE_HEDGES.has(key) && !isFigure(words[i + 1]?.norm)) return;
    count++;
  });
  return count;
}

function isFigure(word: string | undefined): boolean {
  return (
    word !== undefined &&
    (/^\p{N}/u.test(word) || Object.hasOwn(NUMBER_WORDS, word) || Object.hasOwn(SCALE_WORDS, word) || word === 'half' || word === 'dozen')
  );
}

/** The sentence says where someone stands with the law (a word of language's legal-status class). */
function statusIn(sentence: Sentence): boolean {
  return (sentence.text.toLowerCase().match(/\p{L}+/gu) ?? []).some((word) => LEGAL_STATUS_WORDS.has(word));
}

/** A change that runs to the end of a sentence with no closing punctuation: a capture cut off, which cannot show what follows. */
function cutOff(side: ClaimChange['a']): boolean {
  const rest = side.sentence.text.slice(side.end);
  return /^[\s\p{L}\p{N}]*$/u.test(rest) && !/[.!?…"”’)]\s*$/u.test(side.sentence.text);
}

/** A slip-like swap of one content word, or a verb added before the verb both sides share. */
function changesClaim(changed: NonNullable<ClaimChange['changed']>): boolean {
  const a = changed.a.filter((word) => !isStopword(word));
  const b = changed.b.filter((word) => !isStopword(word));
  if (a.length === 1 && b.length === 1) return spelledAlike(a[0]!, b[0]!);
  const [added, other] = a.length > 0 ? [a, b] : [b, a];
  if (other.length > 0 || added.length !== 1 || !changed.next || !changed.previous) return false;
  // Between a modal both sides give and the verb both go on with: `could [face being] deported`.
  return MODALS.has(changed.previous) && !SPEECH_VERBS.test(added[0]!) && !isStopword(changed.next) && isVerb(changed.next);
}

/** `changes` / `challenges`: the same opening, a few letters apart, different words. */
function spelledAlike(a: string, b: string): boolean {
  if (stem(lemma(a)) === stem(lemma(b)) || a.slice(0, 2) !== b.slice(0, 2)) return false;
  const longer = Math.max(a.length, b.length);
  return longer >= 5 && editDistance(a, b, 3) <= Math.min(3, Math.floor(longer * 0.35));
}

function isVerb(word: string): boolean {
  return (
    hasTag(word, 'Infinitive', 'PastTense', 'PresentTense', 'Participle', 'Gerund', 'Verb') && !hasTag(word, 'Copula', 'Auxiliary', 'Modal')
  );
}

/** A claim change is local: a side longer than this (a page's junk glued to a sentence) is no claim. */
const MOST_WORDS = 20;

export function tooLong(change: ClaimChange): boolean {
  return wordsIn(change.a).length > MOST_WORDS || wordsIn(change.b).length > MOST_WORDS;
}

function wordsIn(side: ClaimChange['a']): string[] {
  return side.sentence.tokens
    .filter((token) => token.word && token.at >= side.at && token.at < side.end)
    .map((token) => styleKey(token.norm));
}

/** The word a negation bears on (the next content word) stands in the other sentence too: `not yet under control` / `under control`. */
function negatesShared(change: ClaimChange): boolean {
  for (const [side, other] of [
    [change.a, change.b.sentence],
    [change.b, change.a.sentence],
  ] as const) {
    const words = wordsIn(side);
    const otherStems = new Set(other.tokens.filter((token) => token.word).map((token) => stem(lemma(styleKey(token.norm)))));
    for (let i = 0; i < words.length; i++) {
      if (!NEGATIONS.has(words[i]!) && !/n['’]t$/u.test(words[i]!)) continue;
      const next = words.slice(i + 1, i + 4).find((word) => !isStopword(word));
      if (next && otherStems.has(stem(lemma(next)))) return true;
    }
  }
  return false;
}

/** A side with no modal and no `to` before its verb: it tells what was done, not what someone would or will do. */
function statesDone(side: ClaimChange['a']): boolean {
  const words = wordsIn(side);
  return !words.some((word) => MODALS.has(word) || word === 'to' || STANCE.has(word));
}

const STANCE = new Set([
  'open',
  'openness',
  'willing',
  'willingness',
  'ready',
  'considering',
  'intends',
  'plans',
  'pledged',
  'vowed',
  'promised',
]);

/**
 * Negations of a sentence, counting verbs that say no (`declined to impose any punishment` says what
 * `to no punishment` says).
 */
function negations(sentence: Sentence): number {
  let count = 0;
  for (const token of sentence.tokens) {
    if (!token.word) continue;
    const word = styleKey(token.norm);
    if (NEGATIONS.has(word) || /n['’]t$/iu.test(token.text) || NEGATIVE_VERB.test(word)) count++;
  }
  return count;
}

const NEGATIVE_VERB = /^(?:declin|refus|reject|fail)(?:e|es|ed|ing|s)?$/u;

function certainty(side: ClaimChange['a']): string {
  const words = side.sentence.tokens
    .filter((token) => token.word && token.at >= side.at && token.at < side.end)
    .map((token) => styleKey(token.norm))
    .filter((word) => CERTAINTY_MODALS.has(word));
  return [...new Set(words)].sort().join(' ');
}
