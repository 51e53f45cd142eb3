import { describe, expect, it } from 'vitest';
import { clean } from '../../../tests/fixtures/clean/expect-clean.ts';
import { isPersonName } from './byline.ts';

describe('isPersonName', () => {
  it('reads two to four capitalised words as a person', () => {
    expect(isPersonName('Cecilia Macaulay')).toBe(true);
    expect(isPersonName('Ursula von der Leyen')).toBe(true);
  });

  it("refuses a run ending in an organisation's head word: the body is named, not a reporter", () => {
    expect(isPersonName('Harbour Board')).toBe(false);
    expect(isPersonName('Federal Reserve')).toBe(false);
    expect(isPersonName('Tarnwick Port Authority')).toBe(false);
  });

  it('keeps a person whose surname is also such a word when a first name opens the run', () => {
    expect(isPersonName('Margaret Court')).toBe(true);
    expect(isPersonName('Emily Post')).toBe(true);
  });
});

describe('a page head naming an organisation beside its timestamp', () => {
  it('gives no byline', () => {
    const text = [
      'Harbour Board',
      'Published March 3, 2026 10:15 AM ET',
      '',
      'The Tarnwick harbour board voted on Tuesday to close the east pier for six months while divers inspect its piles.',
      '',
      'Repairs are expected to cost 4.2 million pounds, the board said in a statement after the vote.',
    ].join('\n');
    expect(clean(text).found.byline).toBeUndefined();
  });
});
