/**
 * A date of a saying: `an official said Thursday`, `the centre said at 11 p.m. ET`, `told reporters on Monday`. It
 * dates when a source spoke, not the event the sentence tells of (`the blast on Tuesday`, `made landfall at 10
 * p.m.`), so it is compared only with another date of a saying: against a date of the event, two events.
 */
import { isSpeechVerb } from '../../language/speech-verbs.ts';
import type { StoryContext } from '../story-context.ts';
import type { RawMention } from '../types.ts';

/** Words allowed between the speech verb and the date (`told reporters on`, `said in a statement on`). */
const GAP_WORDS = 4;
// The words right before a date, back to the last clause break.
const WORDS_BEFORE = /([\p{L}'’-]+(?:\s+[\p{L}'’-]+)*)\s*$/u;

/** The date mention follows a speech verb in its own clause, at most `GAP_WORDS` words after it. */
export function datesSaying(mention: RawMention, context: StoryContext): boolean {
  const text = context.sentence(mention.sentence)?.text;
  if (!mention.date || text === undefined) return false;
  const before = WORDS_BEFORE.exec(text.slice(Math.max(0, mention.at - 80), mention.at))?.[1];
  if (!before) return false;
  const words = before.split(/\s+/u);
  return words.slice(-(GAP_WORDS + 1)).some(speaks);
}

/** A speech verb as a verb: in lower case (not `United States`) and past or `says`/`tells` (not the nouns `claims`, `notes`). */
function speaks(word: string): boolean {
  return word === word.toLowerCase() && isSpeechVerb(word) && /(?:ed|said|says|told|tells|wrote)$/u.test(word);
}
