/**
 * The word knowledge of compromise (a maintained English NLP library): which words are countries,
 * cities, first names, organisations, roles, honorifics, demonyms. We read its lexicon directly
 * rather than running its tagger: a lookup costs nothing per sentence, while tagging a five-version
 * story takes over 100 ms and still calls `State Marco` a place (measured; see README).
 */
import nlp from 'compromise/two';
import { initialsOf } from './short-forms.ts';

/*
 * compromise's internals, read in this block only. Its documented API tags text in context
 * (`nlp(text).json()`, `.verbs().toInfinitive()` in `compromise/three`) and has no call that reads the
 * lexicon or its organisation and place head words. Checked on the 1,858 distinct words of the seed and
 * fixture stories: tagging each word alone disagrees with the lexicon 14 times over the word classes
 * below (possessives and hyphenations: `Washington's`, `Rwandan-backed`, `US`) and costs ~0.2 ms a word
 * against a lookup; its infinitives differ on 95 (`talks` → `talk`, `abandoned` kept as an adjective), and
 * `nlp.tokenize`, which skips the tagger, misses more. So the data come from `nlp.model()` and
 * `nlp.methods()`, documented entry points whose contents are neither documented nor typed (`object`):
 * the shapes below are compromise 14's, checked when this module loads, so an update that moves them
 * fails here by name instead of quietly tagging nothing.
 */
interface CompromiseModel {
  one?: { lexicon?: Record<string, string | string[]> };
  two?: { orgWords?: Record<string, boolean>; placeWords?: Record<string, boolean> };
}

interface CompromiseMethods {
  two?: { transform?: { verb?: { toInfinitive?: (word: string, model: object, tense?: string) => string } } };
}

const model = nlp.model();
const { one, two } = model as CompromiseModel;
const toInfinitiveOf = (nlp.methods() as CompromiseMethods).two?.transform?.verb?.toInfinitive;
if (!one?.lexicon || !two?.orgWords || !two.placeWords || !toInfinitiveOf) {
  throw new Error(
    `compromise ${nlp.version} no longer has model().one.lexicon, model().two.orgWords and placeWords, ` +
      'or methods().two.transform.verb.toInfinitive: see src/lib/language/lexicon.ts',
  );
}
const lexicon = one.lexicon;
const orgWords = two.orgWords;
const placeWords = two.placeWords;
const toInfinitive = toInfinitiveOf;

const NO_TAGS: readonly string[] = Object.freeze([]);

/**
 * Tags by the phrase as written: the name rules ask about the same words many times over (a 5 MB
 * version, about 40 times per word), and a lookup by the written form skips lower-casing it again.
 * Bounded like normalize's memos.
 */
const tagsByPhrase = new Map<string, readonly string[]>();
const TAGS_CACHE_LIMIT = 50_000;

/** The lexicon's tags for a word or multi-word name (lower case), e.g. `['Country']`. */
export function tagsOf(phrase: string): readonly string[] {
  let found = tagsByPhrase.get(phrase);
  if (found !== undefined) return found;
  const key = phrase.toLowerCase();
  // An own property only: "constructor" or "toString" in an article are words, not the object's methods.
  const entry = Object.hasOwn(lexicon, key) ? lexicon[key] : undefined;
  found = entry === undefined ? NO_TAGS : typeof entry === 'string' ? [entry] : entry;
  if (tagsByPhrase.size >= TAGS_CACHE_LIMIT) tagsByPhrase.clear();
  tagsByPhrase.set(phrase, found);
  return found;
}

export function hasTag(phrase: string, ...tags: string[]): boolean {
  const found = tagsOf(phrase);
  return tags.some((tag) => found.includes(tag));
}

/** True for a word the lexicon knows at all (so, probably a common word when lower case). */
export function isKnownWord(word: string): boolean {
  return lexicon[word.toLowerCase()] !== undefined;
}

const PLACE_TAGS = ['Country', 'City', 'Region', 'Place'];
const NAME_TAGS = ['FirstName', 'MaleName', 'FemaleName'];

export const isPlaceName = (phrase: string): boolean => hasTag(phrase, ...PLACE_TAGS);
export const isFirstName = (word: string): boolean => hasTag(word, ...NAME_TAGS);
export const isLastName = (word: string): boolean => hasTag(word, 'LastName');
export const isKnownPerson = (phrase: string): boolean => hasTag(phrase, 'Person');
export const isOrganizationName = (phrase: string): boolean => hasTag(phrase, 'Organization', 'SportsTeam');
export const isDemonym = (word: string): boolean => hasTag(word, 'Demonym');
export const isHonorific = (word: string): boolean => hasTag(word.replace(/\.$/u, ''), 'Honorific');

/** A role noun: `minister`, `president`, `secretary` (the lexicon's `Actor` that is a title). */
export function isRoleWord(word: string): boolean {
  return hasTag(word, 'Actor') && !hasTag(word, 'Plural');
}

/** Head nouns that make a capitalised phrase an organisation: `government`, `agency`, `times`. */
export function isOrgWord(word: string): boolean {
  return orgWords[word.toLowerCase()] === true;
}

/**
 * Words that make a capitalised run a company's name even inside it (`Solvane Semiconductor Corp`,
 * `Acme Holdings Ltd`); also organisation heads.
 */
const COMPANY_WORDS: ReadonlySet<string> = new Set([
  'semiconductor',
  'semiconductors',
  'technologies',
  'systems',
  'holdings',
  'inc',
  'corp',
  'ltd',
  'llc',
  'plc',
  'group',
  'motors',
  'airlines',
  'pharmaceuticals',
  'industries',
]);

/** A word that marks a company's name wherever it stands in the name: `Holdings`, `Corp`. */
export const isCompanyWord = (word: string): boolean => COMPANY_WORDS.has(word.toLowerCase());

/** Head nouns of organisation names that compromise's list lacks (general English, not story words). */
export const ORG_HEADS: ReadonlySet<string> = new Set([
  'court',
  'ministry',
  'parliament',
  'party',
  'police',
  'senate',
  'congress',
  'assembly',
  'tribunal',
  'media',
  'tv',
  'television',
  'radio',
  'newspaper',
  'cabinet',
  'office',
  'infirmary',
  'clinic',
  // Company names: `Solvane Semiconductor`, `Acme Holdings`, `Delta Air Lines`.
  ...COMPANY_WORDS,
  'technology',
  'bank',
  'therapeutics',
  'biosciences',
  'corporation',
  'authority',
]);

/**
 * Common nouns compromise counts as organisation words, which after a lower-case gap name no organisation
 * (`LSEG data`, `Chandler workers`, `Austin design center`).
 */
const LOOSE_ORG_WORDS: ReadonlySet<string> = new Set([
  'data',
  'design',
  'workers',
  'development',
  'education',
  'care',
  'community',
  'energy',
  'power',
  'gas',
  'oil',
  'marketing',
  'management',
  'markets',
  'investors',
  'investment',
  'investments',
  'resources',
  'entertainment',
  'communications',
  'computers',
  'machines',
  'mobile',
  'coffee',
  'pizza',
  'restaurant',
  'restaurants',
  'hotel',
  'hotels',
  'estate',
  'marine',
  'electric',
  'electricity',
  'brands',
  'productions',
  'financial',
  'international',
  'interstate',
  'savings',
  'securities',
  'utilities',
  'military',
  'boys',
  'girls',
  'crew',
  'ensemble',
  'center',
  'centre',
  'fund',
  'post',
  'press',
  'club',
  'cafe',
  'news',
]);

/** An organisation head that also names one after a lower-case word (`Trump administration`, `UN refugee agency`). */
export function isFollowingOrgHead(word: string): boolean {
  return isOrgHead(word) && !LOOSE_ORG_WORDS.has(word.toLowerCase());
}

/** `Service`, `Council`, `Hospital`, `Ministry`: a word that ends an organisation's name. */
export function isOrgHead(word: string): boolean {
  return isOrgWord(word) || ORG_HEADS.has(word.toLowerCase());
}

export function isPlaceWord(word: string): boolean {
  return placeWords[word.toLowerCase()] === true;
}

const initialsIndex = buildInitialsIndex();

/** `US` → `united states`, `UK` → `united kingdom`: a multi-word place whose initials spell the acronym. */
export function expandPlaceAcronym(acronym: string): string | undefined {
  return initialsIndex.get(acronym.replace(/\./gu, '').toLowerCase());
}

function buildInitialsIndex(): Map<string, string> {
  const index = new Map<string, string>();
  for (const [phrase, tags] of Object.entries(lexicon)) {
    if (!phrase.includes(' ')) continue;
    const list = typeof tags === 'string' ? [tags] : tags;
    if (!list.includes('Country')) continue;
    const initials = initialsOf(phrase.split(' '));
    // Two countries with the same initials would make the acronym ambiguous: keep neither.
    index.set(initials, index.has(initials) ? '' : phrase);
  }
  for (const [key, value] of index) if (!value) index.delete(key);
  return index;
}

const lemmaCache = new Map<string, string>();

/** The infinitive of a verb form (`taken`, `took` → `take`); other words come back unchanged. */
export function lemma(word: string): string {
  const lower = word.toLowerCase();
  const cached = lemmaCache.get(lower);
  if (cached !== undefined) return cached;
  let result = lower;
  if (hasTag(lower, 'PastTense', 'Participle', 'Gerund', 'PresentTense')) {
    const tense = hasTag(lower, 'PastTense') ? 'PastTense' : hasTag(lower, 'Gerund') ? 'Gerund' : undefined;
    result = toInfinitive(lower, model, tense) || lower;
  } else if (/(?:ing|ed|en)$/u.test(lower)) {
    result = toInfinitive(lower, model) || lower;
  }
  lemmaCache.set(lower, result);
  return result;
}
