import { describe, expect, it } from 'vitest';
import { changeStrip } from './change-strip.ts';

describe('changeStrip', () => {
  it('links each changed row from a bare rect placed by its share of the article (at least 6 of 1000 tall)', () => {
    const strip = changeStrip(
      [
        { anchor: 'r-2', top: 0.125, height: 0.25 },
        { anchor: 'r-7', top: 0.9, height: 0.001 },
      ],
      'Where Orrin Gazette changes',
    ).value;
    expect(strip).toBe(
      '<nav class="strip" aria-label="Where Orrin Gazette changes">' +
        '<svg viewBox="0 0 10 1000" preserveAspectRatio="none" role="presentation">' +
        '<rect class="strip__track" x="0" y="0" width="10" height="1000"></rect>' +
        '<a href="#r-2" aria-label="Change 1 of 2"><rect y="125.0" width="10" height="250.0"></rect></a>' +
        '<a href="#r-7" aria-label="Change 2 of 2"><rect y="900.0" width="10" height="6.0"></rect></a></svg></nav>',
    );
  });
});
