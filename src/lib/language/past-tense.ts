/**
 * Whether a sentence tells of the past: news reports do ("the board said", "crews worked"), while picture
 * captions and headlines describe the moment in the present ("Crews search the rubble", "X celebrates").
 */

import { SENTENCE_START_BEFORE } from './sentence-start.ts';

/** Past forms of common irregular verbs, and the past and perfect auxiliaries. */
const IRREGULAR_PAST = new Set(
  `
  was were had did been said told went came took gave made found left won lost beat began became brought built
  bought caught chose drove fell felt fled fought flew forgot froze got grew heard held hit hurt kept knew laid
  lay meant met paid put quit ran rang rose saw sat sent set shot shut sang sank slept sold spent spoke stood
  stole struck swept swore taught thought threw understood woke wore wrote withdrew sought cut let read
  `
    .trim()
    .split(/\s+/u),
);

/** A regular past form (`worked`, `carried`), never a participle of the present passive (`is led`, `are pictured`). */
const REGULAR_PAST = /\b[\p{L}]{2,}ed\b/giu;
/** Text before a word that starts a sentence. */
const SENTENCE_START = new RegExp(`${SENTENCE_START_BEFORE}$`, 'u');
const PRESENT_PASSIVE = /\b(?:is|are|be|being|am)\s+(?:\p{L}+ly\s+)?$/iu;
/** A prefix a verb takes before a hyphen (`re-opened`, `co-founded`): the word is still the verb's past. */
const VERB_PREFIX = /(?:^|[^\p{L}])(?:re|co|pre|de|mis|out|over|under)-$/iu;

export function tellsOfThePast(text: string): boolean {
  for (const word of text.toLowerCase().match(/[\p{L}’']+/gu) ?? []) if (IRREGULAR_PAST.has(word)) return true;
  for (const match of text.matchAll(REGULAR_PAST)) {
    if (PRESENT_PASSIVE.test(text.slice(Math.max(0, match.index - 30), match.index))) continue;
    // The last part of a compound adjective (`ill-fated`, `long-awaited`), or a capitalised word inside a sentence, a
    // name (`the United Nations`, `Ahmed`): no verb. A verb's prefix (`re-elected`) leaves it a verb.
    const hyphenated = text[match.index - 1] === '-' && !VERB_PREFIX.test(text.slice(Math.max(0, match.index - 7), match.index));
    if (hyphenated || (/^\p{Lu}/u.test(match[0]) && !SENTENCE_START.test(text.slice(0, match.index)))) continue;
    return true;
  }
  return false;
}

/** A perfect (`has been found`, `have won`): a headline's past, unlike a report's `was found`. */
const PERFECT = /\b(?:has|have)\s+(?:been\s+)?[\p{L}'’-]+/giu;

/**
 * In a headline's tense: the present (`What the verdict means for the ferries`) or the perfect (`Skipper has been found
 * guilty`), not the report's past (`The skipper was found guilty`): `tellsOfThePast` with the perfect left out.
 */
export function inHeadlineTense(text: string): boolean {
  return !tellsOfThePast(text.replace(PERFECT, ' '));
}
