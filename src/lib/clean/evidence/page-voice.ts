// The page speaking rather than reporting: to its reader (`Join our channel`), of itself (`this article`), of its
// comments and sign-ups, or pointing at a link (`read more here`). The story-evidence judge reads these on a line with
// its quotations blanked out, since what a quoted speaker says to "you" is the article's.

import { MONTH_WORD } from '../../language/calendar.ts';
import { SENTENCE_START_BEFORE } from '../../language/sentence-start.ts';
import { escapedPattern, outletName, standingAlone } from '../../text/outlet-name.ts';
import type { Line } from './lines.ts';

/**
 * A post's signature as a social network embeds it, a handle then the day it was posted (`(@name) May 2, 2016`): the one
 * pattern the judge (a post, a signature alone on its line) and the lost breaks (a signature with text after it) compose.
 */
export const POST_SIGNATURE = String.raw`\(@[A-Za-z0-9_]{1,15}\)\s+${MONTH_WORD}\s+\d{1,2},\s+\d{4}`;

/** The reader addressed: `your email address`, `please look`. */
const SECOND_PERSON = String.raw`\b(?:you|your|yours|please)\b`;
/** The page speaking of itself: `this article may be outdated`. */
const SELF_REFERENCE = String.raw`\bthis (?:article|page|post|site|story)\b`;
/** The page's own furniture, named in prose: `Comments are moderated before they appear`, `our newsletter`. */
export const PAGE_FURNITURE =
  /\b(?:comments?|commenting|commenters?|moderat(?:ed|ion|ors?)|newsletters?|subscri(?:be|bers?|ptions?)|log(?:ged)? in)\b/iu;
/** A call to action opening the line, after any list number: `Join our channel`, `2. Tap to add`. */
const CALL_TO_ACTION =
  String.raw`^(?:\d+[.)]\s*|[-*•]\s*)?` + String.raw`(?:click|tap|join|subscribe|sign up|follow|download|install|watch|listen|read more)\b`;
/** The page speaking to its reader, not reporting. */
export const ADDRESSES_READER = new RegExp(`${SECOND_PERSON}|${SELF_REFERENCE}|${CALL_TO_ACTION}`, 'iu');
/**
 * Link text in a sentence: `see our list here.`, `You can read more here and here.`, `Watch the briefing here:`. The
 * page points at another page; a report tells where things happen (`the crews who work here`).
 */
export const POINTS_TO_LINK = /\b(?:see|read|watch|find|view|click|listen|check)\b[^.!?]{0,80}\bhere(?:\s+and\s+here)?\s*[.:!]?$/iu;
/** `(More ferry stories.)`: a short aside standing in brackets on its own line, as links to more do. */
export const BRACKETED_ASIDE = /^\([^()]*\)$/u;
/** `»» Click here …`, `Next story ›`: link text marked with arrows. */
export const LINK_ARROW = /^[»›→▶>]|[»›→▶]\s*$|»»/u;

/**
 * A quotation in double quotes, or in single curly ones (`‘If that is you, get in touch.’`), whose closing mark is a `’`
 * not followed by a letter (the apostrophe of `don’t` stays inside). Unclosed, it runs to the end of the paragraph, as a
 * quotation that goes on into the next paragraph does.
 */
const QUOTATION = /["“][^"”]*["”]?|‘(?:[^’]|’(?=\p{L}))*’?/gu;

/** The line with its quotations blanked out: what a quoted speaker says to "you" is the article's. */
export function unquoted(text: string): string {
  return text.replace(QUOTATION, ' ');
}

/** The line quotes someone: it holds a double quote mark, straight or curly. */
export function quotesSomeone(line: Line): boolean {
  return /["“”]/u.test(line.text);
}

/**
 * The line quotes a passage of more than `words` words: a speaker, not a short message or phrase set in quotation marks
 * (a banner's `"No plan B"`, a `"new chapter"`).
 */
export function quotesPassage(line: Line, words: number): boolean {
  for (const match of line.text.matchAll(QUOTATION)) if (match[0].split(/\s+/u).length > words) return true;
  return false;
}

/** Not at a sentence's start: not after the line's opening (and any quote mark or bracket) nor after a full stop. */
const NOT_SENTENCE_START = `(?<!${SENTENCE_START_BEFORE})`;

/**
 * A matcher of the version's own outlet named in a line (`… updates from Valley Courier`, `VALLEY COURIER`), from the
 * name story.yaml gives less a leading `The` and any parenthetical (`The Telegraph (India)` is `Telegraph`): as written
 * or in capitals, never a lower-case word (`The Independent` is not `an independent inquiry`), and a name of one word
 * as written never where a sentence starts, since any word is capitalised there (`Independent engineers will…`).
 * Undefined without a name of three letters or more.
 */
export function outletMatcher(outlet: string | undefined): RegExp | undefined {
  const name = outlet === undefined ? undefined : outletName(outlet).replace(/^the\s+/iu, '');
  if (name === undefined || name.replace(/[^\p{L}\p{N}]/gu, '').length < 3) return undefined;
  const asWritten = /\s/u.test(name) ? escapedPattern(name) : NOT_SENTENCE_START + escapedPattern(name);
  return new RegExp(standingAlone(`${asWritten}|${escapedPattern(name.toUpperCase())}`), 'u');
}

/** A teaser cut short by the page: a word run into `...` or `…` before a capital or the end (`… the toll The number...`). */
export const CUT_WITH_ELLIPSIS = /[\p{L}\p{N}](?:\.\.\.|…)(?=\s+[\p{Lu}]|\s*$)/u;
