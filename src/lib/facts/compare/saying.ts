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

// The words right after a date, up to the next clause break; and a date opening its sentence (`On Wednesday,`).
const WORDS_AFTER = /^\s*([\p{L}'’-]+(?:\s+[\p{L}'’-]+)*)/u;
const OPENS_SENTENCE = /^\s*(?:[\p{Lu}][\p{Ll}]*\s+)?$/u;

/**
 * The date mention dates a speech verb of its own clause: at most `GAP_WORDS` words after the verb (`X said on
 * Thursday`), right before it (`X on Wednesday said`), or opening the sentence before its subject and verb (`On
 * Wednesday, X announced`). A date inside a clause, a comma then a verb (`the blast on Tuesday, officials said`), dates
 * the event.
 */
export function datesSaying(mention: RawMention, context: StoryContext): boolean {
  const text = context.sentence(mention.sentence)?.text;
  if (!mention.date || text === undefined) return false;
  const before = WORDS_BEFORE.exec(text.slice(Math.max(0, mention.at - 80), mention.at))?.[1];
  if (
    before &&
    before
      .split(/\s+/u)
      .slice(-(GAP_WORDS + 1))
      .some(speaks)
  )
    return true;
  const rest = text.slice(mention.at + mention.text.length);
  const opening = OPENS_SENTENCE.test(text.slice(0, mention.at));
  const after = WORDS_AFTER.exec(opening ? rest.replace(/^,/u, '') : rest)?.[1];
  if (!after) return false;
  const words = after.split(/\s+/u);
  return opening ? words.slice(0, GAP_WORDS + 1).some(speaks) : speaks(words[0]!);
}

/** A speech verb as a verb: in lower case (not `United States`) and past or `says`/`tells` (not the nouns `claims`, `notes`). */
function speaks(word: string): boolean {
  return word === word.toLowerCase() && isSpeechVerb(word) && /(?:ed|said|says|told|tells|wrote)$/u.test(word);
}
