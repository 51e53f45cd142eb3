import { describe, expect, it } from 'vitest';
import { foldLetters } from './fold.ts';

describe('foldLetters', () => {
  it('folds case, accents and compatibility forms', () => {
    expect(foldLetters('Ndúhungirehe')).toBe('nduhungirehe');
    expect(foldLetters('ﬁnance')).toBe('finance');
    expect(foldLetters('Café Crème, ZÜRICH')).toBe('cafe creme, zurich');
  });
});
