/**
 * The contract every clean rule keeps. A matcher reads one piece or line and either names it as page
 * chrome, with its rule and the reason shown to editors, or returns `undefined` to keep it. Rules import
 * this file, not the registry that lists them (`chrome.ts`), so no rule imports itself in a circle.
 */
export interface ChromeMatch {
  rule: string;
  reason: string;
}

/** A rule's matcher: the whole text must be the widget, never a prefix of it. */
export type ChromeMatcher = (text: string) => ChromeMatch | undefined;
