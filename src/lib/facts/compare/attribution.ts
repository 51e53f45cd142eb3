/**
 * Attribution flags. Of a quotation: one quotation given to two different named people, only when the two
 * mentions are the same words (three content words or more, Dice ≥ 0.6): a short phrase inside a longer
 * quote (`“corruption pact”`) is often the court's or a prosecutor's phrase that several people repeat, not
 * evidence of who said it. Speakers differ only when their names clearly do (a slipped letter is a spelling
 * matter). Of an action (`actorChange`): two aligned sentences telling one act (the same verb on the same
 * thing: `shut the bank`) done by two named actors, neither of whom the other sentence names at all.
 */
import { editDistance } from '../../language/edit-distance.ts';
import { compareCodeUnits } from '../../language/code-units.ts';
import { namesMatch } from '../group/group.ts';
import { styleKey } from '../normalize.ts';
import { isSpeechVerb } from '../../language/speech-verbs.ts';
import type { Sentence } from '../../types.ts';
import { hasTag, isKnownWord, lemma } from '../../language/lexicon.ts';
import type { StoryContext } from '../story-context.ts';
import type { RawMention } from '../types.ts';
import { isStopword } from '../words.ts';
import { evidenceOf, pairWords, punctuationBetween, sideOf, type PairWord } from './pairs.ts';
import type { ClaimChange, FlagVerdict } from './types.ts';
import { LIKELY_LINK } from './value.ts';

/** Least content words two quotations share, and the least share of them (Dice), to be one quotation said by two people. */
const SAME_WORDS = 3;
const SAME_SHARE = 0.6;

/**
 * The attribution flag of two mentions of one quote (`left`, `right`: their content stems), or none:
 * both name a speaker, the two are not one person, and the words are the same quotation.
 */
export function attributionFlag(
  a: RawMention,
  b: RawMention,
  left: ReadonlySet<string>,
  right: ReadonlySet<string>,
  groups: readonly SpeakerGroup[],
  context: StoryContext,
): FlagVerdict | undefined {
  if (!a.speaker || !b.speaker || !isNamed(a.speaker) || !isNamed(b.speaker) || speakersMatch(a.speaker, b.speaker)) return undefined;
  // A sentence naming the other's speaker too (`Omar Al-Haddad` read as `Omar Al`) is no evidence of another person.
  if (namesIn(a.speaker, context.sentence(b.sentence)) || namesIn(b.speaker, context.sentence(a.sentence))) return undefined;
  const shared = [...left].filter((word) => right.has(word)).length;
  if (shared < SAME_WORDS || (2 * shared) / Math.max(1, left.size + right.size) < SAME_SHARE) return undefined;
  return {
    disagreement: true,
    // A speaker read for a quotation without its closing mark is less sure.
    confidence: a.unclosed || b.unclosed ? 'possible' : 'likely',
    evidence: { ...evidenceOf('attribution', a.text, a, b, context), values: [a.speaker, b.speaker] },
    note: `attributed to ${groups.map((group) => `${group.speaker} (${group.versions.join(', ')})`).join(' and to ')}`,
  };
}

/** Every word of a speaker's name stands in the sentence (a hyphenated name's parts counted as words). */
function namesIn(speaker: string, sentence: Sentence | undefined): boolean {
  if (!sentence) return false;
  const words = new Set(styleKey(sentence.text.replace(/[-‐‑]/gu, ' ')).split(' '));
  return styleKey(speaker)
    .split(' ')
    .every((word) => words.has(word));
}

/** One speaker a quote is attributed to, spelled as its fullest telling, and the versions naming them. */
export interface SpeakerGroup {
  speaker: string;
  versions: string[];
}

/**
 * The named speakers a quote's mentions give, one per person (`Okafor` joins `Sarah Okafor`), most
 * versions first; a version counts once for each person it names, however often it repeats the quote.
 */
export function speakerGroups(mentions: readonly RawMention[]): SpeakerGroup[] {
  const groups: { names: string[]; versions: Set<string>; uses: Map<string, Set<string>> }[] = [];
  for (const mention of [...mentions].sort((a, b) => compareCodeUnits(a.version, b.version) || a.start - b.start)) {
    const speaker = mention.speaker;
    if (!speaker || !isNamed(speaker)) continue;
    const group = groups.find((known) => known.names.some((name) => speakersMatch(name, speaker)));
    if (group) {
      if (!group.names.includes(speaker)) group.names.push(speaker);
      group.versions.add(mention.version);
      group.uses.set(speaker, (group.uses.get(speaker) ?? new Set()).add(mention.version));
    } else groups.push({ names: [speaker], versions: new Set([mention.version]), uses: new Map([[speaker, new Set([mention.version])]]) });
  }
  // The fullest telling, and of equally full ones the spelling most versions give.
  const uses = (group: (typeof groups)[number], name: string): number => group.uses.get(name)?.size ?? 0;
  return groups
    .map((group) => ({
      speaker: [...group.names].sort(
        (a, b) => b.split(/\s+/u).length - a.split(/\s+/u).length || uses(group, b) - uses(group, a) || compareCodeUnits(a, b),
      )[0]!,
      versions: [...group.versions].sort(compareCodeUnits),
    }))
    .sort((a, b) => b.versions.length - a.versions.length || compareCodeUnits(a.speaker, b.speaker));
}

/** Speakers differ only when their names clearly do: a slipped letter is a spelling matter. */
export function speakersMatch(a: string, b: string): boolean {
  if (namesMatch(a, b)) return true;
  const last = (name: string): string => styleKey(name).split(' ').at(-1) ?? '';
  return Math.min(last(a).length, last(b).length) >= 4 && editDistance(last(a), last(b), 1) <= 1;
}

function isNamed(speaker: string): boolean {
  return /^\p{Lu}/u.test(speaker);
}

/** Most words of an actor's name before its verb (`the Tarrow County Board of Harbour Safety`). */
const ACTOR_WORDS = 6;
/** Words after the verb within which the thing acted on stands (`shut the ferry line`). */
const OBJECT_WINDOW = 3;

/**
 * The attribution change of two aligned sentences telling one act of two different named actors
 * (`Harbour Authority closed the port` / `the Coast Guard closed the port`), or none. A speech verb is no
 * act (who said it is the quotation rule's), nor is a passive (`was closed`), whose subject suffers the act.
 */
export function actorChange(a: Sentence, b: Sentence, link: number): ClaimChange | undefined {
  // Two loosely linked sentences may tell two acts (`Vance opened the scoring` / `Norland opened the scoring through Vance`).
  if (link < LIKELY_LINK) return undefined;
  const wordsA = pairWords(a);
  const wordsB = pairWords(b);
  const actsB = acts(b, wordsB);
  if (actsB.length === 0) return undefined;
  const stemsA = new Set(wordsA.map((word) => word.stem));
  const stemsB = new Set(wordsB.map((word) => word.stem));
  for (const left of acts(a, wordsA)) {
    for (const right of actsB) {
      if (left.verb.stem !== right.verb.stem || left.object.stem !== right.object.stem) continue;
      // Two actors sharing no word, neither named anywhere in the other sentence (`the port board, with county inspectors, closed`).
      if (left.actor.some((word) => stemsB.has(word.stem)) || right.actor.some((word) => stemsA.has(word.stem))) continue;
      // One actor written two ways (`Moerck` / `Morck`, `Norland` / `Norlanders`) is a spelling matter, not two actors.
      if (speakersMatch(names(left.actor), names(right.actor)) || sameRoot(left.actor, right.actor)) continue;
      return {
        reason: 'attribution',
        a: sideOf(a, wordsA, left.from, left.to),
        b: sideOf(b, wordsB, right.from, right.to),
        note: `done by different actors: “${left.actor.map((word) => word.token.text).join(' ')}” and “${right.actor
          .map((word) => word.token.text)
          .join(' ')}”`,
      };
    }
  }
  return undefined;
}

function names(words: readonly PairWord[]): string {
  return words.map((word) => word.token.text).join(' ');
}

/** Least letters two words share from their start to be one name's forms (`Norland` / `Norlanders`). */
const ROOT_LETTERS = 5;

function sameRoot(left: readonly PairWord[], right: readonly PairWord[]): boolean {
  return left.some((x) => right.some((y) => x.key.length >= ROOT_LETTERS && x.key.slice(0, ROOT_LETTERS) === y.key.slice(0, ROOT_LETTERS)));
}

interface Act {
  /** The actor's content words, the verb, and the first content word after it. */
  actor: PairWord[];
  verb: PairWord;
  object: PairWord;
  /** The word range the change covers: the actor through the verb. */
  from: number;
  to: number;
}

// Read once a sentence: a sentence of a group of n versions is read against n - 1 others.
const actsMemo = new WeakMap<Sentence, readonly Act[]>();

/** The acts a sentence tells with a named actor right before a past-tense verb (`words`: its `pairWords`). */
function acts(sentence: Sentence, words: readonly PairWord[]): readonly Act[] {
  const known = actsMemo.get(sentence);
  if (known) return known;
  const found = findActs(sentence, words);
  actsMemo.set(sentence, found);
  return found;
}

function findActs(sentence: Sentence, words: readonly PairWord[]): Act[] {
  const found: Act[] = [];
  for (let v = 1; v < words.length - 1; v++) {
    const verb = words[v]!;
    if (!isActVerb(verb)) continue;
    let k = v - 1;
    // One adverb may stand between the actor and its verb (`initially refused`).
    if (/ly$/u.test(words[k]!.key) && k > 0) k--;
    const actor: PairWord[] = [];
    let from = k + 1;
    for (; k >= 0 && actor.length < ACTOR_WORDS; k--) {
      const word = words[k]!;
      if (punctuationBetween(sentence, word, words[k + 1]!)) break;
      const inner = (word.key === 'of' || word.key === 'and') && actor.length > 0 && k > 0 && isCapitalised(words[k - 1]!);
      if (isStopword(word.key) && !inner) break;
      if (!isStopword(word.key)) actor.unshift(word);
      from = k;
    }
    if (!actor.some((word) => isNamedWord(word, word === words[0]))) continue;
    const object = words.slice(v + 1, v + 1 + OBJECT_WINDOW).find((word) => !isStopword(word.key));
    if (!object || punctuationBetween(sentence, verb, object)) continue;
    found.push({ actor, verb, object, from, to: v });
  }
  return found;
}

function isActVerb(word: PairWord): boolean {
  if (isStopword(word.key) || isSpeechVerb(word.key) || /^\p{Lu}/u.test(word.token.text)) return false;
  if (hasTag(word.key, 'Copula', 'Auxiliary', 'Modal')) return false;
  // The lexicon files some past forms as adjectives (`closed`): an `-ed` word with a verb behind it is one too.
  return hasTag(word.key, 'PastTense') || (/ed$/u.test(word.key) && lemma(word.key) !== word.key);
}

function isCapitalised(word: PairWord): boolean {
  return /^\p{Lu}/u.test(word.token.text);
}

/** A capitalised word that names someone: at a sentence's opening, only a word the lexicon does not know as a common word. */
function isNamedWord(word: PairWord, opensSentence: boolean): boolean {
  if (!isCapitalised(word)) return false;
  return !opensSentence || !isKnownWord(word.key) || hasTag(word.key, 'Place', 'Organization', 'Person', 'ProperNoun', 'Country', 'City');
}
