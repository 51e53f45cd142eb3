/**
 * Quote wording flags: the same remark quoted in words neither of which holds the other's content
 * words (quoting less, or in pieces, is no disagreement); likely when the two sentences correspond.
 * Each pair is also put to attribution.ts (one quotation, two named speakers).
 */
import { editDistance } from '../../language/edit-distance.ts';
import { foldLetters } from '../../language/fold.ts';
import { attributionFlag, speakerGroups } from './attribution.ts';
import { contentStems } from '../normalize.ts';
import type { StoryContext } from '../story-context.ts';
import type { RawMention } from '../types.ts';
import { evidenceOf } from './pairs.ts';
import type { FlagVerdict } from './types.ts';
import { LIKELY_LINK } from './value.ts';

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
      !isSubset(right, byVersion.get(a.version)!) &&
      // Words spelled alike (`aeroplane` / `airplane`, a slip) are one wording; so is one quotation letter for letter
      // inside the other, whatever a capture did to its spaces, brackets or last word (`before the tide tur`).
      !spelledAlike(left, right) &&
      !lettersWithin(a.text, b.text);
    if (differ) {
      const link = context.link(a.sentence, b.sentence);
      verdicts.push({
        disagreement: true,
        // A quotation read to its paragraph's end without a closing mark may run past what was quoted: possible.
        confidence: link >= LIKELY_LINK && !a.unclosed && !b.unclosed ? 'likely' : 'possible',
        evidence: evidenceOf('quote wording', speaker, a, b, context),
        note: `different words inside quotation marks: “${a.text}” (${a.version}) vs “${b.text}” (${b.version})`,
      });
    }
    const attribution = attributionFlag(a, b, left, right, groups, context);
    if (attribution) verdicts.push(attribution);
  }
  return verdicts;
}

/** One quotation's letters, read without case, accents, spaces or marks, run unbroken inside the other's. */
function lettersWithin(a: string, b: string): boolean {
  const left = foldLetters(a).replace(/[^\p{L}\p{N}]/gu, '');
  const right = foldLetters(b).replace(/[^\p{L}\p{N}]/gu, '');
  const [shorter, longer] = left.length <= right.length ? [left, right] : [right, left];
  return shorter.length > 0 && longer.includes(shorter);
}

/** Least letters of two words for a spelling apart to be one word spelled two ways. */
const SPELLED_LETTERS = 5;

/**
 * The two quotations differ only in words spelled alike (`moustache` / `mustache`): one word in two
 * houses' spellings, or a slip, not other words. No flag.
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

function isSubset(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  for (const item of a) if (!b.has(item)) return false;
  return true;
}
