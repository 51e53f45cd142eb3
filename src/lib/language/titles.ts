/**
 * Titles written short. Two lists grew apart in two stages and stay apart here, named, because
 * joining them would move sentence breaks and title disagreements (see README, "Kept apart"):
 * segmentation knows the abbreviations that precede a name, facts writes titles out to compare them.
 * Both read the ranks and offices they share from one table.
 */

function words(list: string): ReadonlySet<string> {
  return new Set(list.trim().split(/\s+/u));
}

/** Ranks and offices both stages know, abbreviation → the title written out. */
export const RANK_ABBREVIATIONS: Readonly<Record<string, string>> = {
  sen: 'senator',
  gov: 'governor',
  rep: 'representative',
  gen: 'general',
  lt: 'lieutenant',
  col: 'colonel',
  sgt: 'sergeant',
  capt: 'captain',
  cmdr: 'commander',
  supt: 'superintendent',
  insp: 'inspector',
  pres: 'president',
  prof: 'professor',
};

/**
 * Abbreviations that precede a name (segmentation: a period after one ends a sentence only before a
 * typical sentence opener): honorifics, the shared ranks and a few more, and place prefixes (`St.`, `Mt.`, `Ft.`).
 */
export const TITLES_BEFORE_NAMES: ReadonlySet<string> = new Set([
  ...words('mr mrs ms mx dr messrs mme mlle'),
  ...Object.keys(RANK_ABBREVIATIONS),
  ...words('maj cpl adm rev fr hon'),
  ...words('st mt ft'),
]);

/**
 * Abbreviated titles written out (facts: `CFO` and `Chief Financial Officer` are one title in two
 * house styles): the shared ranks and a few more, and business titles written as initials.
 */
export const TITLE_EXPANSIONS: Readonly<Record<string, string>> = {
  ceo: 'chief executive officer',
  cfo: 'chief financial officer',
  coo: 'chief operating officer',
  cto: 'chief technology officer',
  cio: 'chief information officer',
  cmo: 'chief marketing officer',
  ...RANK_ABBREVIATIONS,
  det: 'detective',
  atty: 'attorney',
  sec: 'secretary',
  amb: 'ambassador',
  md: 'managing director',
  vp: 'vice president',
  exec: 'executive',
  // One office in one word or two: `policeman` / `police officer`, `premier` / `prime minister`.
  policeman: 'police officer',
  policewoman: 'police officer',
  premier: 'prime minister',
};

/**
 * Words that change whose or which office a title names without naming another office (`former U.S.
 * President`, `deputy director`, `acting chief`): two titles of one person that differ only in these
 * differ in substance, while one title written shorter (`U.S. President` / `President`) does not.
 */
export const TITLE_QUALIFIERS: ReadonlySet<string> = words('former ex late outgoing incoming acting interim deputy vice assistant');

/** Words that end a title after its head (`Attorney General`, `Secretary General`, `President Elect`), never a name. */
export const TITLE_POSTPOSITIVES: ReadonlySet<string> = words('general elect designate');

/**
 * A role word without the ending that says who holds it (`spokesman`, `spokeswoman`, `spokesperson` →
 * `spokes`; `chairman` → `chair`): one role, written for a man, a woman or anyone. Other words (`human`,
 * `German`: too little left) come back unchanged.
 */
export function roleStem(word: string): string {
  const stem = word.replace(/(?:wom[ae]n|m[ae]n|persons?|people)$/u, '');
  return stem.length >= 4 ? stem : word;
}
