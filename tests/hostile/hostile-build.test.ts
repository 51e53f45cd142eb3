import { existsSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlPages } from '../support/site-files.ts';
import { buildSite, hostileContent, type SiteBuild } from './build-site.ts';
import { scanHtml, type ScannedPage } from './html-scan.ts';
import { injectedMarkup, visibleText } from './page-checks.ts';

// The hostile site (tests/fixtures/hostile-site) built once, as an editor would build it. Every
// payload in it sets window.__pwned or opens a dialog if it runs; tests/browser/hostile.e2e.ts runs
// the pages in Chromium, this file reads them as HTML.

let build: SiteBuild;

beforeAll(async () => {
  build = await buildSite(hostileContent, 'hostile-');
}, 300_000);

afterAll(() => {
  if (build) rmSync(build.outDir, { recursive: true, force: true });
});

function page(url: string): ScannedPage {
  const file = path.join(build.outDir, url, 'index.html');
  expect(existsSync(file), `${url} was not built`).toBe(true);
  return scanHtml(readFileSync(file, 'utf8'));
}

const story = '/stories/hostile-markup';

describe('the hostile site build', () => {
  // Its build time (target: two minutes) is measured by `npm run bench` (bench/hard-inputs.ts).
  it('succeeds, analysing all five stories', () => {
    expect(build.code, build.log.slice(-2000)).toBe(0);
    expect(build.log).toMatch(/5 stories \(\d analysed, \d reused\)/);
  });

  it('builds every page of the hostile story', () => {
    const urls = htmlPages(build.outDir)
      .map((built) => built.url)
      .filter((url) => url.startsWith(`${story}/`));
    expect(urls).toEqual(
      expect.arrayContaining([
        `${story}/`,
        `${story}/markdown/`,
        `${story}/plain/`,
        `${story}/entities/`,
        `${story}/capture/`,
        `${story}/compare/markdown/plain/`,
        `${story}/compare/plain/entities/`,
        `${story}/alignment/`,
        `${story}/facts/`,
      ]),
    );
  });

  it('no page carries an element, event handler, javascript: URL or script from the input', () => {
    const pages = htmlPages(build.outDir);
    expect(pages.length).toBeGreaterThan(40);
    const problems = pages.flatMap((built) =>
      injectedMarkup(scanHtml(readFileSync(built.file, 'utf8'))).map((problem) => `${built.url}: ${problem}`),
    );
    expect(problems).toEqual([]);
  });
});

describe('hostile text is shown as text', () => {
  it('a plain-text version shows every payload verbatim', () => {
    const text = visibleText(page(`${story}/plain/`));
    for (const literal of [
      '<script>window.__pwned=1;alert(1)</script>',
      '[click here](javascript:window.__pwned=1)',
      '"><svg onload="window.__pwned=1;alert(1)">',
      '<img src=x onerror="window.__pwned=1;alert(1)">',
      '<a href="javascript:alert(1)" onclick="window.__pwned=1">a link</a>',
      '<!-- a comment that is only text here -->',
      '&lt;b&gt;not bold&lt;/b&gt; and fish &amp; chips',
      '</textarea></title></style></script><script>window.__pwned=1</script> ends nothing',
      '${window.__pwned=1} or {{window.__pwned}}',
    ]) {
      expect(text).toContain(literal);
    }
  });

  it('a Markdown version shows its text with entities decoded, link text without URLs, and raw HTML as removed fragments', () => {
    const reading = page(`${story}/markdown/`);
    const text = visibleText(reading);
    expect(text).toContain('Entities are text: <b>not bold</b>, fish & chips, and "quotes" stay as written.');
    expect(text).toContain('The government said it would click here for details, and a reader could also click or this link without harm.');
    expect(text).toContain('<!-- a hidden comment <script>window.__pwned=1</script> -->');
    expect(text).toContain('<img src=x onerror="window.__pwned=1;alert(1)">');
    expect(text).toContain('<iframe src="javascript:alert(1)">');
    // The Markdown links kept their text, never their javascript: targets.
    const hrefs = reading.tags.filter((tag) => tag.name === 'a').map((tag) => tag.attributes.get('href') ?? '');
    expect(hrefs.filter((href) => /javascript/i.test(href))).toEqual([]);
  });

  it('entities typed into a plain-text file stay as typed', () => {
    const text = visibleText(page(`${story}/entities/`));
    expect(text).toContain(
      'He said &lt;script&gt;window.__pwned=1&lt;/script&gt; was typed by a careless editor, and &#60;img src=x onerror=alert(1)&#62; too.',
    );
  });

  it('a saved-page version (.html) shows its article and page metadata as text, and nothing its scripts, iframes or comments hold', () => {
    const reading = page(`${story}/capture/`);
    const text = visibleText(reading);
    expect(text).toContain('typed markup such as <script>window.__pwned=1</script> is only text.');
    expect(text).toContain('entities stay text: <b>not bold</b>, fish & chips, and "quotes" read as written.');
    expect(text).toContain('<img src=x onerror="window.__pwned=1"> Capture Byline (from the author meta tag)');
    expect(text).toContain('(the page calls itself “"><svg onload="window.__pwned=1"> Capture Outlet”)');
    expect(text).not.toContain('never shown');
    expect(injectedMarkup(reading)).toEqual([]);
  });

  it('the title, summary, outlets, byline and note from story.yaml are text on the overview and reading pages', () => {
    const overview = page(`${story}/`);
    const text = visibleText(overview);
    const title = 'Hostile "><svg onload="window.__pwned=1"> <script>window.__pwned=1</script> title';
    expect(overview.tags.find((tag) => tag.name === 'h1')).toBeDefined();
    expect(text).toContain(title);
    expect(text).toContain('A summary with <img src=x onerror="window.__pwned=1"> and &amp; and &lt;b&gt;.');
    expect(text).toContain('"><svg onload="window.__pwned=1;alert(1)"> Outlet');
    expect(text).toContain("Plain' onfocus='window.__pwned=1' autofocus='");
    expect(text).toContain('&lt;Entity&gt; &amp; Co');
    const reading = visibleText(page(`${story}/markdown/`));
    expect(reading).toContain('<b onmouseover="window.__pwned=1">Byline</b>');
    expect(reading).toContain('Note "><script>window.__pwned=1</script> with a javascript:alert(1) link.');
  });

  it('the JSON export keeps the text and metadata verbatim', () => {
    const exported = JSON.parse(readFileSync(path.join(build.outDir, 'api/stories/hostile-markup.json'), 'utf8')) as {
      title: string;
      versions: { id: string; outlet: string; text: string }[];
    };
    expect(exported.title).toBe('Hostile "><svg onload="window.__pwned=1"> <script>window.__pwned=1</script> title');
    const plain = exported.versions.find((version) => version.id === 'plain')!;
    expect(plain.text).toContain('early stage. <script>window.__pwned=1;alert(1)</script> The minister');
    expect(plain.outlet).toBe("Plain' onfocus='window.__pwned=1' autofocus='");
  });
});

describe('odd stories build with sensible pages', () => {
  it('right-to-left text and emoji: reading, compare and overview pages carry the text', () => {
    expect(visibleText(page('/stories/right-to-left/arabic-a/'))).toContain('هل ستقبل كيغالي المهاجرين؟');
    expect(visibleText(page('/stories/right-to-left/emoji/'))).toContain('over migrants 👨‍👩‍👧‍👦 deported');
    expect(visibleText(page('/stories/right-to-left/compare/arabic-a/arabic-b/'))).toContain('كيغالي');
    expect(visibleText(page('/stories/right-to-left/'))).toContain('Emoji Post 👨‍👩‍👧‍👦');
    // The fact rules read English: the two Arabic versions are left out of the fact index, and both pages say so.
    const skipped = 'Facts are read from English text only. صحيفة عربية (0%) and موقع إخباري (0%) read as another language';
    expect(visibleText(page('/stories/right-to-left/'))).toContain(skipped);
    expect(visibleText(page('/stories/right-to-left/facts/'))).toContain(skipped);
  });

  it('a one-version story has its overview, reading, alignment and facts pages and no compare pages', () => {
    for (const url of [
      '/stories/one-version/',
      '/stories/one-version/bbc/',
      '/stories/one-version/alignment/',
      '/stories/one-version/facts/',
    ])
      page(url);
    expect(existsSync(path.join(build.outDir, 'stories/one-version/compare'))).toBe(false);
  });

  it('a diff past its limits says so on the compare page', () => {
    expect(visibleText(page('/stories/no-punctuation/compare/a/b/'))).toContain(
      'Some rows were too different to diff word by word within the work limit',
    );
  });

  it('an alignment past its pair budget says so on the alignment page', () => {
    expect(visibleText(page('/stories/crowded-alignment/alignment/'))).toContain('alignment stopped at 250000 sentence pairs');
  });
});
