/**
 * Hedge flags: one version hedging what another states. For a figure, a bound added or dropped
 * (`at least 80` / `80`) or two bounds (`nearly 300` / `more than 300`), while a rounding noted (`about
 * 6,000` / `6,000`) is house style (`hedgesDiffer`, read by value.ts for two mentions of one figure);
 * for a claim, a hedge word (`reportedly`, `probably`) on one side of two aligned sentences (`hedgeChanged`,
 * read by claim.ts), a word that hedges only a figure (`about`, `some`) counting only right before one.
 */
import { NUMBER_WORDS, SCALE_WORDS } from '../../language/number-words.ts';
import { styleKey } from '../normalize.ts';
import { FIGURE_HEDGES, HEDGES } from '../words.ts';
import type { ClaimChange } from './types.ts';

/**
 * What a qualifier says about a figure, so that synonyms compare equal: `about`/`around`/`some`
 * 240 are one estimate, `nearly`/`almost`/`just under` five one shortfall, `more than`/`over` 80
 * one lower bound. Different senses stay apart (`nearly 300` against `about 300` or `300`;
 * `at least 12`, which allows exactly 12, against `more than 12`, which does not), and `hedgesDiffer`
 * says which of them a reader weighs as a hedge. `only` and
 * `just` stress a figure without changing it.
 */
const QUALIFIER_SENSES: Readonly<Record<string, string>> = {
  about: 'approximately',
  around: 'approximately',
  approximately: 'approximately',
  roughly: 'approximately',
  some: 'approximately',
  'an estimated': 'approximately',
  estimated: 'approximately',
  nearly: 'just below',
  almost: 'just below',
  'close to': 'just below',
  'just under': 'just below',
  'more than': 'above',
  over: 'above',
  'just over': 'above',
  'well over': 'above',
  'less than': 'below',
  'fewer than': 'below',
  under: 'below',
  'at least': 'at least',
  'at most': 'at most',
  'up to': 'at most',
  'as many as': 'at most',
  'as few as': 'as few as',
  only: '',
  just: '',
};

export function qualifierSense(qualifier: string | undefined): string {
  if (qualifier === undefined) return '';
  return QUALIFIER_SENSES[qualifier] ?? qualifier;
}

/**
 * Which way a qualifier bounds its figure: up from it (`more than`, `at least`), down from it (`nearly`, `up to`,
 * `less than`), or not at all (a rounding, a bare figure). The one reading of a bound's side, for hedges and bounds.ts.
 */
export function boundSide(qualifier: string | undefined): 'up' | 'down' | undefined {
  const sense = qualifierSense(qualifier);
  if (sense === 'above' || sense === 'at least') return 'up';
  if (sense === 'below' || sense === 'just below' || sense === 'at most') return 'down';
  return undefined;
}

/**
 * A rounding noted (`about`, `some`, `an estimated`) says what a bare figure says; a shortfall
 * (`nearly`) or a figure passed (`over`, `more than`) is one more approximation beside a rounding (`about 6%` /
 * `nearly 6%`), but not beside a bare figure (`nearly 1,500` / `1,500`); so is a figure passed from below
 * (`about 5%` / `less than 5%`). Two bounds on one side (`at least` / `more than`, `up to` / `fewer than` /
 * `nearly`: `boundSide`) say the same; other bounds (`at least`, `up to`) differ from the rest.
 */
export function hedgesDiffer(a: string | undefined, b: string | undefined): boolean {
  const senseA = qualifierSense(a);
  const senseB = qualifierSense(b);
  if (senseA === senseB) return false;
  const loose = new Set([senseA, senseB]);
  // A rounding beside a shortfall or a figure passed either way (`about 6%` / `nearly 6%`, `some 430 million` /
  // `over 430 million`, `about 5%` / `less than 5%`): two approximations of one figure.
  if (loose.has('approximately') && (loose.has('') || loose.has('just below') || loose.has('above') || loose.has('below'))) return false;
  // Two floors (`at least 100` / `more than 100`) or two ceilings (`up to 80` / `fewer than 80`, `nearly 80`): one
  // bound on one side of one figure; whether the figure itself is allowed is no hedge a reader weighs.
  const side = boundSide(a);
  if (side !== undefined && side === boundSide(b)) return false;
  // A strict bound against the opposite bound that allows the figure (`over $250,000` / `up to
  // $250,000`): the two sides of one threshold, two sets, not one figure hedged two ways.
  if ((loose.has('above') && loose.has('at most')) || (loose.has('below') && loose.has('at least'))) return false;
  return true;
}

/** The two sides of a claim change carry a different number of hedges. */
export function hedgeChanged(change: ClaimChange): boolean {
  return hedgesIn(change.a) !== hedgesIn(change.b);
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
