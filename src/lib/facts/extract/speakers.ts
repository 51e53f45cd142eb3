import type { Sentence, Token } from '../../types.ts';
import type { RawMention } from '../types.ts';
import { isHonorific, isRoleWord } from '../../language/lexicon.ts';
import { isStopword, SPEECH_VERBS } from '../words.ts';

export interface SpeakerContext {
  /** Person mentions of the sentence. */
  persons: readonly RawMention[];
  /** The most recent person named earlier in the version, for `he said`. */
  lastPerson?: string | undefined;
}

const PRONOUNS = /^(?:he|she)$/iu;
/** Words between a subject and its speech verb: `Rubio has also said`. */
const AUXILIARY = /^(?:has|had|have|also|then|later|once|again|previously|earlier|reportedly|\p{L}+ly)$/iu;
const DETERMINERS = /^(?:a|an|the|one|another)$/iu;

/**
 * Who a quotation is attributed to in its sentence: the subject of the speech verb nearest the
 * quotation (`“…,” he said`, `Rubio said that … “…”`, `“…”, the minister has said`), or the one
 * person the sentence names before the quotation. `he`/`she` become the person last named.
 */
export function findSpeaker(sentence: Sentence, quote: { at: number; end: number }, context: SpeakerContext): string | undefined {
  const tokens = sentence.tokens;
  const verbs = tokens.map((token, index) => ({ token, index })).filter(({ token }) => SPEECH_VERBS.test(token.text.toLowerCase()));
  const after = verbs.filter(({ token }) => token.at >= quote.end);
  const before = verbs.filter(({ token }) => token.at < quote.at);
  const ordered = [...after.filter(({ token }) => wordsBetween(tokens, quote.end, token.at) <= 2), ...before.reverse(), ...after];
  for (const { index } of ordered) {
    const speaker = subjectOf(sentence, index, quote, context) ?? invertedSubject(sentence, index, context);
    if (speaker) return speaker;
  }
  const named = context.persons.filter((person) => person.at < quote.at);
  return named.length === 1 ? named[0]!.name : undefined;
}

function wordsBetween(tokens: readonly Token[], from: number, to: number): number {
  return tokens.filter((token) => token.word && token.at >= from && token.at < to).length;
}

/** The subject written before the verb, skipping auxiliaries and a comma-enclosed apposition. */
function subjectOf(sentence: Sentence, verbIndex: number, quote: { at: number; end: number }, context: SpeakerContext): string | undefined {
  const tokens = sentence.tokens;
  let i = verbIndex - 1;
  while (i >= 0 && tokens[i]!.word && AUXILIARY.test(tokens[i]!.text)) i--;
  if (i >= 0 && tokens[i]!.text === ',') {
    const opening = findPrevious(tokens, i - 1, (token) => token.text === ',');
    if (opening !== undefined && opening > 0 && i - opening <= 8) i = opening - 1;
  }
  const token = tokens[i];
  if (!token || !token.word || (token.at >= quote.at && token.at < quote.end)) return undefined;
  const person = context.persons.find((mention) => token.at >= mention.at && token.at < mention.at + mention.text.length + 2);
  if (person) return person.name;
  if (PRONOUNS.test(token.text)) return context.lastPerson;
  return describedSubject(tokens, i);
}

/**
 * `said Nduhungirehe`, `said Chief Fire Officer Sarah Okafor`, `said the leader of the council, Jane
 * Smith`: the person named right after the verb, past a title (role words, capitalised words, `of`,
 * a determiner, a possessive) and one comma of apposition. `he`/`she` right after the verb too.
 */
function invertedSubject(sentence: Sentence, verbIndex: number, context: SpeakerContext): string | undefined {
  const tokens = sentence.tokens;
  const next = tokens[verbIndex + 1];
  if (!next) return undefined;
  if (PRONOUNS.test(next.text)) return context.lastPerson;
  let commas = 0;
  for (let i = verbIndex + 1; i < tokens.length && i <= verbIndex + TITLE_SPAN; i++) {
    const token = tokens[i]!;
    const person = context.persons.find((mention) => mention.at === token.at);
    if (person) return person.name;
    if (token.text === ',' && i > verbIndex + 1 && commas++ === 0) continue;
    if (!isTitleToken(token)) return undefined;
  }
  return undefined;
}

/** Longest stretch of title words between a speech verb and the name after it. */
const TITLE_SPAN = 10;
const TITLE_JOINERS = /^(?:the|a|an|of|for|and|its|his|her|their|['’]s?)$/iu;

/** A word that can stand in a title before a name: a role, an honorific, a capitalised word, `of`. */
function isTitleToken(token: Token): boolean {
  if (!token.word) return /^['’]s?$/u.test(token.text);
  return /^\p{Lu}/u.test(token.text) || isRoleWord(token.text) || isHonorific(token.text) || TITLE_JOINERS.test(token.text);
}

/** `an unnamed Rwandan official told …` → `unnamed Rwandan official`: up to four words back to a determiner. */
function describedSubject(tokens: readonly Token[], last: number): string | undefined {
  const words: string[] = [];
  for (let i = last; i >= 0 && words.length < 4; i--) {
    const token = tokens[i]!;
    if (!token.word) return undefined;
    if (DETERMINERS.test(token.text)) break;
    if (isStopword(token.text)) return undefined;
    words.unshift(token.text);
  }
  return words.length > 0 && /^\p{Ll}/u.test(words.at(-1)!) ? words.join(' ') : undefined;
}

function findPrevious(tokens: readonly Token[], from: number, test: (token: Token) => boolean): number | undefined {
  for (let i = from; i >= 0; i--) if (test(tokens[i]!)) return i;
  return undefined;
}
