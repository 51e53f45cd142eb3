/** Speech verbs strong enough to introduce a quote's speaker, in the forms a report uses. */
const SPEECH_VERB_FORMS = `
  said says say told tells added adds noted notes stated states claimed claims admitted admits insisted
  insists warned warns argued argues stressed stresses explained explains announced announces revealed
  reveals acknowledged acknowledges wrote writes asked asks replied replies declared declares conceded
  concedes continued continues recalled recalls promised promises vowed vows urged urges
`;

export const SPEECH_VERBS: ReadonlySet<string> = new Set(SPEECH_VERB_FORMS.trim().split(/\s+/u));

/** A speech verb in any of the forms above (lower case). */
export function isSpeechVerb(word: string): boolean {
  return SPEECH_VERBS.has(word.toLowerCase());
}
