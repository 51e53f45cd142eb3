/**
 * Scope flags: two corresponding sentences telling one thing of different extents. Part against whole:
 * one version takes the whole of something (`all deposits`, `every flight`) where the other restricts it
 * with a word the first never uses (`all insured deposits`, `the domestic flights`). The restricting
 * word must describe (an adjective or participle in lower case, not a name, figure or quantifier), and the
 * sentences must be aligned; likely when they correspond closely (compare/claim.ts reads the link).
 */
import type { Sentence } from '../../types.ts';
import { POSSESSIVE_DETERMINERS, WHOLE_QUANTIFIERS } from '../../language/quantifiers.ts';
import { hasTag, isKnownWord } from '../../language/lexicon.ts';
import { isStopword } from '../words.ts';
import { eitherWay, punctuationBetween, sideOf, spaced, type PairWord } from './pairs.ts';
import type { ClaimChange } from './types.ts';

/** Words that may stand between a quantifier and its noun without restricting it (`all of the`, `the entire`). */
const QUANTIFIER_FILLERS: ReadonlySet<string> = new Set(['of', 'the', 'those', 'these', ...POSSESSIVE_DETERMINERS]);

/** The part-against-whole change of two aligned sentences, or none. */
export function scopeChange(a: Sentence, b: Sentence): ClaimChange | undefined {
  return eitherWay(a, b, partAndWhole);
}

/** `whole` takes all of a noun that `part` gives with a restricting word `whole` never uses. */
function partAndWhole(whole: Sentence, wordsW: readonly PairWord[], part: Sentence, wordsP: readonly PairWord[]): ClaimChange | undefined {
  // Made at the first quantifier: most sentences have none, and each is read against every other version's.
  let stemsW: Set<string> | undefined;
  for (let i = 0; i < wordsW.length; i++) {
    if (!WHOLE_QUANTIFIERS.has(wordsW[i]!.key)) continue;
    stemsW ??= new Set(wordsW.map((word) => word.stem));
    let head = i + 1;
    while (head < wordsW.length && QUANTIFIER_FILLERS.has(wordsW[head]!.key)) head++;
    const noun = wordsW[head];
    if (!noun || !isContent(noun) || punctuationBetween(whole, wordsW[i]!, noun) || !spaced(whole, wordsW[i]!, wordsW[i + 1]!)) continue;
    for (let k = 1; k < wordsP.length; k++) {
      if (wordsP[k]!.stem !== noun.stem) continue;
      const modifier = wordsP[k - 1]!;
      if (!restricts(modifier) || stemsW.has(modifier.stem) || !spaced(part, modifier, wordsP[k]!)) continue;
      // The part's phrase opens on its quantifier or determiner when it has one (`all insured deposits`, `the insured deposits`).
      const before = wordsP[k - 2];
      const from = before && (WHOLE_QUANTIFIERS.has(before.key) || before.key === 'the') ? k - 2 : k - 1;
      return {
        reason: 'scope',
        a: sideOf(whole, wordsW, i, head),
        b: sideOf(part, wordsP, from, k),
        note: `part against whole: “${noun.token.text}” taken whole in one version, “${modifier.token.text} ${noun.token.text}” in another`,
      };
    }
  }
  return undefined;
}

function isContent(word: PairWord): boolean {
  return !isStopword(word.key) && !/\p{N}/u.test(word.key);
}

/** A word that narrows a noun: a describing word in lower case, not a figure, quantifier or name. */
function restricts(word: PairWord): boolean {
  if (!isContent(word) || WHOLE_QUANTIFIERS.has(word.key) || /^\p{Lu}/u.test(word.token.text)) return false;
  if (hasTag(word.key, 'Adjective', 'Participle') || (/ed$/u.test(word.key) && hasTag(word.key, 'PastTense'))) return true;
  // The lexicon knows few describing words (`domestic`, `local`): an unknown word with an adjective's ending.
  return !isKnownWord(word.key) && ADJECTIVE_ENDING.test(word.key);
}

const ADJECTIVE_ENDING = /(?:al|ic|ive|ous|ful|less|able|ible|ary|ern)$/u;
