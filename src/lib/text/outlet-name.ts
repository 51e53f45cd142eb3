/** An outlet as named in story.yaml, without the parenthetical description editors may add (`The Telegraph (India)`). */
export function outletName(outlet: string): string {
  return outlet.replace(/\s*\([^)]*\)\s*/g, ' ').trim() || outlet;
}

/** `text` as a regular expression source that matches it literally. */
export function escapedPattern(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
}

/** The regular expression source `source` (one alternative or several) matched only standing alone: not inside a longer word or number. */
export function standingAlone(source: string): string {
  return String.raw`(?<![\p{L}\p{N}])(?:${source})(?![\p{L}\p{N}])`;
}

/** A name as written, not inside a longer word or number (`BBC`, never `BBCA` or `2BBC`). */
export function namePattern(name: string): RegExp {
  return new RegExp(standingAlone(escapedPattern(name)), 'u');
}
