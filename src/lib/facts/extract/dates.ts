import type { Sentence } from '../../types.ts';
import { readDatePhrases } from '../../language/date-phrases.ts';
import { parseIsoDate, resolveDate } from '../../language/date-resolve.ts';
import { hasTag } from '../../language/lexicon.ts';
import { styleKey } from '../normalize.ts';
import { mentionAt, type TextSpan } from '../spans.ts';
import type { DateValue, ExtractContext, RawMention } from '../types.ts';
import { SPEECH_VERBS } from '../words.ts';

/** A sentence about what is to come: its bare `Wednesday` or `in June` lies ahead, not behind. */
const FUTURE = /\b(?:will|shall|expected to|forecast|due to|scheduled|set to|plans? to|is to|are to)\b/iu;
/** A sentence about what has happened: its bare `in April` lies behind. Reporting verbs (`said`) do not count. */
const PAST = /\b(?:was|were|had|did|been|ago)\b/iu;

/** Dates and times in one sentence, absolute and relative, resolved against `published` when known. */
export function extractDates(sentence: Sentence, context: ExtractContext = {}): RawMention[] {
  const mentions: RawMention[] = [];
  for (const { at, end, text, value } of readDatePhrases(sentence.text)) {
    const span = { at, end };
    if (!value.which && value.year === undefined && !value.relative && (value.weekday !== undefined || value.month !== undefined)) {
      const tense = localTense(sentence.text, span, value, context.published) ?? tenseOf(sentence);
      if (tense) value.tense = tense;
    }
    const resolved = resolveDate(value, context.published, context.storyYear);
    const key = value.vague ? `vague ${styleKey(text)}` : dateKey(value, resolved);
    mentions.push(mentionAt(sentence, 'date', span, key, { date: value, ...(resolved ? { resolved } : {}) }));
  }
  return mentions.sort((a, b) => a.at - b.at);
}

/** Days before publication beyond which a deadline said with `would` or `by` lies in the next year. */
const WELL_BEFORE_DAYS = 60;
/** A speech verb next to a date: the day something was said (`said Tuesday`, `on Tuesday announced`). */
const SAID_BEFORE =
  /\b(?:said|told|announced|reported|confirmed|disclosed|stated|wrote|added)(?:\s+(?:\p{Lu}[\p{L}.]*|reporters|analysts|investors))*\s*$/u;
const SAID_AFTER = /^\s*(?:,\s*)?(?:said|told|announced|reported|confirmed|disclosed)\b/u;
// `would stop production`: a future word, then the rest of its clause.
const FUTURE_CLAUSE = String.raw`\b(?:will|would|shall|going to|expected to|due to|scheduled to|set to|plans? to|aims? to)\b[^,;:"“”]*$`;
// `to close`: an infinitive of one or two words right before the date.
const INFINITIVE = String.raw`\bto\s+\p{Ll}+(?:\s+\p{Ll}+)?\s*$`;
/** What is to come, said in the clause before the date: `would stop production by`, `to close by`. */
const CLAUSE_FUTURE = new RegExp(`${FUTURE_CLAUSE}|${INFINITIVE}`, 'u');
const CLAUSE_PAST = /\b(?:was|were|had|did|been)\b[^,;:"“”]*$/u;

/**
 * The tense of the words around one date, which outweighs the sentence's: the day something was
 * said looks back (`said Tuesday it will cut`); a day in a clause about what is to come
 * (`would stop production by Jan. 5`, `to close by Jan. 5`), or a deadline (`by`, `until`), looks
 * ahead when this year's day lies well before publication.
 */
function localTense(text: string, span: TextSpan, value: DateValue, published: string | undefined): DateValue['tense'] {
  const before = text.slice(Math.max(0, span.at - 60), span.at);
  const phrase = text.slice(span.at, span.end);
  const leadless = before.replace(/\s+$/u, '');
  if (
    value.weekday !== undefined &&
    value.day === undefined &&
    (SAID_BEFORE.test(leadless) || (/^(?:on\s+)?\p{Lu}/iu.test(phrase) && SAID_AFTER.test(text.slice(span.end, span.end + 20))))
  )
    return 'past';
  if (value.day === undefined || value.month === undefined || !published) return undefined;
  const clause = before.slice(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1);
  const deadline = /^(?:by|until|till|before)\b/iu.test(phrase);
  if (CLAUSE_PAST.test(clause)) return undefined;
  if (!deadline && !CLAUSE_FUTURE.test(before)) return undefined;
  const base = parseIsoDate(published);
  if (!base) return undefined;
  const candidate = Date.UTC(base.getUTCFullYear(), value.month - 1, value.day);
  return base.getTime() - candidate > WELL_BEFORE_DAYS * 86_400_000 ? 'future' : undefined;
}

/** Future when the sentence speaks of what is to come; past when a verb other than a reporting verb is in the past tense. */
export function tenseOf(sentence: Sentence): DateValue['tense'] {
  if (FUTURE.test(sentence.text)) return 'future';
  if (PAST.test(sentence.text)) return 'past';
  const past = sentence.tokens.some(
    (token) => token.word && /^\p{Ll}/u.test(token.text) && !SPEECH_VERBS.test(token.text) && hasTag(token.text, 'PastTense'),
  );
  return past ? 'past' : undefined;
}

/** The comparison key: the resolved value when known, else what the phrase itself says. */
export function dateKey(value: DateValue, resolved: string | undefined): string {
  if (resolved) return resolved;
  const parts = [
    value.year,
    value.month && `m${value.month}`,
    value.day && `d${value.day}`,
    value.weekday !== undefined && `w${value.weekday}`,
    value.which,
    value.relative && `${value.relative.unit}${value.relative.offset}`,
    value.time,
    value.vague && 'vague',
  ];
  return parts.filter((part) => part !== undefined && part !== false && part !== '').join(' ');
}
