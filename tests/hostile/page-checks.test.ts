import { describe, expect, it } from 'vitest';
import { scanHtml } from './html-scan.ts';
import { injectedMarkup, visibleText } from './page-checks.ts';

describe('scanHtml and injectedMarkup', () => {
  it('read markup inside a quoted attribute as a value, not as tags', () => {
    const page = scanHtml(
      '<meta name="description" content="A &quot;><script>window.__pwned=1</script>"><p title=\'x > y\'>fish &amp; chips &lt;b&gt;</p>',
    );
    expect(page.tags.map((tag) => tag.name)).toEqual(['meta', 'p']);
    expect(page.tags[0]!.attributes.get('content')).toBe('A "><script>window.__pwned=1</script>');
    expect(visibleText(page)).toBe('fish & chips <b>');
    expect(injectedMarkup(page)).toEqual([]);
  });

  it('find every kind of injection the hostile fixture attempts', () => {
    const page = scanHtml(
      '<p><img src=x onerror="window.__pwned=1"><svg onload=alert(1)></svg><a href=" javascript:alert(1)">x</a>' +
        '<script>window.__pwned=1</script><script src="https://cdn.example/x.js"></script><script type="module" src="/_astro/ok.js"></script>' +
        '<iframe src="data:text/html,<script>alert(1)</script>"></iframe></p>',
    );
    expect(injectedMarkup(page)).toEqual([
      '<img onerror="window.__pwned=1">',
      '<img>',
      '<svg onload="alert(1)">',
      '<a href=" javascript:alert(1)">',
      '<script src="">window.__pwned=1',
      '<script src="https://cdn.example/x.js">',
      '<iframe src="data:text/html,<script>alert(1)</script>">',
      '<iframe>',
    ]);
  });

  it('keep the text of title and textarea, and skip script and style content and comments', () => {
    const page = scanHtml(
      '<title>a &lt;b&gt;</title><style>p{}</style><!-- <p>hidden</p> --><textarea></p></textarea><script>if (a < b) x()</script>',
    );
    expect(page.text).toBe('a <b></p>');
    expect(page.tags.find((tag) => tag.name === 'script')!.rawText).toBe('if (a < b) x()');
  });
});
