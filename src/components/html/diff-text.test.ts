import { describe, expect, it } from 'vitest';
import type { TextRun } from '../../site/compare-view.ts';
import { diffText } from './diff-text.ts';
import { html } from './html.ts';

// The page's fact index numbers the facts its marks show (fact-links.ts markNumbers).
const marks = new Map([
  ['person-ana-ruvo', 0],
  ['number-55', 1],
]);
const render = (runs: TextRun[]): string => html`${diffText(runs, marks)}`.value;

describe('diffText', () => {
  it('marks insertions and deletions, their screen-reader brackets left to the style sheet', () => {
    expect(
      render([
        { text: 'Petrovic ', kind: 'same' },
        { text: 'stated', kind: 'ins' },
        { text: ' it.', kind: 'same' },
      ]),
    ).toBe('Petrovic <ins class="chg">stated</ins> it.');
    expect(render([{ text: 'said', kind: 'del' }])).toBe('<del class="chg">said</del>');
  });

  it('links a moved phrase to its other end', () => {
    const moveTo = { href: '#r-3', label: 'moved: see row 3' };
    expect(render([{ text: 'a vote', kind: 'del', moveTo }])).toBe(
      '<del class="chg moved">a vote<a class="move-link" href="#r-3"><span aria-hidden="true">↔</span>' +
        '<span class="visually-hidden">moved: see row 3</span></a></del>',
    );
  });

  it('opens a change split at a fact mention on its first piece and closes it on its last; a mark carries its fact id only', () => {
    const fact = { id: 'number-55', href: '/stories/s/facts/#number-55', label: 'number — outlets disagree: 55%', disagreement: true };
    expect(
      render([
        { text: '55%', kind: 'ins', fact, continuesNext: true },
        { text: ' of voters', kind: 'ins', continuesPrevious: true },
      ]),
    ).toBe(
      '<ins class="chg chg--cut"><a class="fact-mark--disagree" data-f="1">55%</a></ins>' + '<ins class="chg chg--cont"> of voters</ins>',
    );
  });

  it('marks an agreed fact with its number on the page alone: no class, no tabindex (style sheet and script find data-f)', () => {
    const fact = { id: 'person-ana-ruvo', href: '/stories/s/facts/#person-ana-ruvo', label: 'person: Ana Ruvo', disagreement: false };
    expect(render([{ text: 'Ruvo', kind: 'same', fact }])).toBe('<a data-f="0">Ruvo</a>');
  });

  it('refuses a mark whose fact is not in the page index, naming the fact', () => {
    const fact = { id: 'place-orrin', href: '/stories/s/facts/#place-orrin', label: 'place: Orrin', disagreement: false };
    expect(() => render([{ text: 'Orrin', kind: 'same', fact }])).toThrow('fact "place-orrin" is marked in a sentence but missing');
  });

  it('shows style-only differences (the legend explains the mark), and escapes article text', () => {
    expect(
      render([
        { text: '“', kind: 'style' },
        { text: '<script>alert(1)</script>', kind: 'same' },
      ]),
    ).toBe('<span class="style-change">“</span>&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
