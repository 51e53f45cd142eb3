import { describe, expect, it } from 'vitest';
import { shownText } from '../../../../tests/support/html-captures.ts';
import { StoryInputError } from '../../errors.ts';
import type { StoryInput } from '../../types.ts';
import { ingestStory } from '../index.ts';
import { decodeHtmlFile, declaredCharset, readHtml } from './index.ts';

const at = { story: 'content/stories/demo', file: 'page.html' };

/** A page with a real article (Readability wants a few hundred characters of prose) around `body`. */
function page(body: string, head = ''): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Demo page</title>${head}</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
<main><article>${body}</article></main>
<footer><p>&copy; 2026 Demo Outlet. All rights reserved.</p></footer></body></html>`;
}

const PROSE = [
  '<p>The harbour board met on Monday to decide the future of the old ferry slipway, ' +
    'which has been closed since the storm in February damaged its lower section.</p>',
  '<p>Board members heard that repairing the slipway would cost about twice what was first estimated, ' +
    'because the concrete beneath the waterline had been undermined by the tide.</p>',
  '<p>A decision on whether to rebuild the slipway or close it for good is expected at the next meeting, ' +
    'after engineers have surveyed the foundations in the spring.</p>',
];

function story(files: Record<string, string | Uint8Array>, extra = ''): StoryInput {
  const encoder = new TextEncoder();
  const bytes: Record<string, Uint8Array> = {};
  for (const [name, content] of Object.entries(files)) bytes[name] = typeof content === 'string' ? encoder.encode(content) : content;
  const versions = Object.keys(files)
    .map((file, index) => `  - id: v${index + 1}\n    file: ${file}\n    outlet: Outlet ${index + 1}\n${extra}`)
    .join('');
  return { slug: 'demo', dir: 'content/stories/demo', manifestText: `title: Demo\nversions:\n${versions}`, files: bytes };
}

function failure(run: () => unknown): StoryInputError {
  try {
    run();
  } catch (error) {
    if (error instanceof StoryInputError) return error;
    throw error;
  }
  throw new Error('expected a StoryInputError');
}

describe('readHtml: the article text mapped onto the page as saved', () => {
  it('maps every character to its span of the file: entities, inline tags, line breaks and CRLF', () => {
    const original = page(
      '<p>Caf&eacute; owners&nbsp;said the <a href="/x">harbour&rsquo;s</a> <em>new</em> rules,\r\n' +
        '   agreed on &#8220;Monday&#x201D;, were fair &amp; overdue.<br>A second line follows here 😀 today.</p>' +
        PROSE.join(''),
    );
    const result = readHtml(original)!;
    const { text, starts, ends } = result.text;
    expect(text.split('\n\n')[0]).toBe(
      'Café owners said the harbour’s new rules, agreed on “Monday”, were fair & overdue. A second line follows here 😀 today.',
    );
    for (let i = 0; i < text.length; i++) {
      if (text[i] === '\n' || starts[i] === ends[i]) continue;
      const shown = shownText(original, starts[i]!, ends[i]!);
      expect(
        shown === text[i] || (shown === '' && text[i] === ' '),
        `character ${i} "${text[i]}" maps to "${original.slice(starts[i], ends[i])}"`,
      ).toBe(true);
    }
    expect(original.slice(starts[3]!, ends[3]!)).toBe('&eacute;');
  });

  it('never reads scripts, styles, templates, iframes or comments as text, and never lists them as removed', () => {
    const original = page(
      `${PROSE[0]}<script>document.title = "pwned";
var text = "<p>Injected paragraph from a script, long enough to look like prose.</p>";</script>
<style>p::after { content: "styled text" }</style><!-- a comment with <p>hidden prose</p> in it -->
<template><p>Template prose that is never shown to a reader of the page at all.</p></template>
<iframe src="https://example.com/embed">Fallback text inside an iframe element.</iframe>${PROSE[1]}${PROSE[2]}`,
    );
    const result = readHtml(original)!;
    for (const hidden of ['pwned', 'Injected', 'styled text', 'hidden prose', 'Template prose', 'Fallback text']) {
      expect(result.text.text).not.toContain(hidden);
      for (const fragment of result.removed) expect(fragment.text).not.toContain(hidden);
    }
    expect(result.text.text.split('\n\n')).toHaveLength(3);
  });

  it('lists what is not the article with its reason, in file offsets', () => {
    const original = page(
      '<h1>Slipway decision delayed</h1><div class="byline">By Ann Reid</div>' +
        '<div class="share-bar"><a href="#">Share on Facebook</a></div>' +
        `${PROSE[0]}<div class="ad-slot">Advertisement</div>${PROSE[1]}` +
        '<figure><img src="a.jpg" alt=""><figcaption>The slipway at low tide.</figcaption></figure>' +
        `${PROSE[2]}<aside class="related"><h2>Related</h2><ul><li><a href="/a">Ferry fares rise again this winter</a></li></ul></aside>`,
    );
    const result = readHtml(original)!;
    const reasonOf = (words: string): string | undefined => result.removed.find((fragment) => fragment.text.includes(words))?.reason;
    expect(
      Object.fromEntries(
        [
          '>News<',
          'Slipway decision',
          'Ann Reid',
          'Share on Facebook',
          'Advertisement',
          'low tide',
          'Ferry fares',
          'All rights reserved',
        ].map((words) => [words, reasonOf(words)]),
      ),
    ).toEqual({
      '>News<': 'navigation',
      'Slipway decision': 'headline (used as the version’s title)',
      'Ann Reid': 'byline and date',
      'Share on Facebook': 'share buttons',
      Advertisement: 'advertisement',
      'low tide': 'figure caption',
      'Ferry fares': 'related links',
      'All rights reserved': 'footer',
    });
    for (const fragment of result.removed) expect(original.slice(fragment.start, fragment.end)).toBe(fragment.text);
    expect(result.title).toBe('Slipway decision delayed');
  });

  it('keeps a time inside a sentence, and drops one standing alone', () => {
    const original = page(
      '<time datetime="2026-02-02">11:20</time><p>The board met on <time datetime="2026-02-02">Monday</time> ' +
        `to decide the future of the old slipway, closed since the storm.</p>${PROSE.join('')}`,
    );
    const result = readHtml(original)!;
    expect(result.text.text).toContain('The board met on Monday to decide');
    expect(result.text.text).not.toContain('11:20');
  });

  it('finds no article in a page of navigation and links only', () => {
    expect(readHtml('<html><body><nav><a href="/">Home</a></nav><footer>© 2026</footer></body></html>')).toBeUndefined();
    expect(readHtml('<html><head><title>Empty</title></head><body></body></html>')).toBeUndefined();
  });
});

describe('metadata from the page', () => {
  it('reads JSON-LD (a @graph, @id references, several authors) and says where each value came from', () => {
    const head = `<meta property="og:title" content="An og title"><script type="application/ld+json">{"@context":"https://schema.org","@graph":[
      {"@type":"Organization","@id":"#org","name":"Harbour Times"},
      {"@type":"NewsArticle","headline":"Slipway decision delayed","datePublished":"2026-02-03T23:30:00-05:00",
       "author":[{"@type":"Person","name":"Ann Reid"},{"@type":"Person","name":"Joe Bell"}],"publisher":{"@id":"#org"}}]}</script>`;
    const { found } = readHtml(page(PROSE.join(''), head))!;
    expect(found).toEqual({
      title: 'Slipway decision delayed',
      byline: 'Ann Reid and Joe Bell',
      published: '2026-02-03',
      outlet: 'Harbour Times',
      sources: {
        title: 'the JSON-LD headline',
        byline: 'the JSON-LD author',
        published: 'the JSON-LD datePublished',
        outlet: 'the JSON-LD publisher',
      },
    });
  });

  it('falls back on meta tags, a rel="author" link, a <time datetime> and the <title> less the site name', () => {
    const head = '<meta property="og:site_name" content="Harbour Times"><script type="application/ld+json">{ not json</script>';
    const original = page(
      `<p class="byline">By <a rel="author" href="/ann">Ann Reid</a></p><time datetime="2026-02-03T08:00">3 Feb</time>${PROSE.join('')}`,
      head,
    ).replace('<title>Demo page</title>', '<title>Slipway decision delayed | Harbour Times</title>');
    const { found } = readHtml(original)!;
    expect(found).toMatchObject({
      title: 'Slipway decision delayed',
      byline: 'Ann Reid',
      published: '2026-02-03',
      outlet: 'Harbour Times',
    });
    expect(found.sources).toEqual({
      title: 'the <title> element',
      byline: 'the rel="author" link',
      published: 'the page’s first <time datetime>',
      outlet: 'the og:site_name meta tag',
    });
  });
});

describe('charsets', () => {
  const latin = (html: string): Uint8Array =>
    Uint8Array.from(html, (char) => (char === '’' ? 0x92 : char === 'é' ? 0xe9 : char.charCodeAt(0)));

  it('finds the declared charset: a byte-order mark, <meta charset>, http-equiv or an XML declaration', () => {
    const ascii = (text: string): Uint8Array => new TextEncoder().encode(text);
    expect(declaredCharset(ascii('<meta charset="windows-1252">'))).toBe('windows-1252');
    expect(declaredCharset(ascii('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">'))).toBe('iso-8859-1');
    expect(declaredCharset(ascii('<?xml version="1.0" encoding="Shift_JIS"?><html>'))).toBe('shift_jis');
    expect(declaredCharset(Uint8Array.of(0xff, 0xfe, 0x3c, 0))).toBe('utf-16le');
    expect(declaredCharset(ascii('<html><body>no declaration'))).toBeUndefined();
  });

  it('decodes a windows-1252 page, and offsets index the page as decoded', () => {
    const html = page(
      '<p>The caf\u00e9\u2019s owners met the harbour board on Monday to discuss the slipway closure ' +
        `and its effect on trade.</p>${PROSE.join('')}`,
    ).replace('charset="utf-8"', 'charset="windows-1252"');
    const text = decodeHtmlFile(latin(html), at);
    expect(text).toBe(html);
    const result = readHtml(text)!;
    expect(result.text.text).toContain('The café’s owners met');
  });

  it('reads as UTF-8 a page declaring a legacy charset whose bytes are UTF-8 (a browser re-saved it)', () => {
    const html = page(`<p>The café’s owners met the board.</p>${PROSE.join('')}`).replace('charset="utf-8"', 'charset="iso-8859-1"');
    expect(decodeHtmlFile(new TextEncoder().encode(html), at)).toBe(html);
  });

  it('decodes Shift_JIS and UTF-16 with its byte-order mark', () => {
    // 日本 in Shift_JIS.
    const sjis = Uint8Array.of(
      ...new TextEncoder().encode('<meta charset="shift_jis"><p>'),
      0x93,
      0xfa,
      0x96,
      0x7b,
      ...new TextEncoder().encode('</p>'),
    );
    expect(decodeHtmlFile(sjis, at)).toBe('<meta charset="shift_jis"><p>日本</p>');
    const utf16 = Uint8Array.of(0xff, 0xfe, ...[...'<p>Ça va</p>'].flatMap((char) => [char.charCodeAt(0) & 0xff, char.charCodeAt(0) >> 8]));
    expect(decodeHtmlFile(utf16, at)).toBe('<p>Ça va</p>');
  });

  it('refuses a charset no decoder knows, naming the file and the charset', () => {
    const bytes = new TextEncoder().encode('<html>\n<head>\n<meta charset="klingon-8">\n</head><body><p>Text</p></body></html>');
    const error = failure(() => decodeHtmlFile(bytes, at));
    expect(error.message).toBe(
      'content/stories/demo/page.html:3 declares the charset "klingon-8", which cannot be read — re-save the page as UTF-8',
    );
  });

  it('refuses a page declared (or taken) as UTF-8 whose bytes are not, with the line of the bad byte', () => {
    const bytes = Uint8Array.of(...new TextEncoder().encode('<meta charset="utf-8">\n<p>Caf'), 0xe9, ...new TextEncoder().encode('</p>'));
    expect(failure(() => decodeHtmlFile(bytes, at)).message).toMatch(
      /^content\/stories\/demo\/page\.html:2 not valid UTF-8 \(byte 29 is 0xe9\)/u,
    );
  });

  it('refuses an empty page and a binary file as any version', () => {
    expect(failure(() => decodeHtmlFile(new Uint8Array(), at)).message).toMatch(/the file is empty/u);
    expect(failure(() => decodeHtmlFile(Uint8Array.of(0x3c, 0x70, 0, 0x3e), at)).message).toMatch(/binary data/u);
    const legacyBinary = Uint8Array.of(...new TextEncoder().encode('<meta charset="windows-1252">'), 0, 0x41);
    expect(failure(() => decodeHtmlFile(legacyBinary, at)).message).toMatch(/binary data/u);
  });
});

describe('ingestStory with .html and .htm versions', () => {
  it('reads both extensions as saved pages, with the page’s metadata', () => {
    const html = page(`<h1>Slipway decision delayed</h1>${PROSE.join('')}`);
    const ingested = ingestStory(story({ 'a.html': html, 'b.HTM': html }));
    expect(ingested.versions.map((version) => version.format)).toEqual(['html', 'html']);
    expect(ingested.versions[0]!.title).toBe('Slipway decision delayed');
    expect(ingested.versions[0]!.found?.sources?.title).toBe('the page’s <h1> heading');
  });

  it('stops on a page with no article, naming the file, with every other problem at once', () => {
    const error = failure(() =>
      ingestStory(story({ 'front.html': '<html><body><nav><a href="/">Home</a></nav></body></html>', 'b.txt': '' })),
    );
    expect(error.message).toContain(
      'content/stories/demo/front.html has no article the extractor can find — is it the saved page of one article?',
    );
    expect(error.message).toContain('content/stories/demo/b.txt the file is empty');
  });

  it('stops on a page in a charset no decoder reads, naming the file and the charset', () => {
    const error = failure(() => ingestStory(story({ 'a.html': '<meta charset="x-klingon">\n<p>Text</p>' })));
    expect(error.message).toBe(
      'content/stories/demo/a.html:1 declares the charset "x-klingon", which cannot be read — re-save the page as UTF-8',
    );
  });
});
