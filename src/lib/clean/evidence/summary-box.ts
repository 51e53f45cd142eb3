// A box of summary lines under a label (`LATEST ON THE CLOSURE:` / `Two ferries laid up.` / `Crews on the quay.`): the
// page's bullet points, each a short finished sentence saying again what the article reports. The article leads into a
// list of its own with a sentence (`The board listed three reasons:`); a page's box has a label, not a sentence. A page
// sets its box outside the article's run of prose (above it, mostly); inside the run, a short lead-in (`The measures
// include:`, `Osei told reporters:`) opens the article's own list or words.
import type { Line } from './lines.ts';
import { type ProseRun, readsAsProse } from './prose-run.ts';

/** Words a label of a box runs to at most. */
const LABEL_WORDS = 8;
/** Words a box's item runs to at most: a line longer than this is the article's paragraph under the box. */
const ITEM_WORDS = 15;
/** Items a box holds at least: one short line under a label is a subhead's paragraph. */
const LEAST_ITEMS = 2;

/**
 * For each line, whether it is an item of a box of short finished lines under a label ending in a colon, the label outside
 * the version's main run of prose `run`.
 */
export function summaryBoxItems(lines: readonly Line[], run: Pick<ProseRun, 'start' | 'end'>): boolean[] {
  const items = lines.map(() => false);
  for (const [i, label] of lines.entries()) {
    if (i >= run.start && i <= run.end) continue;
    if (!label.text.endsWith(':') || label.words > LABEL_WORDS || readsAsProse(label)) continue;
    let end = i + 1;
    while (end < lines.length && lines[end]!.ends && lines[end]!.words <= ITEM_WORDS && !lines[end]!.text.endsWith(':')) end++;
    if (end - (i + 1) >= LEAST_ITEMS) for (let k = i + 1; k < end; k++) items[k] = true;
  }
  return items;
}
