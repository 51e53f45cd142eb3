/**
 * The site's Content-Security-Policy, given to Astro in astro.config.mjs: Astro writes it as a
 * `<meta>` tag on every page it renders, adding `script-src` and `style-src` with the hashes of the
 * code it inlines. Everything comes from this host or nowhere: no fonts, frames or third parties.
 */
export const CSP_DIRECTIVES = [
  "default-src 'none'",
  "img-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
] as const;

/**
 * The policy of a page that inlines no script and no style (the redirect pages written outside
 * Astro: src/integrations/redirect-pages.ts), spelt as Astro spells it, with no hash to allow.
 */
export function policyWithoutInlineCode(): string {
  return `${CSP_DIRECTIVES.join(';')}; script-src 'self'; style-src 'self';`;
}
