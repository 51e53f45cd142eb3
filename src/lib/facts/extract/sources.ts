import type { Sentence } from '../../types.ts';
import { nameRuns } from './name-runs.ts';
import { isDemonym, isFirstName, isLastName, isOrganizationName } from '../../language/lexicon.ts';
import { placeKey, splitRole, type NameContext } from './names.ts';
import { styleKey } from '../normalize.ts';
import { matchesOf, mentionAt, type TextSpan } from '../spans.ts';
import type { RawMention } from '../types.ts';

/** What a record was done to before it was cited: `documents seen by`, `a survey conducted by`. */
const HANDLED_BY = String.raw`(?:seen|obtained|reviewed|verified|published|conducted|compiled|released)\s+by`;
/** `according to`, optionally about a document: `according to a report seen by`, `according to figures from`. */
const ACCORDING_TO = String.raw`according\s+to(?:\s+(?:a\s+|an\s+|the\s+)?(?:\p{Ll}+\s+){1,3}(?:${HANDLED_BY}|by|from))?`;
/** Phrases of speaking to or being quoted by someone: `told`, `in an interview with`, `quoted by`. */
const SPOKE_TO = [
  String.raw`(?:seen|obtained|reviewed)\s+by`,
  'told',
  'telling',
  String.raw`speaking\s+to`,
  String.raw`spoke\s+to`,
  String.raw`speaks\s+to`,
  String.raw`in\s+an\s+interview\s+with`,
  String.raw`interviewed\s+by`,
  String.raw`contacted\s+by`,
  String.raw`quoted\s+by`,
  String.raw`cited\s+by`,
  'citing',
  String.raw`reported\s+by`,
  String.raw`sources\s+at`,
].join('|');
/** Phrases that cite whoever follows them: `according to Reuters`, `told the Washington Post`. */
const CITES = new RegExp(String.raw`\b(?:${ACCORDING_TO}|${SPOKE_TO})\s+(?:the\s+|a\s+|an\s+)?`, 'giu');
/** True of every text CITES can match (each of its phrases opens with one of these): a cheap test before a scan at every position. */
const MAY_CITE = /according|seen|obtained|reviewed|told|telling|speak|spoke|interview|contacted|quoted|cited|citing|reported|sources/iu;
/** Outlets named by what they are rather than by name: `state media`, `local television`. */
const MEDIA_NOUN = String.raw`(?:media|tv|television|radio|broadcaster|newspaper|press|news\s+agency|reports?)`;
/** Who runs or reaches the outlet: `state`, `local`, `pro-government`. */
const MEDIA_QUALIFIER = String.raw`(?:state|national|local|public|official|government|foreign|international|pro-government|independent)`;
const MEDIA_PHRASE = new RegExp(String.raw`^((?:${MEDIA_QUALIFIER}\s+){1,2}${MEDIA_NOUN})\b`, 'iu');
/** `on state television`, `in a local radio interview`. */
const BROADCAST = String.raw`((?:state|national|local|public)\s+(?:tv|television|radio)(?=\s+interview\b|\b))`;
const MEDIA_MENTION = new RegExp(String.raw`\b(?:on|in|during|via)\s+(?:a\s+|an\s+|the\s+)?${BROADCAST}`, 'giu');
/** True of every text MEDIA_MENTION can match: a cheap test before a scan at every position. */
const MAY_NAME_BROADCAST = /tv|television|radio/iu;
/** Bodies named by what they are: `the company`, `the local police`. */
const BODY_KINDS = [
  'company',
  'firm',
  'police',
  'government',
  'ministry',
  'department',
  'agency',
  'officials?',
  'authorities',
  'spokes(?:man|woman|person)',
  'union',
  'court',
  'prosecutors',
  'regulator',
  'council',
  'army',
  'military',
  'school',
  'hospital',
  'university',
].join('|');
const BODY_NAMED_BY_KIND = new RegExp(String.raw`^\s*(?:the|a|an)\s+((?:\p{Ll}+\s+)?(?:${BODY_KINDS}))\b`, 'u');
/** `…, Météo-France said`: a capitalised name, hyphenated or of several words, before `said`. */
const ORGANIZATION_SAID = /(?<![\p{L}-])(\p{Lu}[\p{L}&.'’]*(?:(?:-|\s+)\p{Lu}[\p{L}&.'’]*)*)\s+(?:said|says)\b/gu;
/** `Reuters reported`, `the BBC reports`: tried where a name ends (sticky), not on the rest of the sentence cut off. */
const REPORTED = /\s+(?:reported|reports|said\s+in\s+a\s+report|wrote|writes)\b/iuy;

function reportedAt(text: string, at: number): boolean {
  REPORTED.lastIndex = at;
  return REPORTED.test(text);
}

/**
 * Cited sources: who a version says its information came from. A source is the name or media phrase
 * right after a citing phrase, or a named outlet followed by `reported`.
 */
export function extractSources(sentence: Sentence, context: NameContext = {}): RawMention[] {
  const text = sentence.text;
  const mentions: RawMention[] = [];
  const runs = nameRuns(sentence);
  const add = (span: TextSpan): void => {
    if (mentions.some((mention) => mention.at === span.at)) return;
    const words = text.slice(span.at, span.end);
    mentions.push(mentionAt(sentence, 'source', span, sourceKey(words), { name: words }));
  };
  for (const match of MAY_CITE.test(text) ? matchesOf(CITES, text) : []) {
    const after = match.index + match[0].length;
    // The run may start at a capitalised article the pattern already passed: `The Washington Post`.
    const run = runs.find((candidate) => candidate.at > match.index && candidate.at <= after && candidate.end > after);
    if (run) {
      const { name } = splitRole(run.tokens);
      if (name.length === 1 && isDemonym(name[0]!.text)) add(describedSource(text, name[0]!.at));
      else if (name.length > 0) add({ at: name[0]!.at, end: run.end });
      continue;
    }
    // `reviewed by 12 News`: a station's number is part of its name.
    const numbered = /^\d{1,3}\s+(?=\p{Lu})/u.exec(text.slice(after));
    const station = numbered && runs.find((candidate) => candidate.at === after + numbered[0].length);
    if (station) {
      add({ at: after, end: station.end });
      continue;
    }
    const media = MEDIA_PHRASE.exec(text.slice(after));
    if (media) {
      add({ at: after, end: after + media[1]!.length });
      continue;
    }
    // `according to the company`, `told the police`: a body named by what it is.
    const body = BODY_NAMED_BY_KIND.exec(
      text.slice(match.index + match[0].length - (match[0].match(/(?:the|a|an)\s+$/iu)?.[0].length ?? 0)),
    );
    if (body && /^according/iu.test(match[0])) {
      const at = text.indexOf(body[1]!, match.index);
      add({ at, end: at + body[1]!.length });
    }
  }
  for (const match of MAY_NAME_BROADCAST.test(text) ? matchesOf(MEDIA_MENTION, text) : []) {
    const at = match.index + match[0].length - match[1]!.length;
    add({ at, end: at + match[1]!.length });
  }
  for (const run of runs) {
    if (!run.possessive && reportedAt(text, run.end) && isOutletLike(text.slice(run.at, run.end))) add(run);
  }
  for (const match of /\b(?:said|says)\b/u.test(text) ? matchesOf(ORGANIZATION_SAID, text) : []) {
    // The name may begin before the capitalised words the pattern sees: `West Yorkshire Fire and Rescue Service`.
    const end = match.index + match[1]!.length;
    const at = runs.find((run) => run.end === end && run.at < match.index)?.at ?? match.index;
    if (isOrganizationLike(text.slice(at, end), context)) add({ at, end });
  }
  return mentions.sort((a, b) => a.at - b.at);
}

/** `a Rwandan official who …` → `Rwandan official`: a demonym and the noun it describes. */
function describedSource(text: string, at: number): TextSpan {
  const phrase = /^[\p{L}-]+(?:\s+(?!who\b|that\b|which\b)\p{Ll}[\p{L}-]*){0,2}/u.exec(text.slice(at))?.[0] ?? '';
  return { at, end: at + phrase.length };
}

/** A name before `said` that is an organisation's: no person's or place's, and not one plain word. */
function isOrganizationLike(name: string, context: NameContext): boolean {
  const words = name.split(/[\s-]+/u);
  if (words.some((word) => isFirstName(word) || isLastName(word) || context.people?.has(word.toLowerCase()))) return false;
  if (placeKey(name) !== undefined || isDemonym(words[0]!)) return false;
  return words.length > 1 || /^\p{Lu}{2,}$/u.test(name) || isOrganizationName(name);
}

/** The subject of `reported` is an outlet unless it is a person's or a country's name. */
function isOutletLike(name: string): boolean {
  return !isFirstName(name.split(/\s+/u)[0]!) && placeKey(name) === undefined;
}

const MEDIA_NOUN_AT_END = new RegExp(String.raw`\b${MEDIA_NOUN}$`, 'u');

/** `state TV`, `state television` and `state media` are one source: media named by kind, not name. */
export function sourceKey(name: string): string {
  const key = styleKey(name.replace(/^the\s+/iu, ''));
  return /^\p{Ll}/u.test(name) ? key.replace(MEDIA_NOUN_AT_END, 'media') : key;
}
