import { describe, expect, it } from 'vitest';
import { redirectPage } from './redirect-page.ts';

const redirect = {
  from: '/stories/pier/compare/b/a/',
  params: { slug: 'pier', a: 'b', b: 'a' },
  to: '/stories/pier/compare/a/b/?lead=b',
  title: 'Tom\'s "Quay" <Blog> & Co compared with Wire',
};
const policy = "default-src 'none'; script-src 'self'; style-src 'self';";

describe('redirectPage', () => {
  it('refreshes to the page, links to it, is not indexed, and escapes the title in text and attributes', () => {
    expect(redirectPage(redirect, undefined, policy)).toBe(
      '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">' +
        `<meta http-equiv="content-security-policy" content="default-src 'none'; script-src 'self'; style-src 'self';">` +
        '<meta http-equiv="refresh" content="0; url=/stories/pier/compare/a/b/?lead=b">' +
        '<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">' +
        '<meta name="referrer" content="no-referrer">' +
        '<title>Tom&#39;s &quot;Quay&quot; &lt;Blog&gt; &amp; Co compared with Wire · Same Story</title></head>' +
        '<body><p>This page is now part of <a href="/stories/pier/compare/a/b/?lead=b">' +
        'Tom&#39;s &quot;Quay&quot; &lt;Blog&gt; &amp; Co compared with Wire</a>.</p></body></html>',
    );
  });

  it('names the page sent to as canonical on SITE_URL, without the view state of its query', () => {
    const page = redirectPage(redirect, 'https://news.example.org/', policy);
    expect(page).toContain('<link rel="canonical" href="https://news.example.org/stories/pier/compare/a/b/">');
    expect(page).not.toContain('canonical" href="https://news.example.org/stories/pier/compare/a/b/?');
  });
});
