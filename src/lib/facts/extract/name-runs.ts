import { MONTH_NAME, WEEKDAY_WORD } from '../../language/calendar.ts';
import type { Sentence, Token } from '../../types.ts';
import { hasTag, isKnownWord, isOrgHead, isPlaceName, isRoleWord } from '../../language/lexicon.ts';

/** A run of capitalised words in a sentence: a name, possibly with a title in front. */
export interface NameRun {
  tokens: Token[];
  /** Position of the run in the sentence's display text. */
  at: number;
  end: number;
  /** The run ended on a possessive (`Starmer’s`): `end` is before the `’s`. */
  possessive: boolean;
}

/** Lower-case words that may sit inside a name: `Secretary of State`, `Republic of the Congo`. */
const CONNECTORS = new Set(['of', 'the', 'de', 'du', 'da', 'del', 'della', 'van', 'von', 'der', 'al', 'bin', 'ibn', 'la', 'le', '&']);
const POSSESSIVE = /['’]s?$/u;
/** Tags of words that are names even at the start of a sentence. */
const NAME_TAGS = [
  'Country',
  'City',
  'Region',
  'Place',
  'FirstName',
  'MaleName',
  'FemaleName',
  'LastName',
  'Person',
  'Organization',
  'ProperNoun',
  'Honorific',
  'Actor',
  'Demonym',
  'SportsTeam',
];

export function isCapitalised(token: Token): boolean {
  return token.word && /^\p{Lu}/u.test(token.text);
}

/**
 * Runs of capitalised words, joined by name connectors (`of`, `de`) and by a lower-case title
 * between two capitalised words (`Foreign minister Olivier`). A sentence-initial word, or one after
 * an opening quotation mark or colon, is left out when it is a common word the lexicon knows.
 */
export function nameRuns(sentence: Sentence): NameRun[] {
  const cached = runsBySentence.get(sentence);
  if (cached) return cached;
  const runs = findRuns(sentence);
  runsBySentence.set(sentence, runs);
  return runs;
}

// Names, sources and the story-wide pass all ask for the same sentence's runs.
const runsBySentence = new WeakMap<Sentence, NameRun[]>();

function findRuns(sentence: Sentence): NameRun[] {
  const tokens = sentence.tokens;
  const runs: NameRun[] = [];
  let current: Token[] = [];
  const flush = (possessive = false): void => {
    while (current.length > 0 && !isCapitalised(current.at(-1)!)) current.pop();
    if (current.length > 0) {
      const first = current[0]!;
      const last = current.at(-1)!;
      const trim = possessive ? (POSSESSIVE.exec(last.text)?.[0].length ?? 0) : 0;
      const end = last.at + last.text.length - trim;
      runs.push({ tokens: current, at: first.at, end: possessive ? end : end + nameTail(sentence.text.slice(end)), possessive });
    }
    current = [];
  };
  tokens.forEach((token, index) => {
    const next = tokens[index + 1];
    // `Tuesday`, `Last Tuesday`, `Next March`: a date, never part of a name.
    if (
      isCapitalised(token) &&
      (WEEKDAYS.test(token.text) ||
        (/^(?:Last|Next|This)$/u.test(token.text) && next !== undefined && (WEEKDAYS.test(next.text) || MONTHS.test(next.text))))
    ) {
      flush();
      return;
    }
    if (isCapitalised(token)) {
      if (current.length === 0 && startsClause(tokens, index) && isCommonWord(token.text) && !opensName(tokens, index)) return;
      current.push(token);
      if (POSSESSIVE.test(token.text) && /['’]/u.test(token.text)) flush(true);
      return;
    }
    const joins =
      current.length > 0 &&
      next !== undefined &&
      (isCapitalised(next) || CONNECTORS.has(next.text.toLowerCase())) &&
      ((token.word && CONNECTORS.has(token.text.toLowerCase())) || (token.word && isRoleWord(token.text)));
    if (joins) current.push(token);
    else flush();
  });
  flush();
  return joinOrganizationParts(sentence, runs);
}

/**
 * A name's last part joined on by a hyphen in lower case (`Kim Dal-ho`, `Kim Jon-ho`): one to three
 * letters that are no noun, verb or adjective (`Saudi-led`, `Brexit-era`, `Leeds-based` end the name
 * before the hyphen). Its length, or 0.
 */
function nameTail(rest: string): number {
  const tail = /^-(\p{Ll}{1,3})(?![\p{L}\p{N}'’-])/u.exec(rest);
  if (!tail || hasTag(tail[1]!, 'Noun', 'Singular', 'Plural', 'Verb', 'PastTense', 'Participle', 'Adjective')) return 0;
  return tail[0].length;
}

/**
 * Two runs that are one organisation's name: `West Yorkshire Fire` and `Rescue Service` across
 * `and`, `St James’s` and `University Hospital` across a possessive. Only when the second part ends
 * in an organisation's head noun, and the first is no name of its own: across `and`, the first
 * must not end in a known name or a head noun (`France and the UK Parliament`, `Leeds Infirmary and
 * Rescue Service` stay apart); across a possessive, it must be a saint's name or one common word
 * (`King’s College`, `Women’s Hospital`, not `Starmer’s Labour Party`).
 */
function joinOrganizationParts(sentence: Sentence, runs: NameRun[]): NameRun[] {
  const joined: NameRun[] = [];
  for (const run of runs) {
    const previous = joined.at(-1);
    if (previous && joinsAsOrganization(sentence, previous, run)) {
      const between = sentence.tokens.filter((token) => token.at >= previous.end && token.at < run.at && token.word);
      joined[joined.length - 1] = {
        tokens: [...previous.tokens, ...between, ...run.tokens],
        at: previous.at,
        end: run.end,
        possessive: run.possessive,
      };
    } else joined.push(run);
  }
  return joined;
}

function joinsAsOrganization(sentence: Sentence, first: NameRun, second: NameRun): boolean {
  const last = second.tokens.at(-1)!.text.replace(POSSESSIVE, '');
  if (second.possessive || !isOrgHead(last)) return false;
  const gap = sentence.text.slice(first.end, second.at);
  if (first.possessive) {
    if (!/^['’]s?\s+$/u.test(gap)) return false;
    const words = first.tokens.map((token) => token.text.replace(POSSESSIVE, ''));
    return /^(?:St\.?|Saint)$/u.test(words[0]!) || (words.length === 1 && isCommonWord(words[0]!));
  }
  if (!/^\s+(?:and|&)\s+$/u.test(gap)) return false;
  const end = first.tokens.at(-1)!.text;
  return !hasTag(end, ...NAME_TAGS) && !isOrgHead(end) && (first.tokens.length > 1 || !isPlaceName(end));
}

/**
 * First word of the sentence, or right after an opening quotation mark, colon or dash. A straight
 * `"` opens only when it touches the word after it; with a space after it, it closed a quotation.
 */
function startsClause(tokens: readonly Token[], index: number): boolean {
  for (let i = index - 1; i >= 0; i--) {
    const token = tokens[i]!;
    if (token.word) return false;
    if (token.text === '"') return token.at + 1 === tokens[i + 1]!.at;
    if (/^[“‘:(\u2013\u2014]$/u.test(token.text)) return true;
  }
  return true;
}

/** `Fire Chief Julien`, `Prime Minister`: a capitalised noun or adjective that starts a name. */
function opensName(tokens: readonly Token[], index: number): boolean {
  const word = tokens[index]!.text;
  if (!hasTag(word, 'Singular', 'Plural', 'Adjective', 'Noun', 'Uncountable')) return false;
  const next = tokens[index + 1];
  const after = tokens[index + 2];
  if (!next?.word) return false;
  return isCapitalised(next) || (isRoleWord(next.text) && after !== undefined && isCapitalised(after));
}

/** A word the lexicon knows, and not as any kind of name; a plural common noun (`Economists`, `Officials`) too. */
function isCommonWord(word: string): boolean {
  const bare = word.replace(POSSESSIVE, '');
  if (/^\p{Lu}{2,}$/u.test(bare)) return false;
  if (!isKnownWord(bare)) return false;
  if (!hasTag(bare, ...NAME_TAGS)) return true;
  return hasTag(bare, 'Plural') && !hasTag(bare, ...NAME_TAGS.filter((tag) => tag !== 'Actor'));
}

const WEEKDAYS = new RegExp(`^${WEEKDAY_WORD}s?$`, 'u');
const MONTHS = new RegExp(`^${MONTH_NAME}$`, 'u');

/** The run's words with a final possessive removed. */
export function runText(sentence: Sentence, run: Pick<NameRun, 'at' | 'end'>): string {
  return sentence.text.slice(run.at, run.end);
}
