import type { Redirect } from '../../site/redirects.ts';
import { attr, html } from './html.ts';

/** What every redirect page's head says after its policy and refresh. */
const SHARED_HEAD = html`<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex">`;

/**
 * The whole page of an old URL (src/site/redirects.ts): a meta refresh, which the site's
 * Content-Security-Policy allows and which needs no script; `noindex`; the page it stands for as
 * canonical (with SITE_URL, as every page does: without it no page names an address, and never with
 * the view state a query carries, `?lead=`, `?base=`); and a plain link for a reader whose browser
 * does not follow the refresh. It inlines no script and no style, so `policy` needs no hash.
 */
export function redirectPage(redirect: Redirect, site: URL | string | undefined, policy: string): string {
  const canonical = site === undefined ? undefined : new URL(redirect.to.split('?')[0]!, site).href;
  const refresh = html`<meta http-equiv="refresh"${attr('content', `0; url=${redirect.to}`)}>`;
  const head = html`<meta charset="utf-8"><meta http-equiv="content-security-policy"${attr('content', policy)}>${refresh}${SHARED_HEAD}`;
  const link = canonical === undefined ? undefined : html`<link rel="canonical"${attr('href', canonical)}>`;
  const title = html`<title>${redirect.title} · Same Story</title>`;
  const body = html`<body><p>This page is now part of <a${attr('href', redirect.to)}>${redirect.title}</a>.</p></body>`;
  return html`<!DOCTYPE html><html lang="en"><head>${head}<meta name="referrer" content="no-referrer">${title}${link}</head>${body}</html>`
    .value;
}
