import { describe, expect, it } from 'vitest';
import { clean, fragments, paragraphs } from '../../../tests/fixtures/clean/expect-clean.ts';
import { mapOriginal } from '../text/mapped-text.ts';
import type { CleanResult } from '../types.ts';
import { parseDateIn, parseWireDateline } from './date-line.ts';
import { cleanVersion } from './index.ts';
import { normaliseLineBreaks } from './line-breaks.ts';

function removed(result: CleanResult): [string, string][] {
  return fragments(result).map((fragment) => [fragment.rule, fragment.text]);
}

const BODY = 'Twelve people died on Tuesday, officials said. The company said it would appeal.';

describe('header of a US news page', () => {
  it('a skip link is chrome, never the title; the headline above a byline and timestamp is the title', () => {
    const result = cleanVersion(
      mapOriginal(
        'Skip to main content\nKAZN 12 News\nSign in | Subscribe\nNews  Business  Sports  Opinion  E-Edition\nBUSINESS\n' +
          'Plant to close with 2,300 jobs lost\nBy Jane Doe\nUpdated 3:45 PM EDT Sept. 30, 2026\n' +
          BODY +
          '\n',
      ),
      { outlet: 'KAZN 12 News' },
    );
    expect(result.found.title).toBe('Plant to close with 2,300 jobs lost');
    expect(result.found.published).toBe('2026-09-30');
    expect(removed(result).map(([rule]) => rule)).toContain('timestamp');
    const texts = removed(result).map(([, text]) => text);
    expect(texts).toEqual(expect.arrayContaining(['Skip to main content', 'Sign in | Subscribe']));
    expect(texts.some((text) => text.endsWith('E-Edition\nBUSINESS'))).toBe(true);
    expect(paragraphs(result)).toEqual([BODY]);
  });

  it('without the outlet name, a skip link above the headline is still never the title', () => {
    const result = clean('Skip to main content\nPlant to close with 2,300 jobs lost\nBy Jane Doe\n' + BODY + '\n');
    expect(result.found.title).toBe('Plant to close with 2,300 jobs lost');
  });

  it('breadcrumbs and a masthead with a tagline go; the headline above "Posted by" is the title', () => {
    const result = cleanVersion(
      mapOriginal(
        'Desert Ledger | East Valley News\nHome > Business > Technology\nPlant to close in Chandler\nPosted by Desert Ledger Staff\n' +
          BODY +
          '\n',
      ),
      { outlet: 'Desert Ledger' },
    );
    expect(result.found.title).toBe('Plant to close in Chandler');
    expect(result.removed.map((fragment) => fragment.reason)).toEqual(expect.arrayContaining(['masthead', 'breadcrumbs']));
  });

  it('keeps prose with arrows, pipes or the word "skip"', () => {
    const text =
      'Officials said they would skip to the main content of the bill. Prices went 3 > 2 > 1 in a week.\n' +
      'She said Sign in | Subscribe was the most clicked link.\n';
    expect(clean(text).removed).toEqual([]);
  });
});

describe('whole-line notices', () => {
  it("removes cookie banners, correction and editor's notes, tip requests and image descriptions", () => {
    const result = clean(
      BODY +
        '\nThis site uses cookies and similar technologies. See our Cookie Policy. [OK]\n' +
        '[Image: Workers leave the plant. Alt text: A line of cars.]\n' +
        'Have a news tip? Email tips@example.com or call 602-555-0112.\n' +
        'Correction: An earlier version of this story misstated the size of the credits.\n' +
        "Editor's note: This story is part of our coverage of the industry. Support local journalism — subscribe today.\n",
    );
    expect(removed(result).map(([rule]) => rule)).toEqual(['cookie-banner', 'photo-caption', 'promo', 'correction-note', 'editors-note']);
    expect(paragraphs(result)).toEqual([BODY]);
  });

  it('keeps prose about cookies, corrections and tips', () => {
    const text =
      'We use cookies from the bakery next door, the owner said, and customers accept them gladly.\n' +
      'Correction officers at the prison said they had not been paid.\n' +
      'Have a news tip for the police? Officers said anyone could call.\n';
    expect(clean(text).removed).toEqual([]);
  });
});

describe('trailer of a US news page', () => {
  it('removes footer links, an app promo, a copyright notice with its rights clause and a contributor credit', () => {
    const result = clean(
      'BREAKING NEWS ALERTS: Download the 12 News app\n' +
        BODY +
        '\nAssociated reporting by Kim Ng in Washington.\n' +
        'Copyright 2026 KAZN. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.\n' +
        'Terms of Use | Privacy Policy | Do Not Sell My Personal Information\n',
    );
    expect(removed(result).map(([rule]) => rule)).toEqual(['promo', 'byline', 'copyright', 'site-menu']);
    expect(paragraphs(result)).toEqual([BODY]);
  });
});

describe('press-release boilerplate', () => {
  it('removes "About <Company>" and "Forward-Looking Statements" sections at the end', () => {
    const text =
      BODY +
      '\nAbout Acme Widgets\nAcme Widgets Inc. makes widgets. It employs 400 people.\n' +
      'Forward-Looking Statements\nThis release contains forward-looking statements about savings.\n';
    const result = clean(text);
    expect(removed(result).map(([rule]) => rule)).toEqual(['press-release', 'press-release']);
    expect(result.removed[0]!.reason).toBe('press-release boilerplate');
    expect(paragraphs(result)).toEqual([BODY]);
  });

  it('keeps an article subheading "About the plant" and the story after it', () => {
    const text = BODY + '\nAbout the plant\nThe plant opened in 1994. It employs 1,900 people.\nWorkers said they were shocked.\n';
    expect(clean(text).removed).toEqual([]);
  });
});

describe('dates', () => {
  it('reads the date of an absolute timestamp and of a wire dateline', () => {
    expect(parseDateIn('Published: 5:10 PM MST Oct. 5, 2026')).toBe('2026-10-05');
    expect(parseDateIn('Updated 14:32 GMT')).toBeUndefined();
    expect(parseWireDateline('CHANDLER, Ariz., Sept. 29, 2026 — Solvane said')).toBe('2026-09-29');
    expect(parseWireDateline('CHANDLER, Ariz. — For 17 years')).toBeUndefined();
    expect(parseWireDateline('May 5, 2025 was a Monday.')).toBeUndefined();
  });

  it('dates the version from a wire dateline and keeps the dateline text', () => {
    const result = clean('CHANDLER, Ariz., Sept. 29, 2026 — Acme Inc. said on Tuesday it would cut 300 jobs.\n');
    expect(result.found.published).toBe('2026-09-29');
    expect(result.removed).toEqual([]);
  });
});

describe('line breaks', () => {
  it('turns CRLF and lone CR into \\n and keeps every character mapped to its original offset', () => {
    const original = 'One line.\r\nTwo line.\rThree.';
    const mapped = normaliseLineBreaks(mapOriginal(original));
    expect(mapped.text).toBe('One line.\nTwo line.\nThree.');
    for (let i = 0; i < mapped.text.length; i++) {
      const char = mapped.text[i]!;
      expect(
        char === '\n' ? '\r\n'.includes(original[mapped.starts[i]!]!) : original.slice(mapped.starts[i]!, mapped.ends[i]!) === char,
      ).toBe(true);
    }
    const result = clean('Skip to content\r\n' + BODY + '\r\nADVERTISEMENT\r\n' + BODY + '\r\n');
    expect(result.body.text.includes('\r')).toBe(false);
  });
});
