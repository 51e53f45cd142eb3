import { SPEECH_VERBS as SPEECH_VERB_SET } from '../language/speech-verbs.ts';
import { FACT_STOPWORDS } from '../language/stopwords.ts';

/**
 * The small closed classes of English the fact extractors read: qualifiers and currencies around a
 * figure, and the words (negation, hedges, stance, reporting verbs) that change what a sentence
 * claims. Months, number words and stop words are language's (src/lib/language/).
 */

/** Words kept in front of a figure because they change it: `nearly 300` is not `300`. */
export const QUALIFIERS = [
  'more than',
  'less than',
  'fewer than',
  'at least',
  'at most',
  'up to',
  'as many as',
  'as few as',
  'close to',
  'just over',
  'just under',
  'well over',
  'an estimated',
  'nearly',
  'almost',
  'over',
  'under',
  'about',
  'around',
  'approximately',
  'roughly',
  'some',
  'estimated',
  'only',
  'just',
] as const;

export const CURRENCY_SYMBOLS: Record<string, string> = { '£': '£', '€': '€', $: '$', '¥': '¥', '₹': '₹' };

/** Currency words after a figure, singular form → symbol where one is usual. */
export const CURRENCY_WORDS: Record<string, string> = {
  pound: '£',
  pounds: '£',
  sterling: '£',
  euro: '€',
  euros: '€',
  dollar: '$',
  dollars: '$',
  yen: '¥',
  rupee: '₹',
  rupees: '₹',
  franc: 'franc',
  francs: 'franc',
  shilling: 'shilling',
  shillings: 'shilling',
};

export const NEGATIONS = new Set(['not', 'no', 'never', 'none', 'nobody', 'nothing', 'neither', 'nor', "n't", 'cannot', 'without']);

/** Words that weaken or attribute a claim. */
export const HEDGES = new Set([
  'reportedly',
  'allegedly',
  'apparently',
  'possibly',
  'potentially',
  'probably',
  'likely',
  'unlikely',
  'perhaps',
  'purportedly',
  'seemingly',
  'supposedly',
  'about',
  'around',
  'approximately',
  'roughly',
  'nearly',
  'almost',
  'some',
  'suspected',
  'alleged',
  'claimed',
  'rumoured',
  'rumored',
]);

/**
 * Hedges that round a figure and are otherwise prepositions or determiners (`about 40` / `a debate about
 * the plan`, `some 300` / `some residents`): a hedge only right before a figure.
 */
export const FIGURE_HEDGES = new Set(['about', 'around', 'approximately', 'roughly', 'some']);

export const MODALS = new Set(['may', 'might', 'could', 'would', 'should', 'must', 'can', 'will', 'shall']);

/** Stance words: willingness or intent is not the same as having done something. */
export const STANCE_WORDS = new Set([
  'open',
  'openness',
  'willing',
  'willingness',
  'ready',
  'readiness',
  'intend',
  'intends',
  'intention',
  'plan',
  'plans',
  'planned',
  'consider',
  'considering',
  'considered',
  'propose',
  'proposed',
  'offer',
  'offered',
  'expect',
  'expected',
  'hope',
  'hoped',
  'seek',
  'sought',
  'attempt',
  'attempted',
  'want',
  'wanted',
  'agree',
  'agreed',
  'refuse',
  'refused',
  'deny',
  'denied',
  'dispute',
  'disputed',
  'reject',
  'rejected',
  'potential',
  'possible',
  'preliminary',
  'expressed',
]);

/**
 * Reporting verbs that carry a judgement (`claimed`, `admitted`, `denied`): swapping one for a plain
 * `said` changes how much weight a claim is given. Swapping `said` for `added` does not.
 */
export const LOADED_REPORTING_VERBS = new Set([
  'claim',
  'claims',
  'claimed',
  'admit',
  'admits',
  'admitted',
  'insist',
  'insists',
  'insisted',
  'deny',
  'denies',
  'denied',
  'confirm',
  'confirms',
  'confirmed',
  'warn',
  'warns',
  'warned',
  'argue',
  'argues',
  'argued',
  'allege',
  'alleges',
  'alleged',
  'dispute',
  'disputes',
  'disputed',
  'concede',
  'concedes',
  'conceded',
  'assert',
  'asserts',
  'asserted',
  'acknowledge',
  'acknowledges',
  'acknowledged',
  'reveal',
  'reveals',
  'revealed',
  'suggest',
  'suggests',
  'suggested',
  'promise',
  'promises',
  'promised',
]);

/** Speech verbs strong enough to introduce a quote's speaker (the list lives in language/speech-verbs.ts). */
export const SPEECH_VERBS = new RegExp(`^(?:${[...SPEECH_VERB_SET].join('|')})$`, 'u');

/** A function word, never the content of a fact (any case). */
export function isStopword(word: string): boolean {
  return FACT_STOPWORDS.has(word.toLowerCase());
}

/** Units of elapsed time: a figure counting them is a span (`more than two days after`), said loosely in news. */
export const DURATION_UNITS = new Set(['second', 'minute', 'hour', 'day', 'night', 'week', 'month', 'year', 'decade', 'century']);

/** The unit of elapsed time a word names, singular and lower case (`Days` → `day`, `centuries` → `century`), if any. */
export function durationUnitOf(word: string): string | undefined {
  const lower = word.toLowerCase();
  const singular = lower.endsWith('ies') ? `${lower.slice(0, -3)}y` : lower.replace(/s$/u, '');
  return DURATION_UNITS.has(singular) ? singular : undefined;
}

// A unit and its plural as a regex part (`days?`; `centur(?:y|ies)`).
const eitherNumber = (unit: string): string => (/[^aeiou]y$/u.test(unit) ? `${unit.slice(0, -1)}(?:y|ies)` : `${unit}s?`);
/** A unit of elapsed time in either number as a regex part: the words `durationUnitOf` reads. */
export const DURATION_UNIT = `(?:${[...DURATION_UNITS].map(eitherNumber).join('|')})`;

/**
 * What a toll counts, when the figure counts people (`94 people were injured`, `killing 80`): the
 * slot of the most watched figures in disaster news. Stems (light), nearest first wins; each stem
 * names its slot, one for the words of one toll (`killed`, `died`, `dead`, `deaths`, `death toll`).
 */
export const CASUALTY_STEMS: ReadonlyMap<string, string> = new Map([
  ['kill', 'dead'],
  ['dead', 'dead'],
  ['die', 'dead'],
  ['death', 'dead'],
  ['fatalit', 'dead'],
  // `the toll rose to 42`: a toll said alone is of the dead.
  ['toll', 'dead'],
  ['injur', 'injur'],
  ['wound', 'wound'],
  ['hurt', 'hurt'],
  ['miss', 'miss'],
  ['rescu', 'rescu'],
  ['evacu', 'evacu'],
  ['arrest', 'arrest'],
  ['trap', 'trap'],
  ['homeless', 'homeless'],
  ['displac', 'displac'],
  ['surviv', 'surviv'],
  ['casualt', 'casualt'],
  ['hospital', 'hospital'],
]);

/** Nouns that say only that people are counted: the slot is what happened to them. */
export const PEOPLE_NOUNS = new Set([
  'people',
  'person',
  'persons',
  'others',
  'workers',
  'passengers',
  'victims',
  'residents',
  'individuals',
  'civilians',
]);
