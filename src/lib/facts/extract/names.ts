import type { Sentence, Token } from '../../types.ts';
import {
  expandPlaceAcronym,
  hasTag,
  isDemonym,
  isFirstName,
  isHonorific,
  isKnownPerson,
  isKnownWord,
  isLastName,
  isFollowingOrgHead,
  isOrganizationName,
  isOrgHead,
  isPlaceName,
  isCompanyWord,
  isPlaceWord,
  isRoleWord,
} from '../../language/lexicon.ts';
import { withinSlips } from '../../language/edit-distance.ts';
import { TIME_ZONE_OFFSETS } from '../../language/time-zones.ts';
import { describingEnding } from '../../language/stem.ts';
import { nameRuns, type NameRun } from './name-runs.ts';
import { NearTerms } from '../group/spelling-pairs.ts';
import { TITLE_POSTPOSITIVES, TITLE_QUALIFIERS } from '../../language/titles.ts';
import { styleKey } from '../normalize.ts';
import { mentionAt } from '../spans.ts';
import type { RawMention } from '../types.ts';
import { SPEECH_VERBS } from '../words.ts';

export interface NameContext {
  /** Lower-case words of people's names found anywhere in the story (`nduhungirehe`, `trump`). */
  people?: ReadonlySet<string> | undefined;
  /** Lower-case names found to be places anywhere in the story, beyond the lexicon's (`kigali`). */
  places?: ReadonlySet<string> | undefined;
  /** Lower-case first words of organisations' names in the story (`solvane` of `Solvane Semiconductor`): alone, the organisation. */
  organizations?: ReadonlySet<string> | undefined;
}

/** Words that make a capitalised phrase a country or region: `Democratic Republic of Congo`. */
const PLACE_HEADS = new Set(['republic', 'kingdom', 'emirates', 'islands', 'province', 'county', 'state', 'states']);
const ACRONYM = /^(?:\p{Lu}\.?){2,6}$/u;

/** What a run names: fixed by the sentence alone, or depending on the names the whole story gives. */
type RunReading = readonly RawMention[] | ((context: NameContext) => RawMention[]);

/**
 * Each sentence's run readings, worked out once: the story-wide pass and extraction both read every
 * sentence's names, and only the last step of a few runs depends on the story's names.
 */
const readingsBySentence = new WeakMap<Sentence, RunReading[]>();

/** People (with their title or role), places and organisations named in a sentence. */
export function extractNames(sentence: Sentence, context: NameContext = {}): RawMention[] {
  return readNames(sentence, context, true);
}

/**
 * `extractNames` without its story's names, for the story-wide pass that only reads them: the
 * mentions may be shared with the cache, so they must not be changed.
 */
export function sentenceNames(sentence: Sentence): readonly Readonly<RawMention>[] {
  return readNames(sentence, {}, false);
}

function readNames(sentence: Sentence, context: NameContext, fresh: boolean): RawMention[] {
  const mentions: RawMention[] = [];
  const runs = nameRuns(sentence);
  let readings = readingsBySentence.get(sentence);
  if (!readings) readingsBySentence.set(sentence, (readings = runs.map((run) => readRun(sentence, run))));
  for (const [index, run] of runs.entries()) {
    const reading = readings[index]!;
    const found = typeof reading === 'function' ? reading(context) : fresh ? reading.map((mention) => ({ ...mention })) : [...reading];
    if (found.length === 0 && run.tokens.length === 1 && besidePlace(sentence, runs, run)) {
      found.push(mentionAt(sentence, 'place', run, styleKey(run.tokens[0]!.text), { name: sentence.text.slice(run.at, run.end) }));
    }
    for (const mention of found) {
      // An organisation's bracketed acronym (`UN refugee agency (UNHCR)`) is part of its mention already.
      const inside = mentions.some((other) => mention.at >= other.at && mention.at < other.at + other.text.length);
      if (!inside) mentions.push(mention);
    }
  }
  return mentions;
}

/** `Kigali-London deal`: an unknown name hyphenated to a known place is a place too. */
function besidePlace(sentence: Sentence, runs: readonly NameRun[], run: NameRun): boolean {
  const text = sentence.text;
  const isPlaceRun = (other: NameRun | undefined): boolean =>
    other !== undefined && placeKey(text.slice(other.at, other.end)) !== undefined;
  const after = runs.find((other) => other.at === run.end + 1 && text[run.end] === '-');
  const before = runs.find((other) => other.end === run.at - 1 && text[run.at - 1] === '-');
  // The compound must qualify a noun (`Kigali-London deal`); `Météo-France said` is one name.
  const compoundEnd = after?.end ?? run.end;
  const next = /^\s+(\p{Ll}+)/u.exec(text.slice(compoundEnd))?.[1];
  if (!next || SPEECH_VERBS.test(next) || !hasTag(next, 'Singular', 'Plural', 'Noun', 'Uncountable')) return false;
  return isPlaceRun(after) || isPlaceRun(before);
}

/** Splits a run into a leading title or role and the name after it. */
export function splitRole(tokens: readonly Token[]): { role: Token[]; name: Token[] } {
  let last = -1;
  tokens.forEach((token, index) => {
    if (isRoleWord(token.text) || isHonorific(token.text)) last = index;
  });
  if (last < 0) {
    // `Fire Chief Julien Moreau`: common capitalised words before a first name are a title, unless each describes (a
    // word opening a sentence, `Tearful Ilse Brannock`, `Embattled …`, says how the person was, not what they are).
    const first = tokens.findIndex((token, index) => index > 0 && isFirstName(token.text) && index < tokens.length - 1);
    const before = tokens.slice(0, first);
    if (first <= 0 || !before.every((token) => !isPersonWord(token.text) && placeKey(token.text) === undefined))
      return { role: [], name: [...tokens] };
    return { role: before.every((token) => describes(token.text)) ? [] : before, name: tokens.slice(first) };
  }
  let end = last + 1;
  // `Attorney General Ana Ruiz`: a word that ends a title after its head is the title's, not the name's.
  while (end < tokens.length - 1 && TITLE_POSTPOSITIVES.has(tokens[end]!.text.toLowerCase())) end++;
  if (tokens[end]?.text.toLowerCase() === 'of') {
    end++;
    while (end < tokens.length && isKnownWord(tokens[end]!.text) && !isPersonWord(tokens[end]!.text)) end++;
    const rest = tokens.slice(end);
    if (rest.length === 1 && /s$/u.test(rest[0]!.text) && !isPersonWord(rest[0]!.text)) end++;
  }
  return { role: tokens.slice(0, end), name: tokens.slice(end) };
}

/** A describing word by its ending (language's `describingEnding`: `tearful`, `embattled`), never a noun or a role the lexicon knows. */
function describes(word: string): boolean {
  return describingEnding(word) && !hasTag(word, 'Singular', 'Plural', 'Noun', 'Uncountable', 'Actor');
}

function isPersonWord(word: string): boolean {
  return isFirstName(word) || isLastName(word) || hasTag(word, 'Person');
}

/**
 * A name shaped like an organisation's whatever words it holds: a head noun before `of` (`Carey
 * School of Business`, `Bank of America`) or a company word inside it (`Solvane Semiconductor Fab`).
 */
function organizationShaped(tokens: readonly Token[]): boolean {
  const words = tokens.map((token) => token.text.replace(/['’]s$/u, ''));
  const of = words.findIndex((word, index) => index > 0 && word.toLowerCase() === 'of');
  if (of > 0 && isOrgHead(words[of - 1]!) && !isRoleWord(words[of - 1]!)) return true;
  return words.slice(1, -1).some(isCompanyWord);
}

function readRun(sentence: Sentence, run: NameRun): RunReading {
  if (organizationShaped(run.tokens)) {
    const whole = { at: run.at, end: run.end };
    const first = run.tokens.findIndex((token) => !/^(?:\p{Lu}\.){1,3}$/u.test(token.text));
    const span = first > 0 && run.tokens.length - first >= 2 ? { at: run.tokens[first]!.at, end: run.end } : whole;
    const text = sentence.text.slice(span.at, span.end);
    return [mentionAt(sentence, 'organization', span, organizationKey(text), { name: text })];
  }
  const { role, name } = splitRole(run.tokens);
  const places = (): RawMention[] =>
    role
      .filter((token) => placeKey(token.text) !== undefined)
      .map((token) =>
        mentionAt(sentence, 'place', { at: token.at, end: token.at + token.text.replace(/['’]s$/u, '').length }, placeKey(token.text)!, {
          name: token.text,
        }),
      );
  if (name.length === 0) return places();
  const span = { at: name[0]!.at, end: run.end };
  const text = sentence.text.slice(span.at, span.end);
  const roleText =
    role.length > 0 ? qualified(sentence, run) + sentence.text.slice(role[0]!.at, role.at(-1)!.at + role.at(-1)!.text.length) : undefined;
  const named = (kind: Kind): RawMention[] => {
    const mentions = places();
    if (kind === 'person') {
      mentions.push(mentionAt(sentence, 'person', span, personKey(text), { name: text, ...(roleText ? { role: roleText } : {}) }));
    } else if (kind === 'place') {
      mentions.push(mentionAt(sentence, 'place', span, placeKey(text) ?? styleKey(text), { name: text }));
    } else if (kind === 'organization') {
      const extended = organizationSpan(sentence, run, span);
      const orgText = sentence.text.slice(extended.at, extended.end);
      mentions.push(mentionAt(sentence, 'organization', extended, organizationKey(orgText), { name: orgText }));
    }
    return mentions;
  };
  const kind = role.length > 0 ? 'person' : kindOf(sentence, run, name, text);
  return typeof kind === 'function' ? (context) => named(kind(context)) : named(kind);
}

type Kind = RawMention['kind'] | undefined;

/** `former U.S. President Dale Hoskins`: a lower-case qualifier right before a titled name belongs to the title. */
function qualified(sentence: Sentence, run: NameRun): string {
  const word = /(?:^|\s)(\p{Ll}+)\s+$/u.exec(sentence.text.slice(Math.max(0, run.at - 20), run.at))?.[1];
  return word && TITLE_QUALIFIERS.has(word) ? `${word} ` : '';
}

/** The kind of a name without a title; a function of the story's names when the sentence alone cannot tell. */
function kindOf(sentence: Sentence, run: NameRun, name: readonly Token[], text: string): Kind | ((context: NameContext) => Kind) {
  const lower = text.toLowerCase();
  const words = name.map((token) => token.text.replace(/['’]s$/u, ''));
  // A time zone (`GMT`, `ET` in `1500 GMT`, `11 p.m. ET`) names a clock, no organisation or place.
  if (words.length === 1 && Object.hasOwn(TIME_ZONE_OFFSETS, words[0]!)) return undefined;
  if (followingOrgWords(sentence, run) > 0) return 'organization';
  if (isOrganizationName(lower)) return 'organization';
  if (placeKey(text) !== undefined) return 'place';
  const head = words.at(-1)!.toLowerCase();
  const isHead = isOrgHead;
  // A head noun alone (`TV` in `state TV`) names no organisation.
  if (words.length === 1 && isHead(head)) return undefined;
  if (ACRONYM.test(text)) return 'organization';
  if (isHead(head) || (words.length > 2 && isHead(words[0]!))) return 'organization';
  if (words.some((word) => PLACE_HEADS.has(word.toLowerCase())) || (words.length > 1 && isPlaceWord(head))) return 'place';
  const speaks = SPEECH_VERBS.test(nextWord(sentence, run) ?? '');
  if (words.length >= 2) {
    if (isFirstName(words[0]!) || isLastName(words.at(-1)!) || isKnownPerson(lower) || speaks) return 'person';
    return (context) => (words.some((word) => context.people?.has(word.toLowerCase())) ? 'person' : undefined);
  }
  const word = words[0]!;
  const lowerWord = word.toLowerCase();
  // The last word of a capture cut off mid-sentence may be cut itself (`Sarkoz`): never a slip of a name.
  const cut = run.end >= sentence.text.trimEnd().length && !/[.!?…"”’)\]]\s*$/u.test(sentence.text);
  return (context) => {
    if (context.places?.has(lowerWord)) return 'place';
    if (context.organizations?.has(lowerWord) && !isFirstName(word) && !isLastName(word)) return 'organization';
    if (isDemonym(word)) return undefined;
    if (context.people?.has(lowerWord) || isLastName(word) || speaks) return 'person';
    // `Mubenda` where the story names `Jacob Mudenda`: a word no lexicon knows, a slip of a person's name, is that person misspelt.
    if (!cut && context.people && slipOfPerson(context.people, lowerWord) && !isKnownWord(word)) return 'person';
    return undefined;
  };
}

/** Least length of a lone word taken for a slip of a person's name (as `similarWords` in grouping). */
const SLIP_LENGTH = 6;
const peopleIndex = new WeakMap<ReadonlySet<string>, { words: string[]; near: NearTerms }>();

/** The word is one slip (two from ten letters) from a word of a person's name the story gives. */
function slipOfPerson(people: ReadonlySet<string>, word: string): boolean {
  if (word.length < SLIP_LENGTH || !/^\p{L}+$/u.test(word)) return false;
  let index = peopleIndex.get(people);
  if (!index) {
    const words = [...people].filter((person) => person.length >= SLIP_LENGTH && /^\p{L}+$/u.test(person));
    index = { words, near: new NearTerms(words.map((term, owner) => ({ owner, term }))) };
    peopleIndex.set(people, index);
  }
  for (const owner of index.near.candidates(word)) if (withinSlips(index.words[owner]!, word)) return true;
  return false;
}

/** Canonical key of a place name, when it is one: `US`, `U.S.` and `United States` share one. */
export function placeKey(text: string): string | undefined {
  const bare = text.replace(/['’]s$/u, '').replace(/^the\s+/iu, '');
  if (ACRONYM.test(bare)) {
    const expanded = expandPlaceAcronym(bare);
    return expanded ?? (isPlaceName(bare.replace(/\./gu, '')) ? styleKey(bare) : undefined);
  }
  return isPlaceName(bare) && !hasTag(bare, 'FirstName', 'MaleName', 'FemaleName') ? styleKey(bare) : undefined;
}

export function personKey(text: string): string {
  return styleKey(text);
}

export function organizationKey(text: string): string {
  const alias = /\((\p{Lu}{2,})\)\s*$/u.exec(text);
  return styleKey(alias ? alias[1]! : text.replace(/^the\s+/iu, ''));
}

/** The word right after a run, past `has`/`also`; none when punctuation comes first. */
function nextWord(sentence: Sentence, run: NameRun): string | undefined {
  const following = sentence.tokens.filter((token) => token.at >= run.end);
  if (following[0] && !following[0].word && !/^['’]s?$/u.test(following[0].text)) return undefined;
  const after = following.filter((token) => token.word);
  const first = after[0]?.text.toLowerCase();
  if ((first === 'has' || first === 'had' || first === 'also') && after[1]) return after[1].text.toLowerCase();
  return first;
}

/** `Trump administration`, `UN refugee agency`: lower-case words up to an organisation head noun. */
function followingOrgWords(sentence: Sentence, run: NameRun): number {
  if (run.possessive) return 0;
  const after = sentence.tokens.filter((token) => token.at >= run.end).slice(0, 2);
  for (let i = 0; i < after.length; i++) {
    const token = after[i]!;
    if (!token.word || /^\p{Lu}/u.test(token.text)) return 0;
    if (isFollowingOrgHead(token.text)) return i + 1;
  }
  return 0;
}

function organizationSpan(sentence: Sentence, run: NameRun, span: { at: number; end: number }): { at: number; end: number } {
  const count = followingOrgWords(sentence, run);
  const after = sentence.tokens.filter((token) => token.at >= run.end);
  let end = span.end;
  if (count > 0) end = after[count - 1]!.at + after[count - 1]!.text.length;
  const alias = /^\s*\((\p{Lu}{2,})\)/u.exec(sentence.text.slice(end));
  if (alias) end += alias[0].length;
  return { at: span.at, end };
}
