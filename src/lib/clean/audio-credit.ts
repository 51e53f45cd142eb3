import type { ChromeMatch } from './rule.ts';
import { words } from './text-shape.ts';

/**
 * Audio-player widgets: `Audio By Carbonatix`, `Listen to this article 3 min`, `Listen to article`,
 * `Narrated by …`, `Play audio`.
 */
const AUDIO_WIDGET =
  /^(?:audio (?:by|from|powered by) \S.*|(?:powered|narrated|voiced) by \S.*|listen to (?:this |the )?(?:article|story)(?:\W*\d+\s*(?:min(?:ute)?s?|m)(?:\W*\d+\s*(?:sec(?:ond)?s?|s))?)?|play audio|listen(?: now)?)$/iu;

export function matchAudioCredit(text: string): ChromeMatch | undefined {
  if (words(text).length > 8 || !AUDIO_WIDGET.test(text)) return undefined;
  return { rule: 'audio-credit', reason: 'audio player credit' };
}
