import { describe, expect, it } from 'vitest';
import { clean, fragments, paragraphs } from '../../../tests/fixtures/clean/expect-clean.ts';
import { parseDatedCredit } from './byline.ts';

const lede = 'GLENMOOR — The harbour board suspended night ferry crossings on Monday after an inspection found corrosion.\n';

describe('a date line with more on it', () => {
  it('reads the same date repeated after a bar as one date line', () => {
    const result = clean(` date 2025-10-20  | Mon, Oct 20, 2025\n${lede}`);
    expect(fragments(result)[0]).toEqual({
      rule: 'date-line',
      reason: 'date line',
      text: 'date 2025-10-20  | Mon, Oct 20, 2025',
      start: 1,
      end: 37,
    });
    expect(result.found.published).toBe('2025-10-20');
  });
  it('takes a date prefix off a bulleted line and leaves the bullet', () => {
    const result = clean(` date 2025-10-20 * Ferries halted after inspection\n${lede}`);
    expect(fragments(result)[0]).toMatchObject({ rule: 'date-line', text: 'date 2025-10-20' });
    expect(result.found.published).toBe('2025-10-20');
  });
  it('reads a date in square brackets', () => {
    const result = clean(`Harbour board halts night ferries\n[October 20, 2025]\n${lede}`);
    expect(fragments(result)[1]).toMatchObject({ rule: 'date-line', text: '[October 20, 2025]' });
    expect(result.found.published).toBe('2025-10-20');
  });
});

describe('a credit line that says who and when', () => {
  it('gives the byline, the date and, for a wire, the agency', () => {
    expect(parseDatedCredit('- Associated Press - Monday, October 20, 2025')).toEqual({
      byline: 'Associated Press',
      published: '2025-10-20',
      agency: 'Associated Press',
    });
    expect(parseDatedCredit('Reuters , Tuesday 21 Oct 2025')).toEqual({ byline: 'Reuters', published: '2025-10-21', agency: 'Reuters' });
    expect(parseDatedCredit('Ilse Brandt | 5 May 2025')).toEqual({ byline: 'Ilse Brandt', published: '2025-05-05' });
    expect(parseDatedCredit('21 October 2025 - 18:37 By Reuters And Glenmoor Post')).toEqual({
      byline: 'Reuters And Glenmoor Post',
      published: '2025-10-21',
      agency: 'Reuters',
    });
  });
  it('is never a place and a date, a photo credit or a labelled timestamp', () => {
    expect(
      ['Glenmoor, 5 May 2025', 'Harbour news, 5 May 2025', 'Mara Ode | Reuters', 'Updated: 2025-04-27 09:31'].map(parseDatedCredit),
    ).toEqual([undefined, undefined, undefined, undefined]);
  });
  it('is removed from the header with its reason, and fills the metadata', () => {
    const result = clean(`Harbour board halts night ferries\n\n- Associated Press - Monday, October 20, 2025\n\n${lede}`);
    expect(fragments(result).map(({ rule, reason, text }) => [rule, reason, text])).toEqual([
      ['header-chrome', 'headline', 'Harbour board halts night ferries'],
      ['byline', 'byline and date', '- Associated Press - Monday, October 20, 2025'],
    ]);
    expect(result.found).toEqual({
      title: 'Harbour board halts night ferries',
      byline: 'Associated Press',
      published: '2025-10-20',
      agency: 'Associated Press',
    });
    expect(paragraphs(result)).toEqual([lede.trim()]);
  });
  it('lets a wire signing as `by` give way to the reporters under it', () => {
    const result = clean(`Harbour board halts night ferries\nby Reuters\nBy Ilse Brandt and Tomas Reyes\n${lede}`);
    expect(result.found).toMatchObject({ byline: 'Ilse Brandt and Tomas Reyes', agency: 'Reuters' });
  });
  it('reads a byline signed with the outlet the reporter writes for', () => {
    const result = clean(`Harbour board halts night ferries\n\n- By Ilse Brandt Brandt writes for the Associated Press.\n\n${lede}`);
    expect(result.found).toMatchObject({ byline: 'Ilse Brandt', agency: 'Associated Press' });
    expect(fragments(result).map(({ reason, text }) => [reason, text])).toContainEqual([
      'byline',
      '- By Ilse Brandt Brandt writes for the Associated Press.',
    ]);
  });
});
