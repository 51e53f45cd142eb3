import type { ExportedStory } from '../lib/export/schema.ts';
import { sentenceNumber } from '../lib/provenance/sentence-id.ts';
import { cellsOfBase, type AlignmentSource, type BaseCells, type TableVersion } from './alignment-view.ts';

/**
 * A story read back from its export (`/api/stories/<slug>.json`), as the views read it, for a page's
 * script that renders a view the build did not (the alignment table against another base): the same
 * view code then runs in the browser, on the export and the diffs the analysis stored.
 */
export function alignmentSource(story: ExportedStory, base: string, cells: BaseCells): AlignmentSource {
  return {
    slug: story.slug,
    versions: versionsOf(story),
    alignment: story.alignment.map((group) => ({
      id: group.id,
      sentences: group.sentences,
      links: group.links ?? [],
      alsoCoveredBy: group.alsoCoveredBy,
    })),
    alignmentCells: cellsOfBase(base, cells),
  };
}

/** The export's versions with their sentences as the views read them (a sentence's number from its id). */
export function versionsOf(story: ExportedStory): TableVersion[] {
  return story.versions.map((version) => ({
    id: version.id,
    outlet: version.outlet,
    note: version.note,
    sentences: version.sentences.map((sentence) => ({
      id: sentence.id,
      version: version.id,
      n: sentenceNumber(sentence.id),
      text: sentence.text,
    })),
  }));
}
