/**
 * Quote flags. Wording: the same remark quoted in words neither of which holds the other's content
 * words (quoting less, or in pieces, is no disagreement); likely when the two sentences correspond.
 * Attribution: one quotation given to two different named people, only when the two mentions are
 * the same words (a short phrase inside a longer quote, `“corruption pact”`, is often the court's or
 * a prosecutor's phrase that several people repeat: not evidence of who said it).
 */
import { editDistance } from '../../language/edit-distance.ts';
import { speakerGroups, speakersMatch } from '../compare.ts';
import { contentStems } from '../normalize.ts';
import type { StoryContext } from '../story-context.ts';
import type { RawMention } from '../types.ts';
import { evidenceOf } from './pairs.ts';
import type { FlagVerdict } from './types.ts';
import { LIKELY_LINK } from './values.ts';

/** Least content words two quotations share, and the least share of them (Dice), to be one quotation said by two people. */
const SAME_WORDS = 3;
const SAME_SHARE = 0.6;

export function quoteFlags(pairs: readonly [RawMention, RawMention][], context: StoryContext): FlagVerdict[] {
  const stems = new Map<RawMention, Set<string>>();
  const stemsOf = (mention: RawMention): Set<string> => {
    let known = stems.get(mention);
    if (!known) stems.set(mention, (known = new Set(contentStems(mention.text))));
    return known;
  };
  // A quotation a version gives in pieces is one quotation: what one version quotes may be held by all its pieces together.
  const byVersion = new Map<string, Set<string>>();
  for (const mention of pairs.flat()) {
    const all = byVersion.get(mention.version) ?? new Set<string>();
    for (const word of stemsOf(mention)) all.add(word);
    byVersion.set(mention.version, all);
  }
  const verdicts: FlagVerdict[] = [];
  const groups = speakerGroups(pairs.flat());
  const speaker = groups[0]?.speaker ?? pairs[0]?.[0].speaker ?? 'the speaker';
  for (const [a, b] of pairs) {
    const left = stemsOf(a);
    const right = stemsOf(b);
    const differ =
      !isSubset(left, right) &&
      !isSubset(right, left) &&
      !isSubset(left, byVersion.get(b.version)!) &&
      !isSubset(right, byVersion.get(a.version)!);
    if (differ) {
      const link = context.link(a.sentence, b.sentence);
      verdicts.push({
        disagreement: true,
        // A quotation read to its paragraph's end without a closing mark may run past what was quoted: possible.
        confidence: link >= LIKELY_LINK && !spelledAlike(left, right) && !a.unclosed && !b.unclosed ? 'likely' : 'possible',
        evidence: evidenceOf('quote wording', speaker, a, b, context),
        note: `different words inside quotation marks: “${a.text}” (${a.version}) vs “${b.text}” (${b.version})`,
      });
    }
    if (a.speaker && b.speaker && isNamed(a.speaker) && isNamed(b.speaker) && !speakersMatch(a.speaker, b.speaker)) {
      const shared = [...left].filter((word) => right.has(word)).length;
      if (shared < SAME_WORDS || (2 * shared) / Math.max(1, left.size + right.size) < SAME_SHARE) continue;
      verdicts.push({
        disagreement: true,
        // A speaker read for a quotation without its closing mark is less sure.
        confidence: a.unclosed || b.unclosed ? 'possible' : 'likely',
        evidence: { ...evidenceOf('attribution', a.text, a, b, context), values: [a.speaker, b.speaker] },
        note: `attributed to ${groups.map((group) => `${group.speaker} (${group.versions.join(', ')})`).join(' and to ')}`,
      });
    }
  }
  return verdicts;
}

/** Least letters of two words for a spelling apart to be one word spelled two ways. */
const SPELLED_LETTERS = 5;

/**
 * The two quotations differ only in words spelled alike (`moustache` / `mustache`): one word in two
 * houses' spellings, or a slip, not other words. Possible only.
 */
function spelledAlike(left: ReadonlySet<string>, right: ReadonlySet<string>): boolean {
  const onlyLeft = [...left].filter((word) => !right.has(word));
  const onlyRight = [...right].filter((word) => !left.has(word));
  if (onlyLeft.length === 0 || onlyLeft.length !== onlyRight.length) return false;
  return onlyLeft.every((word) =>
    onlyRight.some(
      (other) => word[0] === other[0] && Math.min(word.length, other.length) >= SPELLED_LETTERS && editDistance(word, other, 2) <= 2,
    ),
  );
}

function isNamed(speaker: string): boolean {
  return /^\p{Lu}/u.test(speaker);
}

function isSubset(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const item of a) if (!b.has(item)) return false;
  return true;
}
