import type { AlignmentCell, AlignmentRow, AlignmentView } from '../../site/alignment-view.ts';
import type { SentenceView } from '../../site/compare-view.ts';
import { diffText } from './diff-text.ts';
import { attr, classes, html, type Html } from './html.ts';

/** The N-way table of an alignment page: one row per group, one column per version. */
export function alignmentTable(view: AlignmentView): Html {
  const head = view.versions.map((version) => {
    const isBase = version.id === view.base.id;
    return html`<th scope="col"${classes(isBase && 'is-base')}>${version.outlet}${isBase && html`<span class="badge">base</span>`}</th>`;
  });
  return html`<div class="table-wrap alignment-wrap"><table class="alignment"><caption class="visually-hidden">Sentences of every version, one row per group of corresponding sentences; differences against ${view.base.outlet} are marked.</caption><thead><tr><th scope="col" class="num">Group</th>${head}</tr></thead><tbody>${view.rows.map((row) => rowHtml(view, row))}</tbody></table></div>`;
}

function rowHtml(view: AlignmentView, row: AlignmentRow): Html {
  const onlyIn = row.onlyIn && html`<div class="only-in"><span aria-hidden="true">◆</span> only in ${row.onlyIn}</div>`;
  return html`<tr${attr('id', row.group)}${classes(row.carriers === 1 && 'row--single')}><th scope="row" class="num"><a${attr('href', `#${row.group}`)}>${row.group.replace('g-', '')}</a>${onlyIn}</th>${row.cells.map((cell) => cellHtml(view, cell))}</tr>`;
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
  return html`<p class="row-sentence" dir="auto">${diffText(sentence.runs)} <a class="sentence-anchor"${attr('href', sentence.href)}${attr('aria-label', `sentence ${sentence.n} in the reading view`)}>${sentence.n}</a></p>`;
}
