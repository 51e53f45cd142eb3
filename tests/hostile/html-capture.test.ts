import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseStory } from '../../src/lib/analyse.ts';
import { StoryInputError } from '../../src/lib/errors.ts';
import { exportStory } from '../../src/lib/export/index.ts';
import { hostileContent, projectRoot } from './build-site.ts';
import { ingestStory } from '../../src/lib/ingest/index.ts';
import { deepPage, HARBOUR_SENTENCES, heavyPage, overNestedPage, pageStory } from './odd-stories.ts';
import { thrownBy } from './story-input.ts';

// Hostile and odd saved pages at the pipeline level (tests/hostile/hostile-build.test.ts builds the same
// capture into pages). A saved page is never run: its scripts, styles, iframes, templates, noscript and
// comments are markup, neither article text nor removed fragments; markup the page spells as entities
// (`&lt;script&gt;`) is text, and stays text.

const captureDir = path.join(projectRoot, hostileContent, 'hostile-markup');
const capture = readFileSync(path.join(captureDir, 'capture.html'), 'utf8');

const NEVER_SHOWN = [
  'never shown',
  'alert(1)',
  'onerror',
  'onclick',
  'onload',
  'srcdoc',
  'javascript:',
  'document.write',
  'background: url',
];

describe('a saved page full of hostile markup', () => {
  const analysis = analyseStory(pageStory('hostile-capture', capture));
  const version = analysis.versions[0]!;

  it('keeps the article text, with markup spelt as entities read as text', () => {
    expect(version.format).toBe('html');
    expect(version.text).toContain('an early stage, a link reporters were told on Sunday in Kigali.');
    expect(version.text).toContain('typed markup such as <script>window.__pwned=1</script> is only text.');
    expect(version.text).toContain('entities stay text: <b>not bold</b>, fish & chips, and "quotes" read as written.');
    expect(version.text).toContain('</textarea></title></style></script> ending nothing at all.');
  });

  it('never takes a script, style, iframe, template, noscript, svg, object, hidden element or comment as text', () => {
    for (const text of NEVER_SHOWN) expect(version.text).not.toContain(text);
    for (const sentence of version.sentences) for (const text of NEVER_SHOWN) expect(sentence.text).not.toContain(text);
  });

  it('never lists a script, style or comment as a removed fragment', () => {
    for (const fragment of version.removed) {
      expect(fragment.text).not.toMatch(/<script|<style|<!--|never shown/iu);
      expect(capture.slice(fragment.start, fragment.end)).toBe(fragment.text);
    }
  });

  it('keeps metadata holding markup as text, and exports it verbatim', () => {
    expect(version.title).toBe('Rwanda in talks with the US over deported migrants');
    expect(version.byline).toBe('<img src=x onerror="window.__pwned=1"> Capture Byline');
    expect(version.pageOutlet).toBe('"><svg onload="window.__pwned=1"> Capture Outlet');
    expect(version.published).toBe('2025-05-04');
    const exported = exportStory(analysis).versions[0]!;
    expect(exported.text).toBe(version.text);
    expect(exported.byline).toBe(version.byline);
  });
});

describe('odd saved pages', () => {
  it('elements nested 4,000 deep are read without running out of stack', () => {
    const result = analyseStory(pageStory('deep', deepPage()));
    expect(result.versions[0]!.sentences.length).toBe(4);
  });

  it('a page nesting elements past 5,000 deep stops the build at once, naming the file and the line', () => {
    const input = pageStory('nested', overNestedPage());
    const failure = thrownBy(() => analyseStory(input));
    expect(failure).toBeInstanceOf(StoryInputError);
    expect((failure as StoryInputError).message).toBe(
      'tests/hostile/nested/page.html:3 nests elements more than 5,000 deep — ' +
        'is it a saved article page? Save the page again from the browser',
    );
    // Refused by the first stage, reading the page, before any cleaning or alignment.
    expect(() => ingestStory(input)).toThrow((failure as StoryInputError).message);
  });

  it('a page of about 1 MB of markup keeps its article and drops the cards', () => {
    const html = heavyPage();
    expect(html.length).toBeGreaterThan(950_000);
    expect(html.length).toBeLessThan(1_000_000);
    const result = analyseStory(pageStory('heavy', html));
    expect(result.versions[0]!.sentences.map((sentence) => sentence.text)).toEqual(
      Array.from({ length: 20 }, (_, i) => HARBOUR_SENTENCES[i % HARBOUR_SENTENCES.length]),
    );
    expect(result.versions[0]!.text).not.toContain('Another story');
  });

  it('an unclosed <script> hides the rest of the page, as in a browser: no article, and the build stops naming the file', () => {
    const html =
      '<html><body><script>var x = 1;<p>The harbour board met on Monday to decide the future of the old slipway.</p></body></html>';
    const failure = thrownBy(() => analyseStory(pageStory('unclosed', html)));
    expect(failure).toBeInstanceOf(StoryInputError);
    expect((failure as StoryInputError).message).toContain('tests/hostile/unclosed/page.html has no article the extractor can find');
  });
});
