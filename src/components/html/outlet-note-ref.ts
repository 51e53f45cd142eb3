import { outletNoteId, type OutletNote } from '../../site/outlet-notes.ts';
import { attr, html, type Html } from './html.ts';

/**
 * A version's footnote number after its short name, linking to the footnote that says how the
 * outlet was identified (OutletNotes.astro); nothing for a version without one. Built here so the
 * alignment table, which the browser also renders, carries the same markup as the build's pages.
 */
export function outletNoteRef(note: OutletNote | undefined): Html | undefined {
  if (!note) return undefined;
  const hidden = (text: string): Html => html`<span class="visually-hidden">${text}</span>`;
  return html`<sup class="fn-ref"><a${attr('href', `#${outletNoteId(note.id)}`)}>${hidden('note ')}${note.n}${hidden(
    `: how ${note.short} was identified`,
  )}</a></sup>`;
}
