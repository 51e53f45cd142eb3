import { createHash } from 'node:crypto';
import type { BrowserContext } from 'playwright-core';
import type { ScannedPage } from '../hostile/html-scan.ts';

/** A Content-Security-Policy value as directive → source list. */
export function parseCsp(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** The policy of a built page's `<meta http-equiv="content-security-policy">`, if any. */
export function metaCsp(page: ScannedPage): string | undefined {
  return page.tags
    .find((tag) => tag.name === 'meta' && tag.attributes.get('http-equiv')?.toLowerCase() === 'content-security-policy')
    ?.attributes.get('content');
}

/** `'sha256-…'` of an inline script or style, as a CSP source. */
export function cspHash(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** Inline code a page ships: `<script>` without `src` and `<style>` elements, by directive. */
export function inlineCode(page: ScannedPage): { script: string[]; style: string[] } {
  const script: string[] = [];
  const style: string[] = [];
  for (const tag of page.tags) {
    // A data block (`type="application/json"`) is never run, so the policy has nothing to allow.
    const type = tag.attributes.get('type');
    const code = type === undefined || type === 'module' || /javascript/i.test(type);
    if (tag.name === 'script' && code && !tag.attributes.has('src') && tag.rawText !== undefined) script.push(tag.rawText);
    if (tag.name === 'style' && tag.rawText !== undefined) style.push(tag.rawText);
  }
  return { script, style };
}

export interface CspViolation {
  directive: string;
  blockedURI: string;
  sample: string;
}

/** Records every `securitypolicyviolation` of every page of the context in `window.__cspViolations`. */
export async function recordCspViolations(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const violations: unknown[] = [];
    (globalThis as unknown as { __cspViolations: unknown[] }).__cspViolations = violations;
    document.addEventListener('securitypolicyviolation', (event) => {
      violations.push({ directive: event.effectiveDirective, blockedURI: event.blockedURI, sample: event.sample });
    });
  });
}
