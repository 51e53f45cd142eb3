/** The alignment table against another base, rendered in the browser by the build's own view code. */
import { alignmentTable } from '../components/html/alignment-table.ts';
import type { ExportedStory } from '../lib/export/schema.ts';
import { alignmentView, type BaseCells } from '../site/alignment-view.ts';
import { alignmentSource } from '../site/story-from-export.ts';

export function renderAlignment(story: unknown, cells: unknown, base: string): string {
  return alignmentTable(alignmentView(alignmentSource(story as ExportedStory, base, cells as BaseCells), base)).value;
}
