import { describe, expect, it } from 'vitest';
import { formatCitation } from './citation.ts';

describe('formatCitation', () => {
  it('gives outlet, date, quote and permalink on one line', () => {
    expect(
      formatCitation({
        outlet: 'AFP-based report',
        date: '5 May 2025',
        quote: 'Rwanda and Washington are in the early stages of talks.',
        url: 'https://same-story.example/stories/s/afp-based/#s-1',
      }),
    ).toBe(
      'AFP-based report (5 May 2025): “Rwanda and Washington are in the early stages of talks.” — https://same-story.example/stories/s/afp-based/#s-1',
    );
  });

  it('says when no date is shown and turns inner double quotes into single ones', () => {
    expect(
      formatCitation({
        outlet: 'BBC News',
        quote: 'Rwanda is in the "early stage" of talks, he said “today”.',
        url: 'https://x.example/#s-1',
      }),
    ).toBe('BBC News (no date shown): “Rwanda is in the ‘early stage’ of talks, he said ‘today’.” — https://x.example/#s-1');
  });

  it('cuts a long quote at a word', () => {
    expect(formatCitation({ outlet: 'O', quote: 'one two three four five six', url: 'u' }, { maxQuote: 12 })).toBe(
      'O (no date shown): “one two …” — u',
    );
  });
});
