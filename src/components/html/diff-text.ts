import type { TextRun } from '../../site/compare-view.ts';
import type { FlagLink } from '../../site/fact-links.ts';
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
  const text = run.fact
    ? html`<a${classes('fact-mark', run.fact.disagreement && 'fact-mark--disagree')}${attr('href', run.fact.href)}${attr('title', run.fact.label)}>${run.text}</a>`
    : html`${run.text}`;
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
      ? html`<a class="move-link"${attr('href', run.moveTo.href)}><span aria-hidden="true">↔</span><span class="visually-hidden">${run.moveTo.label}</span></a>`
      : undefined;
  const inner = html`<span class="visually-hidden">${opening}</span>${text}<span class="visually-hidden">${closing}</span>${moveLink}`;
  return run.kind === 'ins' ? html`<ins${changeClasses}>${inner}</ins>` : html`<del${changeClasses}>${inner}</del>`;
}

/**
 * A flag beside a sentence that mentions a fact the outlets disagree on, on every page. Its label is
 * in the text for screen readers and shows as a tooltip on hover and focus (global.css): a title
 * attribute repeating it cost 8% of a compare page.
 */
export function factFlag(flag: FlagLink): Html {
  return html`<a class="fact-flag"${attr('href', flag.href)}><span aria-hidden="true">⚠</span><span class="visually-hidden">${flag.label}</span></a>`;
}
