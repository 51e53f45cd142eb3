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

/**
 * The words of `LEGAL_STATUS_WORDS` that say a person is held (`arrested`, `in custody`, `detained`): one
 * outlet writing `not under arrest` where another writes `took the driver into custody` denies what the
 * other states.
 */
export const CUSTODY_WORDS: ReadonlySet<string> = new Set(
  ['custody', 'arrest arrests arrested', 'detain detains detained detention'].flatMap((group) => group.split(' ')),
);

/** Words before `arrest` that make it no holding by the law (`cardiac arrest`). */
export const NOT_CUSTODY_BEFORE: ReadonlySet<string> = new Set(['cardiac', 'heart', 'respiratory']);
