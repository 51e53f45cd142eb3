import type { Sentence, Token } from '../../types.ts';
import { compareCodeUnits } from '../../language/code-units.ts';
import { byVersionThenStart } from '../order.ts';
import { claimHunks, claimWordsCache, type ClaimSide, type CoveredTest } from './claim-hunks.ts';
import { Clusters } from '../group/cluster.ts';
import { styleKey } from '../normalize.ts';
import { originalOffsets } from '../spans.ts';
import type { StoryContext } from '../story-context.ts';
import { claimRule, type ClaimChange } from '../compare/claim.ts';
import { sentenceChanges } from '../compare/index.ts';
import { LIKELY_LINK } from '../compare/value.ts';
import { round, strongest } from '../compare/pairs.ts';
import type { FlagVerdict } from '../compare/types.ts';
import type { Fact, FactAlignmentGroup, FactInputVersion, FactMention, FactVariant, RawMention } from '../types.ts';

/** Kinds whose own facts report their differences, so a claim change never repeats them. */
const COVERING_KINDS = new Set(['person', 'place', 'organization', 'date', 'number', 'quote', 'source']);

/**
 * `claim` facts: meaning-changing wording changes between aligned sentences of different versions
 * (see `claim-hunks.ts`). The changes found pair by pair are joined where they overlap in one
 * sentence, so three outlets wording one claim three ways make one fact with three variants.
 */
export function findClaims(
  versions: readonly FactInputVersion[],
  alignment: readonly FactAlignmentGroup[],
  mentions: readonly RawMention[],
  context: StoryContext,
): Omit<Fact, 'id'>[] {
  const covered = coveredTest(mentions);
  const sides: ClaimSide[] = [];
  const changes: ClaimChange[] = [];
  const wordingCount = new Map<string, number>();
  const pairKey = (x: string, y: string): string => (x < y ? `${x}\u0000${y}` : `${y}\u0000${x}`);
  const clusters: [number, number][] = [];
  const versionOrder = new Map(versions.map((version, index) => [version.id, index]));
  const prepared = claimWordsCache();
  for (const group of alignment) {
    const sentences = group.sentences
      .map((id) => context.sentence(id))
      .filter((sentence): sentence is Sentence => sentence !== undefined)
      .sort((x, y) => (versionOrder.get(x.version) ?? 0) - (versionOrder.get(y.version) ?? 0) || x.n - y.n);
    for (let i = 0; i < sentences.length; i++) {
      for (let j = i + 1; j < sentences.length; j++) {
        if (sentences[i]!.version === sentences[j]!.version) continue;
        for (const hunk of [
          ...claimHunks(sentences[i]!, sentences[j]!, covered, prepared),
          ...sentenceChanges(sentences[i]!, sentences[j]!, context.link(sentences[i]!.id, sentences[j]!.id)),
        ]) {
          clusters.push([sides.length, sides.length + 1]);
          sides.push(hunk.a, hunk.b);
          changes.push(hunk, hunk);
          if (hunk.reason === 'wording') {
            const key = pairKey(hunk.a.sentence.version, hunk.b.sentence.version);
            wordingCount.set(key, (wordingCount.get(key) ?? 0) + 1);
          }
        }
      }
    }
  }
  const union = new Clusters(sides.length);
  for (const [x, y] of clusters) union.union(x, y);
  // Sides overlap only within one sentence: compare each sentence's sides, not every pair of sides.
  const bySentence = new Map<Sentence, number[]>();
  sides.forEach((side, index) => {
    const list = bySentence.get(side.sentence);
    if (list) list.push(index);
    else bySentence.set(side.sentence, [index]);
  });
  for (const list of bySentence.values()) {
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const left = sides[list[x]!]!;
        const right = sides[list[y]!]!;
        if (left.at < right.end && right.at < left.end) union.union(list[x]!, list[y]!);
      }
    }
  }
  return union
    .groups()
    .map((indices) =>
      claimFact(
        indices.map((index) => sides[index]!),
        [...new Set(indices.map((index) => changes[index]!))].map((change) =>
          claimVerdict(change, wordingCount.get(pairKey(change.a.sentence.version, change.b.sentence.version)) ?? 0, context),
        ),
      ),
    )
    .filter((fact): fact is Omit<Fact, 'id'> => fact !== undefined);
}

/** A change's flag (see compare/claim.ts), with the two sentences and their link as evidence. */
function claimVerdict(change: ClaimChange, wordingChanges: number, context: StoryContext): FlagVerdict {
  const rule = claimRule(change, wordingChanges);
  if (!rule) return { disagreement: false };
  const side = (part: ClaimChange['a']): string => part.sentence.text.slice(part.at, part.end);
  const link = context.link(change.a.sentence.id, change.b.sentence.id);
  return {
    disagreement: true,
    // Loosely linked sentences (a rewrite's lede against another's) may make two statements: possible only.
    confidence: link >= LIKELY_LINK ? rule.confidence : 'possible',
    evidence: {
      rule: rule.rule,
      slot: side(change.a),
      values: [side(change.a), side(change.b)],
      versions: [change.a.sentence.version, change.b.sentence.version],
      sentences: [change.a.sentence.id, change.b.sentence.id],
      link: round(link),
    },
    note: change.note ?? `${rule.rule} changed between aligned sentences`,
  };
}

function claimFact(sides: readonly ClaimSide[], verdicts: readonly FlagVerdict[]): Omit<Fact, 'id'> | undefined {
  const verdict = strongest(verdicts);
  if (!verdict) return undefined;
  const bySentence = new Map<Sentence, { at: number; end: number }>();
  for (const side of sides) {
    const known = bySentence.get(side.sentence);
    bySentence.set(
      side.sentence,
      known ? { at: Math.min(known.at, side.at), end: Math.max(known.end, side.end) } : { at: side.at, end: side.end },
    );
  }
  const mentions: FactMention[] = [...bySentence.entries()]
    .map(([sentence, span]) => ({
      version: sentence.version,
      sentence: sentence.id,
      text: sentence.text.slice(span.at, span.end),
      ...originalOffsets(sentence, span),
    }))
    .sort(byVersionThenStart);
  const variants = claimVariants(mentions);
  if (variants.length < 2) return undefined;
  const fact: Omit<Fact, 'id'> = {
    kind: 'claim',
    label: variants.map((variant) => variant.text).join(' / '),
    mentions,
    variants,
    disagreement: true,
  };
  if (verdict.confidence) fact.confidence = verdict.confidence;
  if (verdict.evidence) fact.evidence = verdict.evidence;
  if (verdict.note) fact.note = verdict.note;
  return fact;
}

function claimVariants(mentions: readonly FactMention[]): FactVariant[] {
  const byKey = new Map<string, FactVariant>();
  for (const mention of mentions) {
    const key = styleKey(mention.text);
    const variant = byKey.get(key) ?? { text: mention.text, versions: [] };
    if (!variant.versions.includes(mention.version)) variant.versions.push(mention.version);
    byKey.set(key, variant);
  }
  return [...byKey.values()]
    .map((variant) => ({ text: variant.text, versions: variant.versions.sort(compareCodeUnits) }))
    .sort((a, b) => b.versions.length - a.versions.length || compareCodeUnits(a.text, b.text));
}

function coveredTest(mentions: readonly RawMention[]): CoveredTest {
  const bySentence = new Map<string, RawMention[]>();
  for (const mention of mentions) {
    if (!COVERING_KINDS.has(mention.kind)) continue;
    const list = bySentence.get(mention.sentence) ?? [];
    list.push(mention);
    bySentence.set(mention.sentence, list);
  }
  return (sentence: Sentence, token: Token) =>
    (bySentence.get(sentence.id) ?? []).some((mention) => token.at >= mention.at && token.at < mention.at + mention.text.length);
}
