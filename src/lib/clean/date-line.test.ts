import { describe, expect, it } from 'vitest';
import { clean, fragments, paragraphs } from '../../../tests/fixtures/clean/expect-clean.ts';

describe('date-line', () => {
  it('removes a bare date line at the start and reports its ISO date', () => {
    const result = clean('5 May 2025\nRwanda confirmed the talks.\n');
    expect(fragments(result)).toEqual([{ rule: 'date-line', reason: 'date line', text: '5 May 2025', start: 0, end: 10 }]);
    expect(result.found).toEqual({ published: '2025-05-05' });
  });

  it('removes a labelled date prefix glued to the first sentence', () => {
    const result = clean(' date 2025-05-05 Rwanda and Washington are in talks.\n');
    expect(fragments(result)).toEqual([{ rule: 'date-line', reason: 'date line', text: 'date 2025-05-05', start: 1, end: 16 }]);
    expect(paragraphs(result)).toEqual(['Rwanda and Washington are in talks.']);
    expect(result.found.published).toBe('2025-05-05');
  });

  it('reads a labelled date with weekday and time', () => {
    const result = clean('Published: Monday, May 5, 2025 10:32 GMT\nRwanda confirmed the talks.\n');
    expect(fragments(result)).toEqual([
      { rule: 'date-line', reason: 'date line', text: 'Published: Monday, May 5, 2025 10:32 GMT', start: 0, end: 40 },
    ]);
    expect(result.found.published).toBe('2025-05-05');
  });

  it('keeps a first sentence that merely opens with a date', () => {
    const result = clean('May 5, 2025 was the day Rwanda confirmed the talks.\n');
    expect(result.removed).toEqual([]);
    expect(result.found).toEqual({});
  });
});
