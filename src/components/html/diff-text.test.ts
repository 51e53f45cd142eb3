import { describe, expect, it } from 'vitest';
import type { TextRun } from '../../site/compare-view.ts';
import { diffText } from './diff-text.ts';
import { html } from './html.ts';

const render = (runs: TextRun[]): string => html`${diffText(runs)}`.value;

describe('diffText', () => {
  it('marks insertions and deletions with their screen-reader brackets', () => {
    expect(
      render([
        { text: 'Petrovic ', kind: 'same' },
        { text: 'stated', kind: 'ins' },
        { text: ' it.', kind: 'same' },
      ]),
    ).toBe('Petrovic <ins class="chg"><span class="visually-hidden">[added: </span>stated<span class="visually-hidden">]</span></ins> it.');
    expect(render([{ text: 'said', kind: 'del' }])).toBe(
      '<del class="chg"><span class="visually-hidden">[removed: </span>said<span class="visually-hidden">]</span></del>',
    );
  });

  it('links a moved phrase to its other end, after the closing bracket', () => {
    const moveTo = { href: '#r-3', label: 'moved: now in row 3' };
    expect(render([{ text: 'a vote', kind: 'del', moveTo }])).toBe(
      '<del class="chg moved"><span class="visually-hidden">[moved away: </span>a vote<span class="visually-hidden">]</span>' +
        '<a class="move-link" href="#r-3"><span aria-hidden="true">↔</span>' +
        '<span class="visually-hidden">moved: now in row 3</span></a></del>',
    );
  });

  it('opens a change split at a fact mention on its first piece and closes it on its last', () => {
    const fact = { href: '/stories/s/facts/#number-55', label: 'number — outlets disagree: 55%', disagreement: true };
    expect(
      render([
        { text: '55%', kind: 'ins', fact, continuesNext: true },
        { text: ' of voters', kind: 'ins', continuesPrevious: true },
      ]),
    ).toBe(
      '<ins class="chg"><span class="visually-hidden">[added: </span>' +
        '<a class="fact-mark fact-mark--disagree" href="/stories/s/facts/#number-55" ' +
        'title="number — outlets disagree: 55%" tabindex="-1">55%</a>' +
        '<span class="visually-hidden"></span></ins>' +
        '<ins class="chg"><span class="visually-hidden"></span> of voters<span class="visually-hidden">]</span></ins>',
    );
  });

  it('shows style-only differences with their explanation, and escapes article text', () => {
    expect(
      render([
        { text: '“', kind: 'style' },
        { text: '<script>alert(1)</script>', kind: 'same' },
      ]),
    ).toBe('<span class="style-change" title="differs only in style (quotes, dashes, case)">“</span>&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
