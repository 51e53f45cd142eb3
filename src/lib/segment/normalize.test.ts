import { describe, expect, it } from 'vitest';
import { normalizeForMatching } from './normalize.ts';

describe('normalizeForMatching', () => {
  it('lower-cases and straightens curly quotes and primes', () => {
    expect(normalizeForMatching('Rwanda’s ‘Good Parts’ ‚low‛ 5′')).toBe("rwanda's 'good parts' 'low' 5'");
    expect(normalizeForMatching('“Those reports” „are‟ 6″')).toBe('"those reports" "are" 6"');
  });

  it('turns every dash and the minus sign into a hyphen', () => {
    expect(normalizeForMatching('a‐b‑c‒d–e—f―g−1')).toBe('a-b-c-d-e-f-g-1');
  });

  it('applies NFKC: width forms, ligatures, ellipsis, composed accents', () => {
    expect(normalizeForMatching('ＡＢＣ ﬁne … Cafe\u0301 ①')).toBe('abc fine ... café 1');
  });

  it('folds dashes that only NFKC reveals', () => {
    // U+FE58 SMALL EM DASH becomes U+2014 under NFKC, then a hyphen.
    expect(normalizeForMatching('a\uFE58b')).toBe('a-b');
  });

  it('collapses whitespace runs (NBSP, tabs, CRLF) and trims', () => {
    expect(normalizeForMatching(' \u00A0£700\u00A0 million\t\r\nmore  ')).toBe('£700 million more');
  });

  it('drops soft hyphens and zero-width spaces', () => {
    expect(normalizeForMatching('co\u00ADoperate zero\u200Bwidth')).toBe('cooperate zerowidth');
  });

  it('leaves emoji sequences, right-to-left text and digits alone', () => {
    expect(normalizeForMatching('👨‍👩‍👧 שלום مرحبا 25,000')).toBe('👨‍👩‍👧 שלום مرحبا 25,000');
  });
});
