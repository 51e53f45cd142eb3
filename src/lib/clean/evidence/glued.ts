// Page text glued onto the start of an article line when a scrape lost the break between them
// (`View all search resultsMore than…`, `Gallery iconThe council…`): the two are judged apart.
import { ALIGNMENT_STOPWORDS } from '../../language/index.ts';
import { describe, type Line } from './lines.ts';

/** A lower-case letter run straight into a capitalised word: the glue point is before the capital. */
const GLUE = /(\p{Ll}{2})(\p{Lu}[\p{Ll}'’]+)/gu;
/** What stands before the glue is a short label: no sentence or clause punctuation, no quotation. */
const LABEL_PUNCTUATION = /[.!?:;,"“”()]/u;
const TOKEN = /[\p{L}'’]+/gu;
const LOWER_THEN_UPPER = /\p{Ll}\p{Lu}/u;

/** Every word of the story (lower case) and how often each exact spelling occurs, across all versions. */
interface StoryWords {
  lower: ReadonlySet<string>;
  spelled: ReadonlyMap<string, number>;
  /** Each version's words, lower case. */
  byVersion: readonly ReadonlySet<string>[];
}

function storyWords(versions: readonly (readonly Line[])[]): StoryWords {
  const lower = new Set<string>();
  const spelled = new Map<string, number>();
  const byVersion = versions.map((lines) => {
    const own = new Set<string>();
    for (const line of lines)
      for (const token of line.text.split(/\s+/u)) {
        spelled.set(token, (spelled.get(token) ?? 0) + 1);
        for (const word of token.match(TOKEN) ?? []) own.add(word.toLowerCase());
      }
    for (const word of own) lower.add(word);
    return own;
  });
  return { lower, spelled, byVersion };
}

/**
 * Where a label is glued onto the line's opening sentence, the offset of the glue (0 for none). The label is
 * two to eight words without punctuation, most of them in no other version; the glued spelling occurs nowhere
 * else in the story (a name such as `LinkedIn` recurs); the word after the glue is a function word or one the
 * story uses on its own.
 */
function gluePoint(text: string, v: number, story: () => StoryWords): number {
  // The label ends before any punctuation: only the text up to the first mark can hold the glue.
  const marked = text.slice(0, 120).search(LABEL_PUNCTUATION);
  const head = marked < 0 ? text.slice(0, 120) : text.slice(0, marked + 1);
  if (!LOWER_THEN_UPPER.test(head)) return 0;
  for (const match of head.matchAll(GLUE)) {
    const at = match.index + 2;
    const label = text.slice(0, at);
    const count = label.split(/\s+/u).length;
    if (count > 8 || LABEL_PUNCTUATION.test(label)) return 0;
    if (count < 2) continue;
    const words = story();
    const tokenStart = label.lastIndexOf(' ') + 1;
    const tokenEnd = text.slice(at).search(/\s|$/u) + at;
    if ((words.spelled.get(text.slice(tokenStart, tokenEnd)) ?? 0) > 1) return 0;
    const after = match[2]!.toLowerCase();
    if (!ALIGNMENT_STOPWORDS.has(after) && !words.lower.has(after)) return 0;
    // The label is the page's, not the story's: most of its words are in no other version (a lost space
    // inside a sentence, `the chief executiveMary Lund said`, leaves the story's own words before it).
    const content = (label.toLowerCase().match(TOKEN) ?? []).filter((word) => word.length >= 3 && !ALIGNMENT_STOPWORDS.has(word));
    const shared = content.filter((word) => words.byVersion.some((others, o) => o !== v && others.has(word))).length;
    return shared * 2 <= content.length ? at : 0;
  }
  return 0;
}

/** Each version's lines with a glued label split off into a line of its own. */
export function splitGluedLabels(versions: readonly (readonly Line[])[]): Line[][] {
  let words: StoryWords | undefined;
  return versions.map((lines, v) => {
    const kept: Line[] = [];
    for (const line of lines) {
      // Most lines have no glue at all: the story's words are gathered only when one may have.
      const at = line.words > 3 ? gluePoint(line.text, v, () => (words ??= storyWords(versions))) : 0;
      if (at === 0) {
        kept.push(kept.length === line.index ? line : { ...line, index: kept.length });
        continue;
      }
      kept.push({ ...describe(line.text.slice(0, at), line.start, kept.length), glued: true });
      kept.push(describe(line.text.slice(at), line.start + at, kept.length));
    }
    return kept;
  });
}

/**
 * A short aside in brackets run onto the article's last paragraph after its last sentence (`… to the surface.
 * (More rover stories.)`): a link the page put at the article's end. Its offsets in the body, or undefined.
 */
export function trailingAside(line: Line): { start: number; end: number } | undefined {
  const aside = /(?<=[.!?]["”’]?)\s+(\([^()]{2,60}\))$/u.exec(line.text);
  if (!aside || line.words <= 8 || aside[1]!.split(/\s+/u).length > 6) return undefined;
  const start = line.start + aside.index + aside[0].length - aside[1]!.length;
  return { start, end: line.end };
}
