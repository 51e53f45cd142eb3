/**
 * English stop words: one shared base of function words, and what each stage adds to it for its
 * own reasons, named as such. Content words that are merely common in a story ("migrants") are
 * never stop words: in another story they may be the distinctive ones.
 */

function words(list: string): ReadonlySet<string> {
  return new Set(list.split(/\s+/u).filter(Boolean));
}

/** Articles, pronouns, auxiliaries and modals, prepositions, conjunctions: what no stage reads as content. */
export const FUNCTION_WORDS: ReadonlySet<string> = words(`
  a an the and or but so if then than yet as
  i me my we us our you your he him his she her it its itself they them their themselves himself herself
  this that these those who whom whose which what when where why how there here
  am is are was were be been being has have had do does did
  will would can could may might must shall should
  of to in on at by for with from into onto about over after before until through during between against
  per via up out off down again further once while also such some any all each both more most other own
  very just only
`);

/**
 * Alignment's additions: the rest of the usual English list, negations and contractions, and the
 * words that carry no event (discourse words like "however", and the reporting verbs every quote
 * carries). Alignment asks which sentences tell the same event; none of these says which.
 */
export const ALIGNMENT_STOPWORDS: ReadonlySet<string> = new Set([
  ...FUNCTION_WORDS,
  ...words(`
    above below under upon within without whether ago few same too now let
    doing having hers myself ours ourselves theirs yours yourself yourselves
    no nor not cannot
    it's i'm we're they're he's she's that's there's isn't aren't wasn't weren't hasn't haven't hadn't doesn't don't didn't won't
    wouldn't can't couldn't shouldn't
    however meanwhile nevertheless moreover furthermore although though despite since thus therefore
    according said says say told added
  `),
]);

/**
 * Facts' additions: a few more function words and the possessive `s` left by splitting `Rwanda's`.
 * Negations are deliberately not stop words here: `not` changes what a claim says.
 */
export const FACT_STOPWORDS: ReadonlySet<string> = new Set([
  ...FUNCTION_WORDS,
  ...words(`because across around among something anything still already even s 's`),
]);
