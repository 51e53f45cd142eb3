import type { StripMark } from '../../site/compare-view.ts';
import { attr, html, type Html } from './html.ts';

/** The change-density strip beside a compare page's rows: one link per changed row, placed by its position. */
export function changeStrip(marks: readonly StripMark[], label: string): Html {
  const links = marks.map(
    (mark, index) =>
      html`<a${attr('href', `#${mark.anchor}`)}${attr('aria-label', `Change ${index + 1} of ${marks.length}`)}><rect class="strip__mark" x="0"${attr('y', (mark.top * 1000).toFixed(1))} width="10"${attr('height', Math.max(mark.height * 1000, 6).toFixed(1))}></rect></a>`,
  );
  return html`<nav class="strip"${attr('aria-label', label)}><svg viewBox="0 0 10 1000" preserveAspectRatio="none" role="presentation"><rect class="strip__track" x="0" y="0" width="10" height="1000"></rect>${links}</svg></nav>`;
}
