import type { AlignmentCell, AlignmentRow, AlignmentView } from '../../site/alignment-view.ts';
import type { SentenceView } from '../../site/compare-view.ts';
import { diffText } from './diff-text.ts';
import { attr, classes, html, type Html } from './html.ts';

const CAPTION = 'Sentences of every version, one row per group of corresponding sentences; differences against';

/** The N-way table of an alignment page: one row per group, one column per version. */
export function alignmentTable(view: AlignmentView): Html {
  const head = view.versions.map((version) => {
    const isBase = version.id === view.base.id;
    return html`<th scope="col"${classes(isBase && 'is-base')}>${version.outlet}${isBase && html`<span class="badge">base</span>`}</th>`;
  });
  const caption = html`<caption class="visually-hidden">${CAPTION} ${view.base.outlet} are marked.</caption>`;
  const thead = html`<thead><tr><th scope="col" class="num">Group</th>${head}</tr></thead>`;
  const tbody = html`<tbody>${view.rows.map((row) => rowHtml(view, row))}</tbody>`;
  return html`<div class="table-wrap alignment-wrap"><table class="alignment">${caption}${thead}${tbody}</table></div>`;
}

function rowHtml(view: AlignmentView, row: AlignmentRow): Html {
  const onlyIn = row.onlyIn && html`<div class="only-in"><span aria-hidden="true">◆</span> only in ${row.onlyIn}</div>`;
  const number = html`<th scope="row" class="num"><a${attr('href', `#${row.group}`)}>${row.group.replace('g-', '')}</a>${onlyIn}</th>`;
  const cells = row.cells.map((cell) => cellHtml(view, cell));
  return html`<tr${attr('id', row.group)}${classes(row.carriers === 1 && 'row--single')}>${number}${cells}</tr>`;
}

function cellHtml(view: AlignmentView, cell: AlignmentCell): Html {
  const cellClasses = classes(
    cell.version === view.base.id && 'is-base',
    cell.differs && 'differs',
    cell.sentences.length === 0 && 'empty',
  );
  if (cell.sentences.length === 0) return html`<td${cellClasses}><span class="absent" aria-label="absent">—</span></td>`;
  return html`<td${cellClasses}>${cell.sentences.map(sentenceHtml)}</td>`;
}

function sentenceHtml(sentence: SentenceView): Html {
  const label = attr('aria-label', `sentence ${sentence.n} in the reading view`);
  const anchor = html`<a class="sentence-anchor"${attr('href', sentence.href)}${label}>${sentence.n}</a>`;
  return html`<p class="row-sentence" dir="auto">${diffText(sentence.runs)} ${anchor}</p>`;
}
