import type { CellDiff } from '../lib/diff/types.ts';
import type { Sentence } from '../lib/types.ts';
import type { StoryAnalysis } from '../lib/story-analysis.ts';
import { textRuns, type SentenceView } from './compare-view.ts';
import { perStory } from './story-cache.ts';
import { urls } from './urls.ts';

export interface AlignmentCell {
  version: string;
  sentences: SentenceView[];
  /** The cell's wording differs from the base version's in this group. */
  differs: boolean;
  /**
   * An empty cell whose version still carries the row's statement, merged into a sentence of another row (the
   * group's `alsoCoveredBy`): that row's number as shown, its anchor, and the sentence's number in the version.
   */
  coveredBy?: { row: number; group: string; n: number; href: string };
}

export interface AlignmentRow {
  group: string;
  cells: AlignmentCell[];
  /** Outlets carrying this group; one means only that outlet reports it. */
  carriers: number;
  onlyIn?: string | undefined;
  strongestEvidence?: string | undefined;
}

/** What the table shows of a sentence. */
export type TableSentence = Pick<Sentence, 'id' | 'version' | 'n' | 'text'>;

/** What the table shows of a version. */
export interface TableVersion {
  id: string;
  outlet: string;
  /** How the outlet was identified (story.yaml's `note`): the column head's footnote. */
  note?: string | undefined;
  sentences: readonly TableSentence[];
}

/**
 * What the table reads of a story: a `StoryAnalysis` at build time, and in the browser a story read
 * back from its export (`/api/stories/<slug>.json`) with one base's cells (`baseCells`), when the
 * reader chooses another base.
 */
export interface AlignmentSource {
  slug: string;
  versions: readonly TableVersion[];
  alignment: readonly {
    id: string;
    sentences: readonly string[];
    links: readonly { evidence: readonly string[] }[];
    /** Sentences of other groups that also cover this one (a sentence merging two statements). */
    alsoCoveredBy?: readonly { sentence: string; group: string }[] | undefined;
  }[];
  alignmentCells: StoryAnalysis['alignmentCells'];
}

export interface AlignmentView {
  base: TableVersion;
  versions: readonly TableVersion[];
  rows: AlignmentRow[];
}

/** One base's cells, by group id then version id: what the page's script fetches to change the base. */
export type BaseCells = Record<string, Record<string, CellDiff>>;

export function baseCells(story: AlignmentSource, base: string): BaseCells {
  const cells: BaseCells = {};
  for (const [group, byBase] of Object.entries(story.alignmentCells)) {
    const own = byBase[base];
    if (own) cells[group] = { ...own };
  }
  return cells;
}

/** A story's cells against one base, as `AlignmentSource` holds them. */
export function cellsOfBase(base: string, cells: BaseCells): StoryAnalysis['alignmentCells'] {
  return Object.fromEntries(Object.entries(cells).map(([group, byVersion]) => [group, { [base]: byVersion }]));
}

/**
 * The N-way table against a base version: rows follow the base's reading order, and a group the
 * base lacks follows the row of the sentence that precedes it in its own version, so every
 * version still reads top to bottom as far as the alignment allows.
 */
export function alignmentView(story: AlignmentSource, baseId: string): AlignmentView {
  const base = story.versions.find((version) => version.id === baseId) ?? story.versions[0]!;
  const { groupOf, membersOf } = groupsOf(story, undefined);
  const ordered = orderGroups(story, base, groupOf);
  const rowOf = new Map(ordered.map((group, index) => [group.id, index + 1]));
  const rows = ordered.map((group): AlignmentRow => {
    const members = membersOf.get(group.id)!;
    const baseSentences = members.get(base.id) ?? [];
    const cells = story.versions.map((version): AlignmentCell => {
      const own = members.get(version.id) ?? [];
      if (own.length === 0) return { version: version.id, sentences: [], differs: false, ...coveredCell(story, group, version, rowOf) };
      if (version.id === base.id || baseSentences.length === 0) {
        return { version: version.id, sentences: own.map((sentence) => plainView(story.slug, sentence)), differs: false };
      }
      // A cell the analysis left out reads exactly as the base's.
      const cell = story.alignmentCells[group.id]?.[base.id]?.[version.id];
      const sentencesView = own.map((sentence, index) => ({
        n: sentence.n,
        href: urls.sentence(story.slug, version.id, sentence.n),
        runs: textRuns(sentence.text, cell?.marks[index] ?? []),
      }));
      return { version: version.id, sentences: sentencesView, differs: cell?.differs ?? false };
    });
    // A version whose sentence of another row also covers this one carries the statement too.
    const carrying = cells.filter((cell) => cell.sentences.length > 0 || cell.coveredBy);
    const carriers = carrying.length;
    const only = carriers === 1 ? story.versions.find((version) => version.id === carrying[0]!.version) : undefined;
    return { group: group.id, cells, carriers, onlyIn: only?.outlet, strongestEvidence: group.links[0]?.evidence.join('; ') };
  });
  return { base, versions: story.versions, rows };
}

/** The row and sentence of `version` that also covers `group`, when one does. */
function coveredCell(
  story: AlignmentSource,
  group: Group,
  version: TableVersion,
  rowOf: ReadonlyMap<string, number>,
): Pick<AlignmentCell, 'coveredBy'> {
  const cover = group.alsoCoveredBy?.find((entry) => entry.sentence.startsWith(`${version.id}/`));
  const sentence = cover && version.sentences.find((entry) => entry.id === cover.sentence);
  const row = cover && rowOf.get(cover.group);
  if (!cover || !sentence || row === undefined) return {};
  return { coveredBy: { row, group: cover.group, n: sentence.n, href: urls.sentence(story.slug, version.id, sentence.n) } };
}

/** Each group's sentences by version in reading order, worked out once for a story's alignment pages. */
type Group = AlignmentSource['alignment'][number];

const groupsOf = perStory((story: AlignmentSource, _all: undefined) => {
  const groupOf = new Map<string, Group>();
  for (const group of story.alignment) for (const id of group.sentences) groupOf.set(id, group);
  const membersOf = new Map<string, Map<string, TableSentence[]>>(story.alignment.map((group) => [group.id, new Map()]));
  for (const version of story.versions) {
    for (const sentence of version.sentences) {
      const group = groupOf.get(sentence.id);
      if (!group) continue;
      const members = membersOf.get(group.id)!;
      const own = members.get(version.id);
      if (own) own.push(sentence);
      else members.set(version.id, [sentence]);
    }
  }
  for (const members of membersOf.values()) for (const own of members.values()) own.sort((x, y) => x.n - y.n);
  return { groupOf, membersOf };
});

function orderGroups(story: AlignmentSource, base: TableVersion, groupOf: Map<string, Group>): Group[] {
  const ordered: Group[] = [];
  const placed = new Set<string>();
  for (const sentence of base.sentences) {
    const group = groupOf.get(sentence.id);
    if (group && !placed.has(group.id)) {
      ordered.push(group);
      placed.add(group.id);
    }
  }
  for (const version of story.versions) {
    let previous: Group | undefined;
    for (const sentence of version.sentences) {
      const group = groupOf.get(sentence.id);
      if (!group) continue;
      if (!placed.has(group.id)) {
        const at = previous ? ordered.indexOf(previous) + 1 : 0;
        ordered.splice(at, 0, group);
        placed.add(group.id);
      }
      previous = group;
    }
  }
  return ordered;
}

function plainView(slug: string, sentence: TableSentence): SentenceView {
  return { n: sentence.n, href: urls.sentence(slug, sentence.version, sentence.n), runs: [{ text: sentence.text, kind: 'same' }] };
}
