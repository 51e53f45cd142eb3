import type { AnalysedVersion } from '../../lib/types.ts';
import type { CompareView, RowView, SentenceView } from '../../site/compare-view.ts';
import { diffText, factFlag } from './diff-text.ts';
import { attr, classes, html, type Html } from './html.ts';

/** The side-by-side rows of a compare page. */
export function compareRows(view: CompareView): Html {
  const head = html`<div class="rows-head" aria-hidden="true"><div>${view.a.outlet}</div><div>${view.b.outlet}</div></div>`;
  return html`<div class="rows-wrap">${head}<ol class="rows">${view.rows.map((row) => rowHtml(view, row))}</ol></div>`;
}

function rowHtml(view: CompareView, row: RowView): Html {
  const moved =
    row.movedTo &&
    html`<p class="moved-note"><span aria-hidden="true">↕</span> moved: <a${attr('href', row.movedTo.href)}>${row.movedTo.label}</a></p>`;
  const rowClasses = classes('row', row.changed && 'row--changed', row.styleOnly && 'row--style', row.movedTo && 'row--moved');
  const cells = html`<div class="cell cell--a">${cell(view.a, row.a)}</div><div class="cell cell--b">${cell(view.b, row.b)}${moved}</div>`;
  return html`<li${attr('id', row.anchor)}${rowClasses} tabindex="-1"${attr('data-change', row.changed ? '' : undefined)}>${cells}</li>`;
}

function cell(version: AnalysedVersion, sentences: readonly SentenceView[]): Html {
  const who = html`<span class="cell__who">${version.outlet}</span>`;
  if (sentences.length === 0) return html`${who}<p class="absent">(no counterpart)</p>`;
  return html`${who}${sentences.map((sentence) => sentenceHtml(version, sentence))}`;
}

function sentenceHtml(version: AnalysedVersion, sentence: SentenceView): Html {
  const label = attr('aria-label', `${version.outlet} sentence ${sentence.n} in the reading view`);
  const anchor = html`<a class="sentence-anchor"${attr('href', sentence.href)}${label}>${sentence.n}</a>`;
  return html`<p class="row-sentence" dir="auto">${diffText(sentence.runs)}${sentence.disagreements?.map(factFlag)} ${anchor}</p>`;
}
