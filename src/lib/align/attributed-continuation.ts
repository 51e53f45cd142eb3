import { quotedSpans } from './terms.ts';
import type { ScoredPair, SentenceRef } from './types.ts';

/** A grouping as strategies return it: members (story-wide indexes) with the pairs inside. */
export interface MemberGroup {
  members: number[];
  pairs: ScoredPair[];
}

export interface ContinuationOptions {
  /** Most words outside the quotation: `he said`, `said Mr Pellow`, `Olivier Nduhungirehe added`. */
  maxAttributionWords: number;
  /** Least words inside the quotation. */
  minQuotedWords: number;
  /** Most sentences of one version a group may hold, as in `SharingOptions.maxPerVersion`. */
  maxPerVersion: number;
}

// Verbs that attribute a quotation to a speaker; generic English, not words of any story.
const REPORTING = new Set(
  `said says added told stressed noted insisted explained warned argued continued replied
   admitted acknowledged conceded claimed asserted declared remarked observed cautioned urged`.split(/\s+/u),
);
const PRONOUNS = new Set(['he', 'she', 'they']);

interface Attribution {
  /** `he`, or the lower-cased words of the speaker's name. */
  speaker: string[];
  pronoun: boolean;
}

/**
 * A quotation split off from the statement before it: "“It's premature to speculate,” he said."
 * shares no word with anything (outlets paraphrase such asides), yet it is the same speaker saying
 * more of what the previous sentence reports. A sentence with no scored pair at all, that is only
 * a quotation and its attribution, joins the group of its neighbour in the same version when that
 * neighbour attributes a statement to the same speaker: the sentence before it for a pronoun (which
 * points back), the sentence before or after it for a name. The link it gains is to the neighbour's
 * strongest partner, with the neighbour's score and evidence saying why.
 */
export function joinAttributedContinuations(
  sentences: readonly SentenceRef[],
  groups: readonly MemberGroup[],
  allPairs: readonly ScoredPair[],
  options: ContinuationOptions,
): MemberGroup[] {
  const paired = new Set<number>();
  for (const pair of allPairs) paired.add(pair.a).add(pair.b);
  const result = groups.map((group) => ({ members: [...group.members], pairs: [...group.pairs] }));
  const groupOf = new Map<number, MemberGroup>();
  for (const group of result) for (const member of group.members) groupOf.set(member, group);

  for (const ref of sentences) {
    const own = groupOf.get(ref.index)!;
    if (paired.has(ref.index) || own.members.length > 1) continue;
    const attribution = quoteAttribution(ref);
    if (!attribution) continue;
    const neighbours = attribution.pronoun ? [ref.index - 1] : [ref.index - 1, ref.index + 1];
    for (const index of neighbours) {
      const neighbour = sentences[index];
      if (!neighbour || neighbour.version !== ref.version) continue;
      const target = groupOf.get(index)!;
      const sameVersion = target.members.filter((member) => sentences[member]!.version === ref.version).length;
      if (target.members.length < 2 || sameVersion >= options.maxPerVersion || !attributesTo(neighbour, attribution)) continue;
      const link = continuationLink(sentences, ref, neighbour, target);
      if (!link) continue;
      target.members.push(ref.index);
      target.pairs.push(link);
      own.members = [];
      groupOf.set(ref.index, target);
      break;
    }
  }
  return result.filter((group) => group.members.length > 0);

  function quoteAttribution(ref: SentenceRef): Attribution | undefined {
    const spans = quotedSpans(ref.sentence.text);
    if (spans.length === 0) return undefined;
    const words = ref.sentence.tokens.filter((token) => token.word);
    const inside = words.filter((token) => spans.some(([start, end]) => token.at >= start && token.at < end));
    const outside = words.filter((token) => !inside.includes(token)).map((token) => token.norm);
    if (inside.length < options.minQuotedWords || outside.length > options.maxAttributionWords) return undefined;
    const verbs = outside.filter((word) => REPORTING.has(word));
    if (verbs.length !== 1) return undefined;
    const speaker = outside.filter((word) => !REPORTING.has(word) && !/^(mr|mrs|ms|dr)$/u.test(word));
    if (speaker.length === 0) return undefined;
    return { speaker, pronoun: speaker.length === 1 && PRONOUNS.has(speaker[0]!) };
  }
}

/**
 * The neighbour reports what someone said (a reporting verb) and, for a name, names the same
 * speaker; a pronoun points back to whoever the sentence before reports.
 */
function attributesTo(neighbour: SentenceRef, attribution: Attribution): boolean {
  const norms = new Set(neighbour.sentence.tokens.filter((token) => token.word).map((token) => token.norm));
  if (![...norms].some((word) => REPORTING.has(word))) return false;
  return attribution.pronoun || attribution.speaker.some((word) => norms.has(word));
}

/** A cross-version link for the joined sentence: to the neighbour's strongest partner in the group. */
function continuationLink(
  sentences: readonly SentenceRef[],
  ref: SentenceRef,
  neighbour: SentenceRef,
  group: MemberGroup,
): ScoredPair | undefined {
  let best: ScoredPair | undefined;
  for (const pair of group.pairs) {
    if (pair.a !== neighbour.index && pair.b !== neighbour.index) continue;
    if (!best || pair.link.score > best.link.score) best = pair;
  }
  if (!best) return undefined;
  const partner = best.a === neighbour.index ? best.b : best.a;
  const [a, b] = ref.index < partner ? [ref.index, partner] : [partner, ref.index];
  const evidence = [
    `same speaker: ${ref.sentence.id} quotes the speaker of ${neighbour.sentence.id}, which aligns with ${sentences[partner]!.sentence.id}`,
  ];
  // The partner carries the statement the quotation continues: taken as carrying all of it, so that when the row
  // rule parts the quotation from its neighbour (`rows.ts`), the partner also covers the quotation's row.
  return {
    a,
    b,
    coverA: 1,
    coverB: 1,
    link: { a: sentences[a]!.sentence.id, b: sentences[b]!.sentence.id, score: best.link.score, evidence },
  };
}
