import type { AnalysedVersion } from '../../lib/types.ts';
import type { CompareView, RowView, SentenceView } from '../../site/compare-view.ts';
import { diffText, factFlag } from './diff-text.ts';
import { attr, classes, html, type Html } from './html.ts';

/** Unchanged rows kept in view on each side of a folded run, as code review tools keep context lines. */
const CONTEXT = 1;
/** Fewest unchanged rows worth folding (fewer are shown: a fold of one row saves nothing). */
const FOLD_AT = 3;

/** The side-by-side rows of a compare page; in a near-copy, long runs of unchanged rows fold. */
export function compareRows(view: CompareView): Html {
  const head = html`<div class="rows-head" aria-hidden="true"><div>${view.a.outlet}</div><div>${view.b.outlet}</div></div>`;
  return html`<div class="rows-wrap">${head}<ol class="rows">${folded(view)}</ol></div>`;
}

function folded(view: CompareView): Html[] {
  const out: Html[] = [];
  const rows = view.rows;
  let index = 0;
  while (index < rows.length) {
    if (view.mode === 'plain' || rows[index]!.changed) {
      out.push(rowHtml(view, rows[index]!));
      index++;
      continue;
    }
    let end = index;
    while (end < rows.length && !rows[end]!.changed) end++;
    const keepBefore = index === 0 ? 0 : CONTEXT;
    const keepAfter = end === rows.length ? 0 : CONTEXT;
    const hidden = end - index - keepBefore - keepAfter;
    if (hidden < FOLD_AT) {
      for (let i = index; i < end; i++) out.push(rowHtml(view, rows[i]!));
    } else {
      for (let i = index; i < index + keepBefore; i++) out.push(rowHtml(view, rows[i]!));
      const inner = rows.slice(index + keepBefore, end - keepAfter).map((row) => rowHtml(view, row));
      const from = rows[index + keepBefore]!.anchor.slice(2);
      const to = rows[end - keepAfter - 1]!.anchor.slice(2);
      const summary = html`<summary>${hidden} unchanged rows (${from}–${to})</summary>`;
      out.push(html`<li class="fold"><details>${summary}<ol class="rows rows--folded">${inner}</ol></details></li>`);
      for (let i = end - keepAfter; i < end; i++) out.push(rowHtml(view, rows[i]!));
    }
    index = end;
  }
  return out;
}

function rowHtml(view: CompareView, row: RowView): Html {
  const moved =
    row.movedTo &&
    html`<p class="moved-note"><span aria-hidden="true">↕</span> moved: <a${attr('href', row.movedTo.href)}>${row.movedTo.label}</a></p>`;
  const rowClasses = classes('row', row.changed && 'row--changed', row.styleOnly && 'row--style', row.movedTo && 'row--moved');
  const alone = view.mode === 'plain' && (row.a.length === 0 || row.b.length === 0);
  const left = html`<div class="cell cell--a">${cell(view.a, row.a, alone)}</div>`;
  const cells = html`${left}<div class="cell cell--b">${cell(view.b, row.b, alone)}${moved}</div>`;
  return html`<li${attr('id', row.anchor)}${rowClasses} tabindex="-1"${attr('data-change', row.changed ? '' : undefined)}>${cells}</li>`;
}

function cell(version: AnalysedVersion, sentences: readonly SentenceView[], alone: boolean): Html {
  const who = html`<span class="cell__who">${version.outlet}</span>`;
  if (sentences.length === 0) return html`${who}<p class="absent">(no counterpart)</p>`;
  return html`${who}${sentences.map((sentence) => sentenceHtml(version, sentence, alone))}`;
}

function sentenceHtml(version: AnalysedVersion, sentence: SentenceView, alone: boolean): Html {
  const label = attr('aria-label', `${version.outlet} sentence ${sentence.n} in the reading view`);
  const anchor = html`<a class="sentence-anchor"${attr('href', sentence.href)}${label}>${sentence.n}</a>`;
  const flags = sentence.disagreements?.map(factFlag);
  return html`<p${classes('row-sentence', alone && 'row-sentence--alone')} dir="auto">${diffText(sentence.runs)}${flags} ${anchor}</p>`;
}
