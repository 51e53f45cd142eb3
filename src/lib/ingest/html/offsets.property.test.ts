import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { captureFixtures, shownText } from '../../../../tests/support/html-captures.ts';
import { analyseStory } from '../../analyse.ts';
import { StoryInputError } from '../../errors.ts';
import type { AnalysedVersion, StoryInput } from '../../types.ts';
import { readHtml } from './index.ts';

// Offsets into a saved page are exact: the slice of the page a sentence (or any character of the
// article text) points at, with its tags removed, its entities decoded and the removed fragments inside
// it replayed, is that sentence. Checked on every saved-page fixture and on generated pages.

function expectExactOffsets(original: string, version: AnalysedVersion): void {
  let previousEnd = 0;
  for (const sentence of version.sentences) {
    expect(sentence.start).toBeGreaterThanOrEqual(previousEnd);
    expect(sentence.end).toBeLessThanOrEqual(original.length);
    expect(shownText(original, sentence.start, sentence.end, version.removed)).toBe(sentence.text);
    previousEnd = sentence.end;
  }
  for (const fragment of version.removed) expect(original.slice(fragment.start, fragment.end)).toBe(fragment.text);
}

function single(original: string): StoryInput {
  return {
    slug: 'generated',
    dir: 'tests/generated',
    manifestText: 'title: Generated\nversions:\n  - id: page\n    file: page.html\n    outlet: Generated Outlet\n',
    files: { 'page.html': new TextEncoder().encode(original) },
  };
}

const WORDS = ['harbour', 'council', 'bridge', 'said', 'the', 'ferry', 'repairs', 'million', 'Tuesday', 'engineers', 'closed', 'town'];
const ENTITIES = ['&amp;', '&rsquo;', '&#8220;', '&#x201D;', '&eacute;', '&nbsp;', '&pound;', '&lt;', '&copy', '&#128512;'];

/** A word, sometimes with an entity or wrapped in an inline tag. */
const word = fc
  .tuple(fc.constantFrom(...WORDS), fc.constantFrom('', '', '', ...ENTITIES), fc.constantFrom('', '', '', 'a', 'em', 'strong', 'span'))
  .map(([text, entity, tag]) => {
    const inner = entity ? `${text}${entity}` : text;
    return tag ? `<${tag}${tag === 'a' ? ' href="/x?a=1&amp;b=2"' : ''}>${inner}</${tag}>` : inner;
  });

/** Whitespace as pages have it: spaces, newlines with indentation, CRLF, a line break tag. */
const gap = fc.constantFrom(' ', ' ', ' ', '\n      ', '\r\n  ', '<br>', ' <!-- note --> ');

const sentence = fc
  .tuple(fc.array(fc.tuple(word, gap), { minLength: 6, maxLength: 18 }), fc.constantFrom('.', '.', '?', '!'))
  .map(([words, end]) => {
    const text = words.map(([w, g], index) => (index === words.length - 1 ? w : w + g)).join('');
    return `${text.charAt(0).toUpperCase()}${text.slice(1)}${end}`;
  });

const paragraph = fc.array(sentence, { minLength: 1, maxLength: 3 }).map((sentences) => `<p>${sentences.join(' ')}</p>`);

/** Page furniture between paragraphs. */
const furniture = fc.constantFrom(
  '<div class="ad-slot"><span>Advertisement</span></div>',
  '<figure><img src="x.jpg" alt=""><figcaption>The harbour at dusk. Photo: Archive</figcaption></figure>',
  '<aside class="related"><h2>Related</h2><ul><li><a href="/a">Council votes on ferry fares</a></li></ul></aside>',
  '<script>var p = "<p>never text</p>";</script>',
  '<h2>What happens next</h2>',
  '<div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>',
);

const page = fc
  .array(fc.oneof({ arbitrary: paragraph, weight: 3 }, { arbitrary: furniture, weight: 1 }), { minLength: 4, maxLength: 12 })
  .map(
    (blocks) =>
      '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Generated page</title>' +
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"Generated"}</script></head><body>' +
      '<nav><a href="/">Home</a> <a href="/news">News</a></nav><main><article><h1>Generated headline</h1>' +
      `${blocks.join('\n')}</article></main><footer>&copy; 2026 Generated Outlet</footer></body></html>`,
  );

describe('offsets into saved pages', () => {
  it('are exact for every sentence of every saved-page fixture', () => {
    for (const fixture of captureFixtures()) expectExactOffsets(fixture.original, analyseStory(fixture.input).versions[0]!);
  });

  it('are exact for every character of the article text of generated pages', () => {
    fc.assert(
      fc.property(page, (original) => {
        const result = readHtml(original);
        if (!result) return;
        const { text, starts, ends } = result.text;
        // Characters sharing one span (an entity decoded to a surrogate pair) are checked together.
        for (let i = 0; i < text.length;) {
          let j = i + 1;
          while (j < text.length && starts[j] === starts[i] && ends[j] === ends[i]) j++;
          if (starts[i] !== ends[i]) expect(shownText(original, starts[i]!, ends[i]!)).toBe(text.slice(i, j).trim());
          i = j;
        }
      }),
      { numRuns: 150 },
    );
  }, 120_000);

  it('are exact for every sentence analysed from generated pages', () => {
    let analysed = 0;
    fc.assert(
      fc.property(page, (original) => {
        let version: AnalysedVersion;
        try {
          version = analyseStory(single(original)).versions[0]!;
        } catch (error) {
          // A generated page of furniture only has no article, which the unit tests cover.
          if (error instanceof StoryInputError) return;
          throw error;
        }
        analysed++;
        expectExactOffsets(original, version);
      }),
      { numRuns: 100 },
    );
    expect(analysed).toBeGreaterThan(80);
  }, 120_000);
});
