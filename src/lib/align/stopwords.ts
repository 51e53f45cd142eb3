/**
 * English function words: they say nothing about which event a sentence reports, so they are never
 * evidence; nor do discourse words ("however", "despite") and the reporting verbs every quote
 * carries ("said", "told"). Content words that are merely common in a story ("migrants") are left to
 * the rarity weight instead, because in another story they may be the distinctive ones.
 */
export const STOPWORDS: ReadonlySet<string> = new Set(
  `a about above after again against all also am an and any are as at be been before being below between both
  but by can could did do does doing down during each few for from further had has have having he her here hers
  herself him himself his how i if in into is it its itself just me more most my myself no nor not now of off on
  once only or other our ours ourselves out over own same she should so some such than that the their theirs them
  themselves then there these they this those through to too under until up very was we were what when where which
  while who whom why will with would you your yours yourself yourselves may might must shall us let it's i'm we're
  they're he's she's that's there's isn't aren't wasn't weren't hasn't haven't hadn't doesn't don't didn't won't
  wouldn't can't cannot couldn't shouldn't per via upon onto within without whose whether yet ago
  however meanwhile nevertheless moreover furthermore although though despite since thus therefore also
  according said says say told added`
    .split(/\s+/)
    .filter(Boolean),
);
