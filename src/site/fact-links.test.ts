import { describe, expect, it } from 'vitest';
import { withFacts, type FactMention } from './fact-links.ts';

const fact = { href: '/stories/s/facts/#number-55', label: 'number: 55%', disagreement: false };
const person = { href: '/stories/s/facts/#person-petrovic', label: 'person: Marek Petrovic', disagreement: true };

describe('withFacts', () => {
  it('leaves runs alone when the sentence mentions no fact', () => {
    const runs = [{ text: 'No facts here.', kind: 'same' as const }];
    expect(withFacts(runs, [])).toBe(runs);
  });

  it('splits a change where a mention starts and ends, marking the piece inside', () => {
    const mentions: FactMention[] = [{ start: 0, end: 3, link: fact }];
    expect(withFacts([{ text: '55% of voters', kind: 'ins' }], mentions)).toEqual([
      { text: '55%', kind: 'ins', continuesPrevious: false, continuesNext: true, fact },
      { text: ' of voters', kind: 'ins', continuesPrevious: true, continuesNext: false },
    ]);
  });

  it('marks a mention that spans several runs in each of them, and mentions that touch', () => {
    const mentions: FactMention[] = [
      { start: 0, end: 8, link: person },
      { start: 8, end: 11, link: fact },
    ];
    expect(
      withFacts(
        [
          { text: 'Petr', kind: 'same' },
          { text: 'ovic55% said', kind: 'del' },
        ],
        mentions,
      ),
    ).toEqual([
      { text: 'Petr', kind: 'same', continuesPrevious: false, continuesNext: false, fact: person },
      { text: 'ovic', kind: 'del', continuesPrevious: false, continuesNext: true, fact: person },
      { text: '55%', kind: 'del', continuesPrevious: true, continuesNext: true, fact },
      { text: ' said', kind: 'del', continuesPrevious: true, continuesNext: false },
    ]);
  });
});
