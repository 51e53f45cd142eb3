import type { TextRun } from '../../site/compare-view.ts';
import type { FactLink, FlagLink } from '../../site/fact-links.ts';
import { attr, classes, html, type Html } from './html.ts';

const STYLE_ONLY = 'differs only in style (quotes, dashes, case)';

/**
 * A sentence's runs with their changes marked. A run split at a fact mention reads as one change
 * to a screen reader: the "[added: … ]" wrapper opens on its first piece and closes, with the move
 * link, on its last.
 */
export function diffText(runs: readonly TextRun[]): Html[] {
  return runs.map(runHtml);
}

function runHtml(run: TextRun): Html {
  const text = run.fact ? factMark(run.fact, run.text) : html`${run.text}`;
  if (run.differs) return html`<mark class="differs">${text}</mark>`;
  if (run.kind === 'same') return text;
  if (run.kind === 'style') return html`<span class="style-change"${attr('title', STYLE_ONLY)}>${text}</span>`;
  const changeClasses = classes('chg', run.moveTo && 'moved');
  const opening = run.continuesPrevious
    ? ''
    : run.kind === 'ins'
      ? run.moveTo
        ? '[moved here: '
        : '[added: '
      : run.moveTo
        ? '[moved away: '
        : '[removed: ';
  const closing = run.continuesNext ? '' : ']';
  const moveLink =
    run.moveTo && !run.continuesNext
      ? html`<a class="move-link"${attr('href', run.moveTo.href)}>${glyph('↔')}${hidden(run.moveTo.label)}</a>`
      : undefined;
  const inner = html`${hidden(opening)}${text}${hidden(closing)}${moveLink}`;
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
 * A fact's words, linked to the fact; the label is the tooltip. Out of the tab order and unmarked
 * until the reader turns "show facts" on (src/scripts/fact-switch.ts): a page of names is not a
 * page of tab stops.
 */
function factMark(link: FactLink, text: string): Html {
  const markClasses = classes('fact-mark', link.disagreement && 'fact-mark--disagree');
  return html`<a${markClasses}${attr('href', link.href)}${attr('title', link.label)} tabindex="-1">${text}</a>`;
}

/** Text for screen readers only. */
function hidden(text: string): Html {
  return html`<span class="visually-hidden">${text}</span>`;
}

/** A glyph screen readers skip (its meaning is in the text beside it). */
function glyph(text: string): Html {
  return html`<span aria-hidden="true">${text}</span>`;
}
