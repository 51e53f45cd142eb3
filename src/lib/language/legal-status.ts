/**
 * Where a person stands with the law, as news states it: held, arrested, charged, convicted, freed.
 * A closed class, so that one outlet's `ordered officers to hold the skipper in custody` beside another's
 * `ordered officers to question the skipper` reads as a claim about the person's status, not a reworded
 * clause. Lower-case word forms as a sentence writes them (facts compare style keys of words).
 */
export const LEGAL_STATUS_WORDS: ReadonlySet<string> = new Set(
  [
    'custody',
    'arrest arrests arrested arresting',
    'detain detains detained detaining detention',
    'charge charges charged charging',
    'indict indicts indicted indictment',
    'convict convicts convicted conviction',
    'acquit acquits acquitted acquittal',
    'jail jails jailed prison imprison imprisoned imprisonment',
    'guilty',
    'bail parole',
    'suspect suspects',
  ].flatMap((group) => group.split(' ')),
);
