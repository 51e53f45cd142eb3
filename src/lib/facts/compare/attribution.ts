/**
 * Attribution flags: one quotation given to two different named people, only when the two mentions are
 * the same words (three content words or more, Dice ≥ 0.6): a short phrase inside a longer quote
 * (`“corruption pact”`) is often the court's or a prosecutor's phrase that several people repeat, not
 * evidence of who said it. Speakers differ only when their names clearly do (a slipped letter is a spelling matter).
 */
import { editDistance } from '../../language/edit-distance.ts';
import { compareCodeUnits } from '../../language/code-units.ts';
import { namesMatch } from '../group/group.ts';
import { styleKey } from '../normalize.ts';
import type { StoryContext } from '../story-context.ts';
import type { RawMention } from '../types.ts';
import { evidenceOf } from './pairs.ts';
import type { FlagVerdict } from './types.ts';

/** Least content words two quotations share, and the least share of them (Dice), to be one quotation said by two people. */
const SAME_WORDS = 3;
const SAME_SHARE = 0.6;

/**
 * The attribution flag of two mentions of one quote (`left`, `right`: their content stems), or none:
 * both name a speaker, the two are not one person, and the words are the same quotation.
 */
export function attributionFlag(
  a: RawMention,
  b: RawMention,
  left: ReadonlySet<string>,
  right: ReadonlySet<string>,
  groups: readonly SpeakerGroup[],
  context: StoryContext,
): FlagVerdict | undefined {
  if (!a.speaker || !b.speaker || !isNamed(a.speaker) || !isNamed(b.speaker) || speakersMatch(a.speaker, b.speaker)) return undefined;
  const shared = [...left].filter((word) => right.has(word)).length;
  if (shared < SAME_WORDS || (2 * shared) / Math.max(1, left.size + right.size) < SAME_SHARE) return undefined;
  return {
    disagreement: true,
    // A speaker read for a quotation without its closing mark is less sure.
    confidence: a.unclosed || b.unclosed ? 'possible' : 'likely',
    evidence: { ...evidenceOf('attribution', a.text, a, b, context), values: [a.speaker, b.speaker] },
    note: `attributed to ${groups.map((group) => `${group.speaker} (${group.versions.join(', ')})`).join(' and to ')}`,
  };
}

/** One speaker a quote is attributed to, spelled as its fullest telling, and the versions naming them. */
export interface SpeakerGroup {
  speaker: string;
  versions: string[];
}

/**
 * The named speakers a quote's mentions give, one per person (`Okafor` joins `Sarah Okafor`), most
 * versions first; a version counts once for each person it names, however often it repeats the quote.
 */
export function speakerGroups(mentions: readonly RawMention[]): SpeakerGroup[] {
  const groups: { names: string[]; versions: Set<string>; uses: Map<string, Set<string>> }[] = [];
  for (const mention of [...mentions].sort((a, b) => compareCodeUnits(a.version, b.version) || a.start - b.start)) {
    const speaker = mention.speaker;
    if (!speaker || !isNamed(speaker)) continue;
    const group = groups.find((known) => known.names.some((name) => speakersMatch(name, speaker)));
    if (group) {
      if (!group.names.includes(speaker)) group.names.push(speaker);
      group.versions.add(mention.version);
      group.uses.set(speaker, (group.uses.get(speaker) ?? new Set()).add(mention.version));
    } else groups.push({ names: [speaker], versions: new Set([mention.version]), uses: new Map([[speaker, new Set([mention.version])]]) });
  }
  // The fullest telling, and of equally full ones the spelling most versions give.
  const uses = (group: (typeof groups)[number], name: string): number => group.uses.get(name)?.size ?? 0;
  return groups
    .map((group) => ({
      speaker: [...group.names].sort(
        (a, b) => b.split(/\s+/u).length - a.split(/\s+/u).length || uses(group, b) - uses(group, a) || compareCodeUnits(a, b),
      )[0]!,
      versions: [...group.versions].sort(compareCodeUnits),
    }))
    .sort((a, b) => b.versions.length - a.versions.length || compareCodeUnits(a.speaker, b.speaker));
}

/** Speakers differ only when their names clearly do: a slipped letter is a spelling matter. */
export function speakersMatch(a: string, b: string): boolean {
  if (namesMatch(a, b)) return true;
  const last = (name: string): string => styleKey(name).split(' ').at(-1) ?? '';
  return Math.min(last(a).length, last(b).length) >= 4 && editDistance(last(a), last(b), 1) <= 1;
}

function isNamed(speaker: string): boolean {
  return /^\p{Lu}/u.test(speaker);
}
