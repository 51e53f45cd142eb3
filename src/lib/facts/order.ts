import { compareCodeUnits } from '../language/code-units.ts';
import type { FactMention, RawMention } from './types.ts';

/** Mentions in version-id order, then in reading order: never the order of story.yaml. */
export function byVersionThenStart(a: { version: string; start: number }, b: { version: string; start: number }): number {
  return compareCodeUnits(a.version, b.version) || a.start - b.start;
}

/** A mention as the export shows it: exactly the public fields. */
export function publicMention(mention: RawMention): FactMention {
  return { version: mention.version, sentence: mention.sentence, text: mention.text, start: mention.start, end: mention.end };
}
