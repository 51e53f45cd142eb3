import type { AlignmentCell, AlignmentRow, AlignmentView } from '../../site/alignment-view.ts';
import type { SentenceView } from '../../site/compare-view.ts';
import type { MarkNumbers } from '../../site/fact-links.ts';
import { shortOutlet } from '../../site/glance-view.ts';
import { outletNotes } from '../../site/outlet-notes.ts';
import { diffText } from './diff-text.ts';
import { attr, classes, html, type Html } from './html.ts';
import { outletNoteRef } from './outlet-note-ref.ts';

/** The alignment view marks no facts inside its cells (alignment-view.ts): its page has no fact index. */
const NO_MARKS: MarkNumbers = new Map();

const CAPTION = 'Sentences of every version, one row per group of corresponding sentences; differences against';

/** The N-way table of an alignment page: one row per group, one column per version. */
export function alignmentTable(view: AlignmentView): Html {
  // Column heads name outlets short, each with the number of its footnote (how it was identified) below the table.
  const notes = new Map(outletNotes(view.versions).map((note) => [note.id, note]));
  const head = view.versions.map((version) => {
    const isBase = version.id === view.base.id;
    const name = html`${shortOutlet(version.outlet)}${outletNoteRef(notes.get(version.id))}`;
    return html`<th scope="col"${classes(isBase && 'is-base')}>${name}${isBase && html`<span class="badge">base</span>`}</th>`;
  });
  const caption = html`<caption class="visually-hidden">${CAPTION} ${shortOutlet(view.base.outlet)} are marked.</caption>`;
  const thead = html`<thead><tr><th scope="col" class="num">Row</th>${head}</tr></thead>`;
  const tbody = html`<tbody>${view.rows.map((row, index) => rowHtml(view, row, index + 1))}</tbody>`;
  return html`<div class="table-wrap table-scroll alignment-wrap"><table class="alignment">${caption}${thead}${tbody}</table></div>`;
}

/**
 * Rows are numbered in the order shown (the base's reading order); the group's id stays the row's
 * anchor, so a link to a group lands on it whichever base orders the table.
 */
function rowHtml(view: AlignmentView, row: AlignmentRow, number: number): Html {
  const label = attr('aria-label', `row ${number}`);
  const head = html`<th scope="row" class="num"><a${attr('href', `#${row.group}`)}${label}>${number}</a></th>`;
  const cells = row.cells.map((cell) => cellHtml(view, row, cell));
  return html`<tr${attr('id', row.group)}${classes(row.carriers === 1 && 'row--single')}>${head}${cells}</tr>`;
}

function cellHtml(view: AlignmentView, row: AlignmentRow, cell: AlignmentCell): Html {
  const isBase = cell.version === view.base.id;
  const cellClasses = classes(
    isBase && 'is-base',
    cell.differs && 'differs',
    cell.sentences.length === 0 && !cell.coveredBy && 'empty',
    cell.coveredBy && 'covered',
  );
  if (cell.coveredBy) {
    // The version carries the statement merged into a sentence of another row: say which, in words and a link.
    const { row: at, group, n, href } = cell.coveredBy;
    const rowLink = html`<a${attr('href', `#${group}`)}>row ${at}</a>`;
    const label = attr('aria-label', `sentence ${n} in the reading view`);
    const sentenceLink = html`<a class="sentence-anchor"${attr('href', href)}${label}>${n}</a>`;
    return html`<td${cellClasses}><p class="absent covered-by">in the sentence of ${rowLink} ${sentenceLink}</p></td>`;
  }
  if (cell.sentences.length === 0) return html`<td${cellClasses}><span class="absent" aria-label="absent">—</span></td>`;
  const outlet = shortOutlet(view.versions.find((version) => version.id === cell.version)?.outlet ?? cell.version);
  const who = html`<span class="cell-who">${outlet}${isBase && ' (base)'}</span>`;
  const onlyIn = row.carriers === 1 && html`<p class="only-in"><span aria-hidden="true">◆</span> only in ${outlet}</p>`;
  return html`<td${cellClasses}>${who}${onlyIn}${cell.sentences.map(sentenceHtml)}</td>`;
}

function sentenceHtml(sentence: SentenceView): Html {
  const label = attr('aria-label', `sentence ${sentence.n} in the reading view`);
  const anchor = html`<a class="sentence-anchor"${attr('href', sentence.href)}${label}>${sentence.n}</a>`;
  return html`<p class="row-sentence" dir="auto">${diffText(sentence.runs, NO_MARKS)} ${anchor}</p>`;
}
