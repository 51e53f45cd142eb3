import type { AlsoCover } from './also-covers.ts';
import type { ScoredPair, SentenceRef } from './types.ts';

/**
 * A member of a group whose version tells the statement twice far apart goes with the telling it scores this much
 * with, when that is more than it scores with the telling that keeps the row: it is a copy of that telling (a wire
 * copy of a lede one version repeats after its background), and left with the other telling it strands its copy.
 * Measured at bd2e058 (words only, mean link F1, each the mean of the plain run and five with scores jittered by 2%):
 * D 0.566 -> 0.580, G 0.618 -> 0.620, H 0.605 -> 0.613, A, B and E and the three gold files unchanged; 0.5 costs A
 * 0.715 -> 0.709, 0.8 gains H less (0.607), 0.6 to 0.7 are the same as 0.65.
 */
export const COPY_SCORE = 0.65;

/**
 * The least score of the one pair that holds a row of two, on word evidence (`AlignOptions.minPairScore`: off beside
 * sentence vectors). Rows of two on a pair of 0.1 to 0.2 were right 18 times in 84 on the development samples (from
 * 0.3: 112 in 129). Measured on the sentences of bd2e058 (words only, mean link F1, each the mean of the plain run and
 * five with scores jittered by 2%), against no floor: A 0.715 -> 0.717, B 0.628 -> 0.639, D 0.580 -> 0.585, E 0.677 ->
 * 0.680, G 0.620 -> 0.621, H 0.613 -> 0.616, seed 0.760 -> 0.764, harbourton and strathmore unchanged; 0.15 and 0.2
 * gain too (G 0.618 and 0.624), 0.225 costs B and D.
 */
export const MIN_PAIR_SCORE = 0.175;

/** A row of the alignment table: at most one sentence of each version, and the sentences that also cover it. */
export interface Row {
  members: number[];
  pairs: ScoredPair[];
  covers: AlsoCover[];
}

/**
 * Turns groups into rows of the alignment table, which hold at most one sentence of each version (the product's
 * rule, eval/README.md "Merged sentences"). Clustering may put two sentences of one version in a group: the halves of
 * a statement the version tells in two sentences, or a statement it tells twice. The version that tells them apart
 * decides: each of its sentences starts a row, and every other member goes to the row of the sentence it matches
 * best. A member that was the only one of its version in the group merges what that version splits, so it also
 * covers the other rows it has a scored pair in. Of a statement told twice far apart (further than
 * `maxSplitDistance`), the telling that matches the others best keeps the row; the other starts a row of its own,
 * joined by the members that copy it (`copyScore`, see `COPY_SCORE`), and stands alone when none does.
 */
export function splitIntoRows(
  sentences: readonly SentenceRef[],
  groups: readonly { members: readonly number[]; pairs: readonly ScoredPair[] }[],
  pairs: readonly ScoredPair[],
  maxSplitDistance: number,
  copyScore = COPY_SCORE,
): Row[] {
  const n = sentences.length;
  const scored = new Map<number, ScoredPair>();
  // The groups' own pairs too: a strategy may add links the scorer did not propose (a quotation's continuation).
  for (const pair of [...pairs, ...groups.flatMap((group) => group.pairs)]) scored.set(pair.a * n + pair.b, pair);
  const pairOf = (x: number, y: number): ScoredPair | undefined => scored.get(Math.min(x, y) * n + Math.max(x, y));
  const score = (x: number, y: number): number => pairOf(x, y)?.link.score ?? 0;
  const version = (x: number): number => sentences[x]!.version;
  const opens = (x: number): boolean => sentences[x]!.position === 0;

  const split = (members: readonly number[]): { rows: number[][]; covers: AlsoCover[][] } => {
    const byVersion = new Map<number, number[]>();
    for (const member of members) byVersion.set(version(member), [...(byVersion.get(version(member)) ?? []), member]);
    let splitter: number[] | undefined;
    for (const [, own] of [...byVersion].sort((x, y) => x[0] - y[0]))
      if (own.length > 1 && own.length > (splitter?.length ?? 1)) splitter = own;
    if (!splitter) return { rows: [[...members]], covers: [[]] };
    const seeds = [...splitter].sort((x, y) => sentences[x]!.position - sentences[y]!.position);
    const others = members.filter((member) => !seeds.includes(member));
    const far = sentences[seeds.at(-1)!]!.position - sentences[seeds[0]!]!.position > maxSplitDistance * (seeds.length - 1);
    if (far) {
      // A statement told twice: the telling the others match best keeps them, but a member that copies another
      // telling (scores `copyScore` with it, and more than with the keeper) goes with that one. Each other telling
      // heads a row of its own, alone when no member copies it.
      const weight = (seed: number): number => others.reduce((sum, other) => sum + score(seed, other), 0);
      const keeper = seeds.reduce((best, seed) => (weight(seed) > weight(best) ? seed : best));
      const tellings = new Map(seeds.map((seed) => [seed, seed === keeper ? [] : [seed]]));
      for (const other of others) {
        const copied = seeds.reduce((best, seed) => (score(other, seed) > score(other, best) ? seed : best), keeper);
        tellings.get(score(other, copied) >= copyScore ? copied : keeper)!.push(other);
      }
      const parts = seeds.map((seed) => (seed === keeper ? split([keeper, ...tellings.get(seed)!]) : split(tellings.get(seed)!)));
      const rest = parts[seeds.indexOf(keeper)]!;
      const told = parts.filter((part) => part !== rest);
      return {
        rows: [...rest.rows, ...told.flatMap((part) => part.rows)],
        covers: [...rest.covers, ...told.flatMap((part) => part.covers)],
      };
    }
    const rows = seeds.map((seed) => [seed]);
    const loners: number[][] = [];
    // Two articles' opening sentences both lead with the news: a member that opens its article goes to the row of
    // the splitting version's opening sentence whenever they share any evidence, though a later sentence of that
    // version (the minister's interview after the lede) may share more names with it. Openers are placed first.
    const openingRow = seeds.findIndex(opens);
    const leads = (member: number): boolean => openingRow >= 0 && opens(member) && score(member, seeds[openingRow]!) > 0;
    // Every other member goes to the row of the sentence it matches best; strongest matches first, so a member that
    // fits one half clearly is placed before a hesitant one (matching the seeds beat the row's average: A 0.704 / 0.700).
    const bestScore = (member: number): number => Math.max(...seeds.map((seed) => score(member, seed)));
    const placing = [...others].sort((x, y) => Number(leads(y)) - Number(leads(x)) || bestScore(y) - bestScore(x) || x - y);
    for (const member of placing) {
      const free = rows.flatMap((row, index) => (row.some((other) => version(other) === version(member)) ? [] : [index]));
      const at =
        leads(member) && free.includes(openingRow)
          ? openingRow
          : free.reduce((best, index) => (best < 0 || score(member, seeds[index]!) > score(member, seeds[best]!) ? index : best), -1);
      if (at < 0) loners.push([member]);
      else rows[at]!.push(member);
    }
    const covers: AlsoCover[][] = rows.map(() => []);
    for (const member of others) {
      if (byVersion.get(version(member))!.length > 1) continue;
      rows.forEach((row, index) => {
        if (row.some((other) => version(other) === version(member))) return;
        const strongest = row
          .map((other) => pairOf(member, other))
          .filter((pair): pair is ScoredPair => pair !== undefined)
          .sort((x, y) => y.link.score - x.link.score)[0];
        if (strongest) covers[index]!.push({ member, pair: strongest });
      });
    }
    // Another version may split the statement too: its rows are split again.
    const again = rows.map((row) => split(row));
    return {
      rows: [...again.flatMap((part) => part.rows), ...loners],
      covers: [
        ...again.flatMap((part, index) => part.covers.map((list, at) => (at === 0 ? [...list, ...covers[index]!] : list))),
        ...loners.map(() => []),
      ],
    };
  };

  return groups.flatMap((group) => {
    const { rows, covers } = split(group.members);
    return rows.map((members, index) => {
      const inRow = new Set(members);
      return {
        members,
        pairs: group.pairs.filter((pair) => inRow.has(pair.a) && inRow.has(pair.b)),
        covers: covers[index]!.filter((cover) => !inRow.has(cover.member)),
      };
    });
  });
}

/**
 * A row keeps a member only while the member's mean score with the row's other members (an unscored pair counts 0)
 * is at least `minMean`, the clustering's own join threshold: splitting a group into rows can leave a member in a row
 * whose other members never vouched for it (it joined on the sentences that went to another row). The weakest
 * member leaves first (on a tie, the later sentence), then the means are taken again; each leaver stands alone.
 * A row left with two members stands on its one pair, which must score `minPair` (see `MIN_PAIR_SCORE`), or both
 * stand alone; a row of two without a scored pair (a bare quotation joined to its neighbour's row) is kept.
 */
export function dropWeakMembers(rows: readonly Row[], minMean: number, minPair = MIN_PAIR_SCORE): Row[] {
  const kept: Row[] = [];
  const alone: Row[] = [];
  for (const row of rows) {
    let members = [...row.members].sort((x, y) => x - y);
    let pairs = row.pairs;
    let covers = row.covers;
    while (members.length > 2) {
      const sums = new Map<number, number>(members.map((member) => [member, 0]));
      for (const pair of pairs) {
        sums.set(pair.a, sums.get(pair.a)! + pair.link.score);
        sums.set(pair.b, sums.get(pair.b)! + pair.link.score);
      }
      let weakest = members[0]!;
      for (const member of members) if (sums.get(member)! <= sums.get(weakest)!) weakest = member;
      if (sums.get(weakest)! / (members.length - 1) >= minMean) break;
      members = members.filter((member) => member !== weakest);
      pairs = pairs.filter((pair) => pair.a !== weakest && pair.b !== weakest);
      covers = covers.filter((cover) => cover.pair.a !== weakest && cover.pair.b !== weakest);
      alone.push({ members: [weakest], pairs: [], covers: [] });
    }
    const pair = members.length === 2 ? pairs.find((own) => members.includes(own.a) && members.includes(own.b)) : undefined;
    if (pair && pair.link.score < minPair) {
      for (const member of members) alone.push({ members: [member], pairs: [], covers: [] });
      continue;
    }
    kept.push(members.length === row.members.length ? row : { members, pairs, covers });
  }
  return [...kept, ...alone];
}
