/**
 * Claim flags: a change of wording between two aligned sentences (found by claims/), kept as a flag
 * only where it changes what is claimed. `contradiction` reads two aligned sentences for one version
 * stating what another says is not known (`it is not clear how many staff were on site` / `410 staff were
 * on site`: two or more words of the unknown thing stated in the other sentence, which itself says nothing
 * is known or looked into); likely. `claimRule` decides which rule a change falls under:
 * - negation (negation.ts), hedge (hedge.ts): likely.
 * - willingness (`open to`) on one side against the other stating the thing done; likely.
 * - modal: only a change of certainty (`could`, `may`, `might`, `can`); `will` / `would` is tense; possible.
 * - legal status: a word of language's closed class (`custody`, `arrested`, `charged`, `bail`) changed on
 *   one side, the other sentence naming none anywhere, and neither cut off; likely.
 * - reporting verb (`said` / `admitted`), the verb swapped with no other word changed beside it: possible.
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
import { INQUIRY_WORDS, UNCERTAINTY_PHRASES } from '../../language/certainty.ts';
import { roleStem } from '../../language/titles.ts';
import { NUMBER_WORDS } from '../../language/number-words.ts';
import { hasTag, lemma } from '../../language/lexicon.ts';
import { stem, styleKey } from '../normalize.ts';
import { isStopword, LOADED_REPORTING_VERBS, MODALS, SPEECH_VERBS } from '../words.ts';
import { hedgeChanged } from './hedge.ts';
import { negationFlipped } from './negation.ts';
import { eitherWay, punctuationBetween, sideOf, wordsIn, type PairWord } from './pairs.ts';
import type { ClaimChange, FlagConfidence, FlagRule } from './types.ts';

export type { ClaimChange } from './types.ts';

/** Most wording changes between two versions for each to stand as a possible claim. */
export const FEW_WORDING_CHANGES = 3;

const CERTAINTY_MODALS = new Set(['may', 'might', 'could', 'can', 'cannot']);

/** The rule and confidence of one change, or undefined when it is no claim. `wordingChanges`: how many the two versions' pair has. */
export function claimRule(change: ClaimChange, wordingChanges: number): { rule: FlagRule; confidence: FlagConfidence } | undefined {
  if (tooLong(change)) return undefined;
  switch (change.reason) {
    case 'negation':
      return negationFlipped(change) ? { rule: 'negation', confidence: 'likely' } : undefined;
    case 'hedge':
      // `a debate about` / `a debate on`: a word that hedges only a figure, with none after it, is wording.
      return hedgeChanged(change) ? { rule: 'hedge', confidence: 'likely' } : undefined;
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
      // The same verb in another form (`and denied Halloran` / `denying Halloran`) reports nothing differently; a
      // quotation one version gives bare (`“I will always be sorry.”` / `she admitted: “I will…”`) swaps no verb.
      // A verb of saying changed amid other rewording (`said: “I accept that I cannot` / `acknowledged that`, `as she
      // insisted that the span was safe` / `she said the span would hold`) is a rewrite's telling, not a verb swapped.
      return loadedVerbs(change.a) === loadedVerbs(change.b) ||
        !reportsSpeech(change.a.sentence) ||
        !reportsSpeech(change.b.sentence) ||
        !verbAlone(change)
        ? undefined
        : { rule: 'reporting verb', confidence: 'possible' };
    // Found by a rule of its own on the two sentences (compare/index.ts, `sentenceChanges`).
    case 'scope':
      return { rule: 'scope', confidence: 'likely' };
    case 'attribution':
      return { rule: 'attribution', confidence: 'likely' };
    case 'claim':
      return { rule: 'claim', confidence: 'likely' };
    case 'modal':
      return certainty(change.a) !== certainty(change.b) ? { rule: 'modal', confidence: 'possible' } : undefined;
    default:
      return wordingChanges <= FEW_WORDING_CHANGES && change.changed && changesClaim(change.changed)
        ? { rule: 'wording', confidence: 'possible' }
        : undefined;
  }
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

/** The sentence has a verb of saying (`said`, `admitted`, `insisted`). */
function reportsSpeech(sentence: Sentence): boolean {
  return (sentence.text.toLowerCase().match(/\p{L}+/gu) ?? []).some((word) => SPEECH_VERBS.test(word) || LOADED_REPORTING_VERBS.has(word));
}

/**
 * Each side of a change holds at most one word the other lacks that is neither a stop word nor a name (`Moreau said
 * the fire` / `Morreau admitted the fire`: a name spelled two ways is a spelling flag of its own): the verb swapped, alone.
 */
function verbAlone(change: ClaimChange): boolean {
  const words = (side: ClaimChange['a']) =>
    side.sentence.tokens.filter((token) => token.word && token.at >= side.at && token.at < side.end && !/^\p{Lu}/u.test(token.text));
  const a = words(change.a).map((token) => styleKey(token.norm));
  const b = words(change.b).map((token) => styleKey(token.norm));
  const own = (mine: string[], theirs: string[]): number => mine.filter((word) => !isStopword(word) && !theirs.includes(word)).length;
  return own(a, b) <= 1 && own(b, a) <= 1;
}

/** The loaded reporting verbs of one side of a change, by lemma. */
function loadedVerbs(side: ClaimChange['a']): string {
  return [
    ...new Set(
      wordsIn(side)
        .map((word) => lemma(word))
        .filter((word) => LOADED_REPORTING_VERBS.has(word)),
    ),
  ]
    .sort()
    .join(' ');
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
  if (stem(lemma(a)) === stem(lemma(b)) || a.slice(0, 2) !== b.slice(0, 2) || oneRole(a, b)) return false;
  const longer = Math.max(a.length, b.length);
  return longer >= 5 && editDistance(a, b, 3) <= Math.min(3, Math.floor(longer * 0.35));
}

/** One role in its forms for a man, a woman or anyone (`spokesman` / `spokeswoman`, `chairman` / `chairperson`). */
function oneRole(a: string, b: string): boolean {
  return roleStem(a) !== a && roleStem(a) === roleStem(b);
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

function certainty(side: ClaimChange['a']): string {
  const words = side.sentence.tokens
    .filter((token) => token.word && token.at >= side.at && token.at < side.end)
    .map((token) => styleKey(token.norm))
    .filter((word) => CERTAINTY_MODALS.has(word));
  return [...new Set(words)].sort().join(' ');
}

/** Words opening the question a thing is unknown of. */
const QUESTION_WORDS = new Set(['how', 'what', 'whether', 'which', 'who', 'whom', 'whose', 'when', 'where', 'why', 'if']);
/** Questions of a count. */
const COUNT_QUESTIONS = new Set([
  'how many',
  'how much',
  'what portion',
  'what proportion',
  'what share',
  'what number',
  'what percentage',
]);

/** Least words of the unknown thing the stating sentence must give (`how many were inside` / `were inside during the collapse`). */
const STATED_WORDS = 2;

/** One version stating what another says is not known, or none. */
export function contradiction(a: Sentence, b: Sentence): ClaimChange | undefined {
  return eitherWay(a, b, unknownAndStated);
}

/** Where a phrase of `UNCERTAINTY_PHRASES` starts and ends in the words, or undefined. */
function uncertainty(words: readonly PairWord[]): [number, number] | undefined {
  for (let i = 0; i < words.length; i++) {
    const phrases = UNCERTAINTY_BY_FIRST_WORD.get(words[i]!.key);
    if (phrases) for (const phrase of phrases) if (phrase.every((part, k) => words[i + k]?.key === part)) return [i, i + phrase.length - 1];
  }
  return undefined;
}

/** `UNCERTAINTY_PHRASES` by their first word, each list in the order of the phrases: most words open none. */
const UNCERTAINTY_BY_FIRST_WORD = new Map<string, (readonly string[])[]>();
for (const phrase of UNCERTAINTY_PHRASES)
  UNCERTAINTY_BY_FIRST_WORD.set(phrase[0]!, [...(UNCERTAINTY_BY_FIRST_WORD.get(phrase[0]!) ?? []), phrase]);

/** `unknown` says a thing is not known (`not clear how many staff were on site`); `stated` gives it, and no doubt of it. */
function unknownAndStated(
  unknown: Sentence,
  wordsU: readonly PairWord[],
  stated: Sentence,
  wordsS: readonly PairWord[],
): ClaimChange | undefined {
  const marker = uncertainty(wordsU);
  if (!marker || uncertainty(wordsS) || wordsS.some((word) => INQUIRY_WORDS.has(word.key))) return undefined;
  // Said of a question (`not clear how many staff were on site`, `whether`), not of a thing (`an uncertain outlook`).
  const question = wordsU[marker[1] + 1]?.key ?? '';
  if (!QUESTION_WORDS.has(question)) return undefined;
  // The unknown thing: the clause after the marker, less the words the sentence gives before it (its topic).
  let end = marker[1];
  while (end + 1 < wordsU.length && !punctuationBetween(unknown, wordsU[end]!, wordsU[end + 1]!)) end++;
  const topic = new Set(wordsU.slice(0, marker[0]).map((word) => word.stem));
  const thing = new Set(
    wordsU
      .slice(marker[1] + 1, end + 1)
      // Names are what the sentence is about, not what it says is unknown (`unclear how Acme plans to…`).
      .filter((word) => !isStopword(word.key) && !topic.has(word.stem) && !/^\p{Lu}/u.test(word.token.text))
      .map((word) => word.stem),
  );
  const shared = wordsS.map((word, index) => [word, index] as const).filter(([word]) => thing.has(word.stem));
  if (new Set(shared.map(([word]) => word.stem)).size < STATED_WORDS) return undefined;
  const first = shared[0]![1];
  const last = shared.at(-1)![1];
  if (last - first > MOST_WORDS) return undefined;
  // A count said to be unknown (`how many`, `what portion`) is stated only with a figure.
  const counting = COUNT_QUESTIONS.has(`${question} ${wordsU[marker[1] + 2]?.key ?? ''}`);
  if (counting && !wordsS.some((word) => /\p{N}/u.test(word.key) || Object.hasOwn(NUMBER_WORDS, word.key))) return undefined;
  return {
    reason: 'claim',
    a: sideOf(unknown, wordsU, marker[0], end),
    b: sideOf(stated, wordsS, first, last),
    note: 'one version says it is not known, another states it',
  };
}
