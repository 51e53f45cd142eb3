import type { StripMark } from '../../site/compare-view.ts';
import { attr, html, type Html } from './html.ts';

/**
 * The change-density strip beside a compare page's rows: one link per changed row, placed by its
 * position. A mark's rect has no class (the style sheet finds it inside its link) and no x (0 is
 * SVG's default): the two were a kilobyte of a compare page.
 */
export function changeStrip(marks: readonly StripMark[], label: string): Html {
  const links = marks.map((mark, index) => {
    const place = html`${attr('y', (mark.top * 1000).toFixed(1))} width="10"${attr('height', Math.max(mark.height * 1000, 6).toFixed(1))}`;
    const rect = html`<rect${place}></rect>`;
    return html`<a${attr('href', `#${mark.anchor}`)}${attr('aria-label', `Change ${index + 1} of ${marks.length}`)}>${rect}</a>`;
  });
  const track = html`<rect class="strip__track" x="0" y="0" width="10" height="1000"></rect>`;
  const svg = html`<svg viewBox="0 0 10 1000" preserveAspectRatio="none" role="presentation">${track}${links}</svg>`;
  return html`<nav class="strip"${attr('aria-label', label)}>${svg}</nav>`;
}
