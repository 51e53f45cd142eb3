import { describe, expect, it } from 'vitest';
import { copyrightOwner, matchCopyright } from './copyright.ts';

describe('matchCopyright', () => {
  it('takes the notice in any usual form', () => {
    for (const notice of [
      '© 2026 Leeds Evening Courier. All rights reserved.',
      'Copyright (c) 2025 Example Media Ltd',
      'COPYRIGHT 2026 KAZN. ALL RIGHTS RESERVED.',
      'All rights reserved.',
    ]) {
      expect(matchCopyright(notice), notice).toEqual({ rule: 'copyright', reason: 'copyright notice' });
    }
  });

  it('keeps article text that opens like one: a lettered list item, a lower-case clause, the word as a noun', () => {
    for (const prose of [
      '(c) the council must publish its accounts.',
      '© the photographer',
      'Copyright law changed in 2024, the minister said.',
    ]) {
      expect(matchCopyright(prose), prose).toBeUndefined();
    }
    expect(copyrightOwner('Copyright law changed in 2024, the minister said.')).toBeUndefined();
    expect(copyrightOwner('© 2026 Leeds Evening Courier. All rights reserved.')).toBe('Leeds Evening Courier');
  });
});
