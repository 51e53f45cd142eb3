import { MONTH_ABBREVIATIONS, MONTHS, WEEKDAYS } from '../language/calendar.ts';
import { TITLES_BEFORE_NAMES } from '../language/titles.ts';

/**
 * English word lists for the sentence repairs (generic knowledge, lower case, without the final
 * period). They decide only what happens at a period that the default segmenter took for an end.
 */

function words(list: string): ReadonlySet<string> {
  return new Set(list.trim().split(/\s+/));
}

/** Abbreviations that never end a sentence. */
export const NEVER_FINAL = words('e.g i.e cf viz vs approx incl esp');

/**
 * Company suffixes (`Inc.`, `Corp.`, `Ltd.`) and U.S. state abbreviations (`Calif.`, `Ariz.`): they
 * end a sentence only before a capitalised word, never before a bracket (`Acme Inc. (NASDAQ: ACME)`)
 * or a lower-case word (`Acme Inc. said`, `Tempe, Ariz., on Monday`).
 */
export const NAME_SUFFIXES = words(`
  inc corp co ltd bros plc llc
  ala ariz ark calif colo conn del fla ga ill ind kan ky la md mass mich minn miss mo mont neb nev okla ore pa tenn tex va vt wash wis wyo
`);

/** Titles (language's): they precede a name, so they end a sentence only when a typical sentence opener follows. */
export const TITLES = TITLES_BEFORE_NAMES;

/** Abbreviations that precede a number: `No. 10`, `Jan. 5`, `pp. 4`. */
export const BEFORE_NUMBER: ReadonlySet<string> = new Set([
  ...words('no nos nr art arts vol vols fig figs p pp ch chap sec para op ed tel ext'),
  ...MONTH_ABBREVIATIONS,
]);

/**
 * Words that commonly open an English sentence and are rarely part of a name. Single letters are
 * left out on purpose: `A` and `I` are initials too (`J. A. Smith`).
 */
export const SENTENCE_OPENERS = words(`
  the an this that these those there here it its he she they we you his her their our my your
  but and or so yet however meanwhile moreover furthermore instead also still then now today yesterday
  in on at for with by from to after before during since until as if when while although though despite
  according what who why how where which some many most several both each every all such other another
  last next earlier later one two three
`);

/**
 * Words that commonly follow a dotted acronym inside a sentence: what `U.S.`, `U.K.` or `U.N.`
 * modify (titles, institutions), and what follows `a.m.`/`p.m.` (days, months, time zones).
 */
export const ACRONYM_CONTINUATIONS: ReadonlySet<string> = new Set([
  ...words(`
  president vice secretary senator senators representative representatives congressman congresswoman
  congress senate house court supreme district federal state states department embassy consulate ambassador
  envoy mission permanent army navy air marine marines coast forces military troops soldiers government
  administration officials authorities agency agencies intelligence homeland customs border immigration
  citizenship census bureau office foreign home prime minister ministers ministry parliament chancellor
  defense defence justice attorney central national special commander chief security council treasury trade
  open dollar dollars capitol constitution olympic postal lawmakers citizens high commissioner general
  gmt utc bst et est edt pt pst pdt ct cst cdt mt cet cest eat cat wat sast ist jst aest
`),
  // Days and months; `may` was never in this list, and adding it would move sentence breaks.
  ...WEEKDAYS,
  ...MONTHS.filter((month) => month !== 'may'),
]);

/** A dotted acronym without its final period: `U.S`, `L.I`, `a.m`, `J.K`. */
export const DOTTED_ACRONYM = /^\p{L}(?:\.\p{L})+$/u;
