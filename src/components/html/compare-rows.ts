import { markedFacts, type CompareView, type PairVersion, type RowView, type SentenceView } from '../../site/compare-view.ts';
import { factIndex, markNumbers, type FactIndex, type MarkNumbers } from '../../site/fact-links.ts';
import { diffText, factFlag } from './diff-text.ts';
import { attr, classes, html, type Html } from './html.ts';
import { foldSpans, foldSummary } from '../../site/pair-rows.ts';

/** "Where these two disagree": the facts both carry in different variants, or a line saying there are none. */
export function pairDisagreements(view: CompareView): Html {
  if (view.disagreements.length === 0) return html`<p>No fact that both carry is given differently.</p>`;
  const items = view.disagreements.map((item) => {
    const flag = html`<span class="disagree"><span aria-hidden="true">⚠</span> disagree</span>`;
    const a = html`${view.a.outlet} <a${attr('href', item.a.href ?? item.href)}><q>${item.a.text}</q></a>`;
    const b = html`${view.b.outlet} <a${attr('href', item.b.href ?? item.href)}><q>${item.b.text}</q></a>`;
    return html`<li>${flag} <a${attr('href', item.href)}>${item.label}</a> <span class="meta">(${item.kind})</span>: ${a}, ${b}</li>`;
  });
  return html`<ul>${items}</ul>`;
}

/**
 * The page's fact index of a compare view (`FactSwitch`): the facts its rows mark, in the order they
 * first appear, so that build and browser number the marks alike.
 */
export function compareFactIndex(view: CompareView, url: string): FactIndex {
  return factIndex(url, markedFacts(view));
}

/** The side-by-side rows of a compare page; in a near-copy, long runs of unchanged rows fold. */
export function compareRows(view: CompareView): Html {
  const names = html`<div data-name="a">${view.a.outlet}</div><div data-name="b">${view.b.outlet}</div>`;
  const head = html`<div class="rows-head" aria-hidden="true">${names}</div>`;
  const marks = markNumbers(compareFactIndex(view, ''));
  return html`<div class="rows-wrap">${head}<ol class="rows">${folded(view, marks)}</ol></div>`;
}

function folded(view: CompareView, marks: MarkNumbers): Html[] {
  const rows = view.rows;
  if (view.mode === 'plain') return rows.map((row) => rowHtml(view, row, marks));
  return foldSpans(rows.map((row) => row.changed)).map((span) => {
    const shown = rows.slice(span.start, span.end).map((row) => rowHtml(view, row, marks));
    if (!span.folded) return html`${shown}`;
    const summary = html`<summary>${foldSummary(span.end - span.start)}</summary>`;
    return html`<li class="fold"><details>${summary}<ol class="rows rows--folded">${shown}</ol></details></li>`;
  });
}

function rowHtml(view: CompareView, row: RowView, marks: MarkNumbers): Html {
  const moved =
    row.movedTo &&
    html`<p class="moved-note"><span aria-hidden="true">↕</span> moved: <a${attr('href', row.movedTo.href)}>${row.movedTo.label}</a></p>`;
  const rowClasses = classes('row', row.changed && 'row--changed', row.styleOnly && 'row--style', row.movedTo && 'row--moved');
  const alone = view.mode === 'plain' && (row.a.length === 0 || row.b.length === 0);
  const left = html`<div class="cell cell--a">${cell(view.a, row.a, alone, marks)}</div>`;
  const cells = html`${left}<div class="cell cell--b">${cell(view.b, row.b, alone, marks)}${moved}</div>`;
  return html`<li${attr('id', row.anchor)}${rowClasses} tabindex="-1"${attr('data-change', row.changed ? '' : undefined)}>${cells}</li>`;
}

function cell(version: PairVersion, sentences: readonly SentenceView[], alone: boolean, marks: MarkNumbers): Html {
  const who = html`<span class="cell__who">${version.outlet}</span>`;
  if (sentences.length === 0) return html`${who}<p class="absent">(no counterpart)</p>`;
  return html`${who}${sentences.map((sentence) => sentenceHtml(version, sentence, alone, marks))}`;
}

function sentenceHtml(version: PairVersion, sentence: SentenceView, alone: boolean, marks: MarkNumbers): Html {
  const label = attr('aria-label', `${version.outlet} sentence ${sentence.n} in the reading view`);
  const anchor = html`<a class="sentence-anchor"${attr('href', sentence.href)}${label}>${sentence.n}</a>`;
  const flags = sentence.disagreements?.map(factFlag);
  const text = diffText(sentence.runs, marks);
  return html`<p${classes('row-sentence', alone && 'row-sentence--alone')} dir="auto">${text}${flags} ${anchor}</p>`;
}
