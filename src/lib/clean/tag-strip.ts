import { classifyChrome } from './chrome.ts';
import type { ChromeMatch } from './rule.ts';
import type { Piece } from './pieces.ts';
import { endsSentence, isSeparator, startsCapitalised, wordCount } from './text-shape.ts';

const TOPIC_TAGS: ChromeMatch = { rule: 'tag-strip', reason: 'topic tags' };

/** `Related Topics`, `Tags:`, `Filed under`: the heading of a tag strip. */
const TAG_HEADING = /^(?:related )?(?:topics|tags|tagged(?: with)?|filed under)\s*:?$/iu;

export function matchTagHeading(text: string): ChromeMatch | undefined {
  return TAG_HEADING.test(text) ? TOPIC_TAGS : undefined;
}

/** `Tags: Harbourton, Piers`, `Filed under: Politics | Local`: a tag heading with its tags on the same line. */
const LABELLED_TAGS = /^(?:related )?(?:topics|tags|tagged(?: with)?|filed under|categories|category)\s*:\s*(.+)$/iu;
const TAG_SEPARATOR = /\s*[,;|·•]\s*/u;

/**
 * A labelled tag line: after the label, only a list of short tags (at most four words each, no
 * sentence punctuation), so "Topics: the council discussed the budget and the pier." stays prose.
 */
function isLabelledTagLine(text: string): boolean {
  const list = LABELLED_TAGS.exec(text)?.[1];
  if (list === undefined || /[.!?:…]$/u.test(list)) return false;
  const tags = list.split(TAG_SEPARATOR).filter((tag) => tag.length > 0);
  const longest = Math.max(...tags.map((tag) => wordCount(tag)));
  return tags.length > 0 && longest <= (tags.length > 1 ? 4 : 3) && tags.every((tag) => !/[.!?:;"“”]/u.test(tag));
}

/**
 * A topic tag or a podcast or section name: a few capitalised words, no sentence punctuation, not
 * even before a closing quote (`"It is over."` is a short quoted sentence, not a tag).
 */
function isTag(text: string): boolean {
  return wordCount(text) <= 5 && startsCapitalised(text) && !/[.!?:;,…]$/u.test(text) && !endsSentence(text);
}

/** Chrome after the last sentence: recognised widgets, tags, separators. */
export function matchTrailingChrome(text: string): ChromeMatch | undefined {
  return (
    classifyChrome(text) ?? matchTagHeading(text) ?? (isTag(text) || isSeparator(text) || isLabelledTagLine(text) ? TOPIC_TAGS : undefined)
  );
}

/** Index of the first piece of the run of trailing chrome at the very end (`pieces.length` when there is none). */
export function findTrailingChromeRun(pieces: readonly Piece[]): number {
  let start = pieces.length;
  while (start > 1 && matchTrailingChrome(pieces[start - 1]!.text)) start--;
  return start;
}

/**
 * Index of the first piece of the trailing chrome run (`pieces.length` when there is none). The
 * run must follow a finished sentence, so a body that ends in a short list of its own is kept.
 */
export function findTagStripStart(pieces: readonly Piece[]): number {
  const start = findTrailingChromeRun(pieces);
  if (start === pieces.length) return start;
  return endsSentence(pieces[start - 1]!.text) ? start : pieces.length;
}
