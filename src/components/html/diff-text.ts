import type { TextRun } from '../../site/compare-view.ts';
import type { FactLink, FlagLink, MarkNumbers } from '../../site/fact-links.ts';
import { attr, classes, html, type Html } from './html.ts';

/**
 * A sentence's runs with their changes marked. Screen readers hear a change as "[added: … ]" or
 * "[removed: … ]", words global.css gives each `ins.chg` and `del.chg` (so a page does not repeat
 * them on every change, and a mark turned from one into the other reads right). A run split at a
 * fact mention reads as one change: the wrapper opens on its first piece and closes on its last
 * (`chg--cont`: continues the previous piece; `chg--cut`: continued by the next).
 */
export function diffText(runs: readonly TextRun[], marks: MarkNumbers): Html[] {
  return runs.map((run) => runHtml(run, marks));
}

function runHtml(run: TextRun, marks: MarkNumbers): Html {
  const text = run.fact ? factMark(run.fact, run.text, marks) : html`${run.text}`;
  if (run.differs) return html`<mark class="differs">${text}</mark>`;
  if (run.kind === 'same') return text;
  // What a dashed box means is in the page's legend ("dashed box: style only").
  if (run.kind === 'style') return html`<span class="style-change">${text}</span>`;
  const changeClasses = classes('chg', run.moveTo && 'moved', run.continuesPrevious && 'chg--cont', run.continuesNext && 'chg--cut');
  const moveLink =
    run.moveTo && !run.continuesNext
      ? html`<a class="move-link"${attr('href', run.moveTo.href)}>${glyph('↔')}${hidden(run.moveTo.label)}</a>`
      : undefined;
  const inner = html`${text}${moveLink}`;
  return run.kind === 'ins' ? html`<ins${changeClasses}>${inner}</ins>` : html`<del${changeClasses}>${inner}</del>`;
}

/**
 * A flag beside a sentence that mentions a fact the outlets disagree on, on every page. Its label is
 * in the text for screen readers and shows as a tooltip on hover and focus (global.css): a title
 * attribute repeating it cost 8% of a compare page.
 */
export function factFlag(flag: FlagLink): Html {
  return html`<a class="fact-flag"${attr('href', flag.href)}>${glyph('⚠')}${hidden(flag.label)}</a>`;
}

/**
 * A fact's words, marked with the fact's number on the page only (its place in the page's one
 * `FactIndex`, `marks`): the page's script makes it a link to the fact, its label the tooltip
 * (src/scripts/fact-switch.ts), out of the tab order and unmarked until the reader turns "show facts"
 * on: a page of names is not a page of tab stops. Without JavaScript the marks stay off: an `a` with
 * no href is no link and takes no focus. The style sheet finds a mark by its `data-f`, and the script
 * sets its tabindex: a class and a tabindex on each of a compare page's ~150 marks were 4 kB (7%) of it.
 */
function factMark(link: FactLink, text: string, marks: MarkNumbers): Html {
  const number = marks.get(link.id);
  if (number === undefined) throw new Error(`fact "${link.id}" is marked in a sentence but missing from the page's fact index`);
  return html`<a${classes(link.disagreement && 'fact-mark--disagree')}${attr('data-f', number)}>${text}</a>`;
}

/** Text for screen readers only. */
function hidden(text: string): Html {
  return html`<span class="visually-hidden">${text}</span>`;
}

/** A glyph screen readers skip (its meaning is in the text beside it). */
function glyph(text: string): Html {
  return html`<span aria-hidden="true">${text}</span>`;
}
