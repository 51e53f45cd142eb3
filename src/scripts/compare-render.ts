/** A pair's rows and change strips, rendered in the browser by the build's own view code (src/components/html/). */
import { changeStrip } from '../components/html/change-strip.ts';
import { compareRows } from '../components/html/compare-rows.ts';
import type { ExportedStory } from '../lib/export/schema.ts';
import { pairView } from '../site/compare-view.ts';
import { exportSource, type PairData } from '../site/pair-data.ts';

export function renderPair(story: unknown, data: unknown): string {
  const pair = data as PairData;
  const view = pairView(exportSource(story as ExportedStory, pair), pair.a, pair.b);
  return (
    changeStrip(view.density.a, `Where ${view.a.outlet} changes`).value +
    compareRows(view).value +
    changeStrip(view.density.b, `Where ${view.b.outlet} changes`).value
  );
}
