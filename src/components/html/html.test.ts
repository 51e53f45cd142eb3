import { describe, expect, it } from 'vitest';
import { attr, classes, escapeAttribute, escapeText, html } from './html.ts';

describe('html', () => {
  it('escapes interpolated text as Astro does and passes markup through', () => {
    const inner = html`<b>${'1 < 2'}</b>`;
    expect(html`<p>${`Tom's "big" <script>&`}${inner}</p>`.value).toBe(
      '<p>Tom&#39;s &quot;big&quot; &lt;script&gt;&amp;<b>1 &lt; 2</b></p>',
    );
  });

  it('writes lists in order, numbers as digits, and nothing for undefined, null and false', () => {
    expect(html`<ol>${['a', html`<li>b</li>`, [3, undefined, null, false, 'c']]}</ol>`.value).toBe('<ol>a<li>b</li>3c</ol>');
  });

  it('never escapes twice: markup made by html is kept as is wherever it is nested', () => {
    const link = html`<a${attr('href', '/x?a=1&b=2')}>${'&'}</a>`;
    expect(html`${[[link]]}`.value).toBe('<a href="/x?a=1&amp;b=2">&amp;</a>');
  });

  it('writes attributes like Astro: quoted and escaped, bare when empty or true, absent when unset', () => {
    expect(attr('title', `it's "x" & <y>`).value).toBe(` title="it's &quot;x&quot; &amp; <y>"`);
    expect(attr('data-change', '').value).toBe(' data-change');
    expect(attr('hidden', true).value).toBe(' hidden');
    expect([attr('id', undefined), attr('id', null), attr('id', false)].map((part) => part.value)).toEqual(['', '', '']);
    expect(attr('y', 12.5).value).toBe(' y="12.5"');
  });

  it('writes class lists like class:list, and no attribute at all when no class applies', () => {
    expect(classes('row', false, 'row--changed', undefined, '', 'row--moved').value).toBe(' class="row row--changed row--moved"');
    expect(classes(false, undefined).value).toBe('');
  });

  it('leaves text without special characters as the same string', () => {
    const text = 'plain words, no specials';
    expect(escapeText(text)).toBe(text);
    expect(escapeAttribute("it's <fine>")).toBe("it's <fine>");
  });
});
