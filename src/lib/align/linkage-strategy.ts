import { joinAttributedContinuations, type ContinuationOptions } from './attributed-continuation.ts';
import { averageLinkage, type ClusterOptions } from './average-linkage.ts';
import { withOrderContext, type OrderContextOptions } from './order-context.ts';
import type { AlignmentStrategy } from './types.ts';

export interface LinkageStrategyOptions extends ClusterOptions, OrderContextOptions, ContinuationOptions {
  /** Group a second time with the order of the first grouping as extra evidence (`order-context.ts`). */
  orderContext: boolean;
  /** Join a bare quotation ("…," he said) to its neighbour's group (`attributed-continuation.ts`). */
  continuations: boolean;
}

export const LINKAGE_STRATEGY_DEFAULTS: LinkageStrategyOptions = {
  minLinkage: 0.1,
  minSharingLinkage: 0.13,
  maxPerVersion: 3,
  maxSplitDistance: 1,
  minRepeatLinkage: 0.25,
  minRepeatWitnesses: 2,
  distinctScore: 0.5,
  orderContext: true,
  gapBonus: 0.05,
  maxGapSentences: 2,
  continuations: true,
  maxAttributionWords: 4,
  minQuotedWords: 2,
};

/**
 * Average-linkage grouping (`average-linkage.ts`) in two passes. The first groups on word evidence
 * alone; its groups then serve as anchors, and a pair of weakly similar sentences that sit in the
 * same small gap between anchors in both versions counts a little more (`order-context.ts`) when the
 * second pass groups again from scratch. The links a group keeps carry that evidence too.
 */
export function linkageStrategy(overrides: Partial<LinkageStrategyOptions> = {}): AlignmentStrategy {
  const options = { ...LINKAGE_STRATEGY_DEFAULTS, ...overrides };
  return {
    group(sentences, pairs) {
      const first = averageLinkage(sentences, pairs, options);
      const groups = options.orderContext
        ? averageLinkage(sentences, withOrderContext(sentences, pairs, first.groupOf, options), options).groups
        : first.groups;
      return options.continuations ? joinAttributedContinuations(sentences, groups, pairs, options) : groups;
    },
  };
}
