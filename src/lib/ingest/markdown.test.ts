import { describe, expect, it } from 'vitest';
import { originalSpan } from '../text/mapped-text.ts';
import { readMarkdown } from './markdown.ts';

describe('readMarkdown', () => {
  const source = [
    '# Rwanda in talks with the US',
    '',
    'The minister told **state TV** on [Sunday](https://example.org/x) that talks were "ongoing".',
    '',
    '![A photo caption](photo.jpg)',
    '',
    '## Background',
    '',
    '- First point, with `code`.',
    '- Second point &amp; more.',
    '',
    '<script>alert(1)</script>',
    '',
    '> A quoted line.',
  ].join('\n');
  const result = readMarkdown(source);

  it('keeps the text of headings, paragraphs, list items and quotes; never the markup', () => {
    expect(result.text.text).toBe(
      [
        'The minister told state TV on Sunday that talks were "ongoing".',
        'Background',
        'First point, with code.',
        'Second point & more.',
        'A quoted line.',
      ].join('\n\n'),
    );
  });

  it('takes an opening level-1 heading as the title and records it', () => {
    expect(result.title).toBe('Rwanda in talks with the US');
    expect(result.removed[0]).toMatchObject({ rule: 'title-heading', start: 0, end: 29 });
  });

  it('records images and raw HTML as removed markup with their offsets', () => {
    const markup = result.removed.filter((fragment) => fragment.rule === 'markup');
    expect(markup.map((fragment) => fragment.text)).toEqual(['![A photo caption](photo.jpg)', '<script>alert(1)</script>']);
    for (const fragment of markup) expect(source.slice(fragment.start, fragment.end)).toBe(fragment.text);
  });

  it('maps every kept character back into the Markdown source', () => {
    const text = result.text.text;
    for (const word of ['minister', 'state', 'Sunday', 'ongoing', 'code', 'quoted']) {
      const at = text.indexOf(word);
      const span = originalSpan(result.text, at, at + word.length);
      expect(source.slice(span.start, span.end)).toBe(word);
    }
    const amp = text.indexOf('&');
    expect(source.slice(originalSpan(result.text, amp, amp + 1).start)).toMatch(/^&amp;/);
  });

  it('handles CRLF line endings', () => {
    const crlf = readMarkdown('# Title\r\n\r\nFirst paragraph.\r\n\r\nSecond one.\r\n');
    expect(crlf.title).toBe('Title');
    expect(crlf.text.text).toBe('First paragraph.\n\nSecond one.');
  });
});

describe('readMarkdown: GFM tables', () => {
  it('takes a pipe table out as one fragment with reason "table"', () => {
    const source = 'Revenue fell.\n\n| Measure | Q3 |\n|---|---|\n| Revenue | $4.1 billion |\n\nShares fell.\n';
    const result = readMarkdown(source);
    expect(result.text.text).toBe('Revenue fell.\n\nShares fell.');
    expect(result.removed).toEqual([
      { rule: 'markup', reason: 'table', text: '| Measure | Q3 |\n|---|---|\n| Revenue | $4.1 billion |', start: 15, end: 68 },
    ]);
  });

  it('keeps a paragraph that merely contains a pipe', () => {
    expect(readMarkdown('Prices rose | fell.\n').removed).toEqual([]);
  });
});
