/**
 * How news says that something is not known: `it is not clear how many staff were on site`, `the cause
 * remains unclear`, `unconfirmed`. A closed class of phrases, as lower-case word sequences (facts
 * compare style keys of words), so that one outlet's `it is not clear how many staff were on site` beside
 * another's `410 staff were on site` reads as one version stating what another says is not known.
 */
export const UNCERTAINTY_PHRASES: readonly (readonly string[])[] = [
  'not clear',
  'not immediately clear',
  'unclear',
  'uncertain',
  'not known',
  'unknown',
  'not yet known',
  'not confirmed',
  'unconfirmed',
  'unspecified',
  'undisclosed',
  'could not confirm',
  'could not be confirmed',
  'no word on',
].map((phrase) => phrase.split(' '));

/** Words saying a thing is still being looked into (`under investigation`, `investigators are examining`): no statement of it. */
export const INQUIRY_WORDS: ReadonlySet<string> = new Set([
  'investigate',
  'investigates',
  'investigated',
  'investigating',
  'investigation',
  'investigations',
  'investigator',
  'investigators',
  'inquiry',
  'probe',
  'probing',
  'examining',
]);
