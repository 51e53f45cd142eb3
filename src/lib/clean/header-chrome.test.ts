import { describe, expect, it } from 'vitest';
import { clean, fragments, paragraphs } from '../../../tests/fixtures/clean/expect-clean.ts';

describe('header-chrome', () => {
  it('takes apart a glued header: headline, timestamp, share bar, byline, desks, credit, caption', () => {
    const result = clean(
      'Rwanda confirms talks with US13 minutes agoShareSaveCecilia MacaulayBBC NewsBBC Great LakesReuters' +
        'The minister speaks in Kigali "on Sunday"Rwanda is in the early stage of talks, the minister said.His comments came later.\n',
    );
    expect(fragments(result)).toEqual([
      { rule: 'header-chrome', reason: 'headline', text: 'Rwanda confirms talks with US', start: 0, end: 29 },
      { rule: 'relative-timestamp', reason: 'timestamp', text: '13 minutes ago', start: 29, end: 43 },
      { rule: 'share-bar', reason: 'share bar', text: 'ShareSave', start: 43, end: 52 },
      { rule: 'header-chrome', reason: 'byline', text: 'Cecilia Macaulay', start: 52, end: 68 },
      { rule: 'header-chrome', reason: 'desk name', text: 'BBC NewsBBC Great Lakes', start: 68, end: 91 },
      { rule: 'photo-credit', reason: 'photo credit', text: 'Reuters', start: 91, end: 98 },
      { rule: 'header-chrome', reason: 'photo caption', text: 'The minister speaks in Kigali "on Sunday"', start: 98, end: 139 },
      { rule: 'run-together', reason: 'missing space between sentences', text: '', start: 196, end: 196, replacement: ' ' },
    ]);
    expect(result.found).toEqual({ title: 'Rwanda confirms talks with US', byline: 'Cecilia Macaulay' });
    expect(paragraphs(result)).toEqual(['Rwanda is in the early stage of talks, the minister said. His comments came later.']);
  });

  it('reads a header laid out on lines, with a labelled byline', () => {
    const result = clean('Kenya holds interest rates\nBy Jane Doe, Nairobi\nKenya kept its rate at 10.75%.\n');
    expect(fragments(result)).toEqual([
      { rule: 'header-chrome', reason: 'headline', text: 'Kenya holds interest rates', start: 0, end: 26 },
      { rule: 'byline', reason: 'byline', text: 'By Jane Doe, Nairobi', start: 27, end: 47 },
    ]);
    expect(result.found).toEqual({ title: 'Kenya holds interest rates', byline: 'Jane Doe' });
  });

  it('reads a question headline above chrome, and a bare byline with its place', () => {
    const result = clean('Is Rwanda safe for migrants?\nJane Doe in Nairobi\nMon 5 May 2025 14.02 BST\nRwanda is in talks, he said.\n');
    expect(fragments(result)).toEqual([
      { rule: 'header-chrome', reason: 'headline', text: 'Is Rwanda safe for migrants?', start: 0, end: 28 },
      { rule: 'header-chrome', reason: 'byline', text: 'Jane Doe in Nairobi', start: 29, end: 48 },
      { rule: 'date-line', reason: 'date line', text: 'Mon 5 May 2025 14.02 BST', start: 49, end: 73 },
    ]);
    expect(result.found).toEqual({ title: 'Is Rwanda safe for migrants?', byline: 'Jane Doe', published: '2025-05-05' });
    expect(clean('Is Rwanda safe for migrants?\nRwanda is in talks, he said.\n').removed).toEqual([]);
  });

  it('takes a headline standing alone above the body as the title', () => {
    const result = clean('Kenya holds interest rates\nKenya kept its rate at 10.75%.\n');
    expect(fragments(result)).toEqual([
      { rule: 'header-chrome', reason: 'headline', text: 'Kenya holds interest rates', start: 0, end: 26 },
    ]);
    expect(result.found).toEqual({ title: 'Kenya holds interest rates' });
  });

  it('keeps an opening quote, and a camel-cased word in a first sentence', () => {
    const quote = clean('"We are ready," he said\nKenya kept its rate at 10.75%.\n');
    expect(quote.removed).toEqual([]);
    const camel = clean('Rwanda is in talks with the PlayStation maker, he said.\nIt was March.\n');
    expect(camel.removed).toEqual([]);
    expect(camel.found).toEqual({});
  });
});
