import type { ChromeMatch } from './rule.ts';
import { wordCount } from './text-shape.ts';

// `Audio By Carbonatix`, `Narrated by …`: the player's credit.
const CREDIT = String.raw`audio (?:by|from|powered by) \S.*|(?:powered|narrated|voiced) by \S.*`;
// `3 min`, `4 minutes 20 sec`: the recording's length after the label.
const LENGTH = String.raw`\W*\d+\s*(?:min(?:ute)?s?|m)(?:\W*\d+\s*(?:sec(?:ond)?s?|s))?`;
// `Listen to this article 3 min`, `Play audio`, `Listen now`: the player's button.
const BUTTON = String.raw`listen to (?:this |the )?(?:article|story)(?:${LENGTH})?|play audio|listen(?: now)?`;

/**
 * Audio-player widgets: `Audio By Carbonatix`, `Listen to this article 3 min`, `Listen to article`,
 * `Narrated by …`, `Play audio`.
 */
const AUDIO_WIDGET = new RegExp(String.raw`^(?:${CREDIT}|${BUTTON})$`, 'iu');

export function matchAudioCredit(text: string): ChromeMatch | undefined {
  if (wordCount(text) > 8 || !AUDIO_WIDGET.test(text)) return undefined;
  return { rule: 'audio-credit', reason: 'audio player credit' };
}
