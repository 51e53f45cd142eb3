import { opensNote } from '../../language/correction-notes.ts';
import type { Sentence } from '../../types.ts';
import { extractDates } from './dates.ts';
import { isFirstName, isKnownWord, isLastName } from '../../language/lexicon.ts';
import { extractNames, organizationKey, placeKey, sentenceNames, type NameContext } from './names.ts';
import { extractNumbers } from './numbers.ts';
import { findQuotes, quoteMention, type QuoteSpan } from './quotes.ts';
import { extractSources } from './sources.ts';
import { findSpeaker } from './speakers.ts';
import type { ExtractContext, FactInputVersion, RawMention } from '../types.ts';

export interface MentionContext extends ExtractContext, NameContext {
  /** The person last named before this sentence in its version, for `he said`. */
  lastPerson?: string | undefined;
}

/**
 * Every mention in one sentence: quotes with their speaker, numbers, dates, people, places,
 * organisations and cited sources. Quotations that run on into the next sentence are only whole
 * in `extractVersionMentions`, which sees the sentences around.
 */
export function extractMentions(sentence: Sentence, context: MentionContext = {}): RawMention[] {
  return extractSentence(sentence, findQuotes([sentence]), context).mentions;
}

/** Every mention of a version, in reading order; quotations may span sentences. */
export function extractVersionMentions(version: FactInputVersion, names: NameContext = {}, storyYear?: number): RawMention[] {
  const quotesBySentence = new Map<Sentence, QuoteSpan[]>();
  for (const quote of findQuotes(version.sentences))
    quotesBySentence.set(quote.first, [...(quotesBySentence.get(quote.first) ?? []), quote]);
  const mentions: RawMention[] = [];
  let lastPerson: string | undefined;
  let previous: { sentence: Sentence; speaker: string | undefined } | undefined;
  let correction: number | undefined;
  for (const sentence of version.sentences) {
    const starting = quotesBySentence.get(sentence) ?? [];
    const result = extractSentence(sentence, starting, { published: version.published, storyYear, ...names, lastPerson });
    // A correction note tells of the report's own error (`misstated … $48 million, not $84
    // million`), not of the story: its figures and dates are no facts. Clean usually drops it.
    if (opensNote(sentence.text)) correction = sentence.paragraph;
    else if (correction !== sentence.paragraph) correction = undefined;
    if (correction !== undefined)
      result.mentions = result.mentions.filter((mention) => mention.kind !== 'number' && mention.kind !== 'date');
    const quoted = result.mentions.filter((mention) => mention.kind === 'quote');
    // `“…,” said Jane Smith. “…”`: a sentence that is nothing but a quotation goes on with the
    // speaker of the quotation just before it in the paragraph.
    const carried = previous?.speaker !== undefined && previous.sentence.paragraph === sentence.paragraph ? previous.speaker : undefined;
    for (const mention of quoted) if (!mention.speaker && carried && isBareQuotation(sentence, mention)) mention.speaker = carried;
    mentions.push(...result.mentions);
    lastPerson = result.lastPerson ?? lastPerson;
    previous = { sentence, speaker: quoted.at(-1)?.speaker };
  }
  return withFullSpeakers(mentions);
}

/**
 * `Lowe said` after `Derek Lowe` was named: a quote's speaker given by surname alone is labelled
 * with the full name the version gives, when exactly one person named in it has that surname.
 */
function withFullSpeakers(mentions: RawMention[]): RawMention[] {
  const full = new Map<string, Set<string>>();
  for (const mention of mentions) {
    const name = mention.kind === 'person' ? (mention.name ?? mention.text) : undefined;
    const words = name?.split(/\s+/u) ?? [];
    if (words.length < 2) continue;
    const surname = words
      .at(-1)!
      .replace(/['’]s$/u, '')
      .toLowerCase();
    full.set(surname, (full.get(surname) ?? new Set()).add(name!.replace(/['’]s$/u, '')));
  }
  for (const mention of mentions) {
    if (mention.kind !== 'quote' || !mention.speaker || /\s/u.test(mention.speaker) || !/^\p{Lu}/u.test(mention.speaker)) continue;
    const names = full.get(mention.speaker.toLowerCase());
    if (names?.size === 1) mention.speaker = [...names][0]!;
  }
  return mentions;
}

/** The sentence holds only the quotation, its marks and punctuation. */
function isBareQuotation(sentence: Sentence, quote: RawMention): boolean {
  const outside = sentence.text.slice(0, quote.at) + sentence.text.slice(quote.at + quote.text.length);
  return !/[\p{L}\p{N}]/u.test(outside);
}

/**
 * The year most versions of the story were published in (the latest of equals), for versions that
 * give no date of their own; undefined when none gives one.
 */
export function storyYearOf(versions: readonly FactInputVersion[]): number | undefined {
  const counts = new Map<number, number>();
  for (const version of versions) {
    const year = /^(\d{4})-\d{2}-\d{2}/u.exec(version.published ?? '')?.[1];
    if (year) counts.set(Number(year), (counts.get(Number(year)) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0];
}

/**
 * What the whole story teaches about names, for sentences that alone cannot tell: the words of
 * people named with a first name or a title (so a lone `Nduhungirehe` is a person), and names found
 * to be places (so `Kigali` is a place wherever it stands once `Kigali-London` has shown it).
 */
export function collectNames(versions: readonly FactInputVersion[]): Required<NameContext> {
  const people = new Set<string>();
  const places = new Set<string>();
  const organizations = new Set<string>();
  const fullNames = new Set<string>();
  for (const version of versions) {
    for (const sentence of version.sentences) {
      for (const mention of sentenceNames(sentence)) {
        const name = (mention.name ?? mention.text).replace(/['’]s$/u, '').toLowerCase();
        if (mention.kind === 'person') for (const word of name.split(/\s+/u)) people.add(word);
        if (mention.kind === 'person' && name.includes(' ')) for (const word of name.split(/\s+/u)) fullNames.add(word);
        if (mention.kind === 'place' && placeKey(name) === undefined) places.add(name);
        // `Solvane Semiconductor` makes a lone `Solvane` the company, not a person who `said`.
        const words = name.split(/\s+/u);
        if (mention.kind === 'organization' && words.length > 1 && /^\p{L}+$/u.test(words[0]!) && !isKnownWord(words[0]!))
          organizations.add(words[0]!);
      }
    }
  }
  for (const word of organizations) {
    if (fullNames.has(word) || isFirstName(word) || isLastName(word)) organizations.delete(word);
    else people.delete(word);
  }
  return { people, places, organizations };
}

function extractSentence(
  sentence: Sentence,
  quotes: readonly QuoteSpan[],
  context: MentionContext,
): { mentions: RawMention[]; lastPerson: string | undefined } {
  const names = extractNames(sentence, context);
  const persons = names.filter((mention) => mention.kind === 'person');
  const dates = extractDates(sentence, context);
  const numbers = figuresBeside(sentence, dates);
  // The same figures `sentenceFigures` reads (a date's span does not depend on the context that resolves it): kept for it.
  if (!figuresMemo.has(sentence)) figuresMemo.set(sentence, numbers);
  const quoteMentions = quotes.flatMap((quote) => {
    // `“… since 1994. Entire … around it,” Hartley told 12 News.`: the speaker is named in the sentence the quotation ends in.
    const lastPersons =
      quote.last === sentence ? persons : extractNames(quote.last, context).filter((mention) => mention.kind === 'person');
    const speaker = speakerOf(quote, persons, context.lastPerson, lastPersons);
    const mention = quoteMention(quote, speaker);
    return mention ? [mention] : [];
  });
  const sources = extractSources(sentence, context);
  // `Météo-France said`: a hyphenated name cited as a source is one name, not a place inside one.
  const kept = names.filter((name) => !sources.some((source) => source.text.includes('-') && within(name, source)));
  const mentions = [...quoteMentions, ...numbers, ...dates, ...kept, ...sources, ...sourcesAsOrganizations(sources, kept)].sort(
    (a, b) => a.at - b.at,
  );
  return { mentions, lastPerson: persons.at(-1)?.name };
}

/** A cited source with a proper name that is no person or place is an organisation (`Reuters`). */
function sourcesAsOrganizations(sources: readonly RawMention[], names: readonly RawMention[]): RawMention[] {
  return sources
    .filter((source) => source.text.split(/\s+/u).every((word) => /^\p{Lu}/u.test(word)))
    .filter((source) => !names.some((name) => spansOverlap(name, source)))
    .map((source) => ({ ...source, kind: 'organization' as const, key: organizationKey(source.text) }));
}

function speakerOf(
  quote: QuoteSpan,
  persons: readonly RawMention[],
  lastPerson: string | undefined,
  lastPersons: readonly RawMention[] = [],
): string | undefined {
  const before = persons.filter((person) => person.at < quote.at);
  const context = { persons, lastPerson: before.at(-1)?.name ?? lastPerson };
  if (quote.first === quote.last) return findSpeaker(quote.first, quote, context);
  // A quotation over several sentences: its speaker is named where it ends or where it begins.
  return (
    findSpeaker(
      quote.last,
      { at: 0, end: quote.end },
      { persons: lastPersons.filter((person) => person.at >= quote.end), lastPerson: context.lastPerson },
    ) ?? findSpeaker(quote.first, { at: quote.at, end: quote.first.text.length }, context)
  );
}

/** The figures of a sentence outside its dates (`2:40 am` is a time, no figures 2 and 40). */
function figuresBeside(sentence: Sentence, dates: readonly RawMention[]): RawMention[] {
  return extractNumbers(sentence).filter((number) => !dates.some((date) => spansOverlap(date, number)));
}

const figuresMemo = new WeakMap<Sentence, readonly RawMention[]>();

/**
 * The figures of a sentence as its mentions give them, outside its dates: what a flag rule reads when it asks what
 * else a sentence counts. Sentences are never changed after segmenting, so the memo cannot go stale.
 */
export function sentenceFigures(sentence: Sentence): readonly RawMention[] {
  let figures = figuresMemo.get(sentence);
  if (!figures) {
    figures = figuresBeside(sentence, extractDates(sentence));
    figuresMemo.set(sentence, figures);
  }
  return figures;
}

function within(inner: RawMention, outer: RawMention): boolean {
  return inner.sentence === outer.sentence && inner.at >= outer.at && inner.at + inner.text.length <= outer.at + outer.text.length;
}

function spansOverlap(a: RawMention, b: RawMention): boolean {
  return a.sentence === b.sentence && a.at < b.at + b.text.length && b.at < a.at + a.text.length;
}
