import { speakerGroups, speakersMatch, type SpeakerGroup } from './compare/attribution.ts';
import { flagFact } from './compare/index.ts';
import { slugify, styleKey } from './normalize.ts';
import { compareCodeUnits } from '../language/code-units.ts';
import { byVersionThenStart, publicMention } from './order.ts';
import { idKey } from './labels.ts';
import { findParaphrases, type QuotesBySentence } from './group/paraphrases.ts';
import type { StoryContext } from './story-context.ts';
import { FACT_KINDS, type Fact, type FactKind, type FactVariant, type RawMention } from './types.ts';
import { FACT_WORK_LIMITS, PairBudget, type WorkLedger } from './work-limits.ts';

const LABEL_LENGTH = 90;

/** One fact from the mentions grouped for it; its id is given later, once all facts are known. */
export function buildFact(
  kind: FactKind,
  group: readonly RawMention[],
  context: StoryContext,
  quotes: QuotesBySentence = new Map(),
  ledger?: WorkLedger,
  soleDay: (mention: RawMention) => boolean = () => false,
  nameReach?: NameReach,
): Omit<Fact, 'id'> {
  const mentions = [...group].sort(byVersionThenStart);
  const variants = variantsOf(kind, mentions);
  const budget = ledger?.variantBudget() ?? new PairBudget(FACT_WORK_LIMITS.maxVariantPairs);
  const verdict = flagFact(kind, mentions, context, budget, soleDay);
  ledger?.variants(budget);
  const fact: Omit<Fact, 'id'> = {
    kind,
    label: labelOf(kind, mentions, variants, context),
    mentions: mentions.map(publicMention),
    variants,
    disagreement: verdict.disagreement,
  };
  if (verdict.note) fact.note = verdict.note;
  if (verdict.confidence) fact.confidence = verdict.confidence;
  if (verdict.evidence) fact.evidence = verdict.evidence;
  addKindDetails(fact, kind, mentions, nameReach);
  if (kind === 'quote') {
    const paraphrases = findParaphrases(mentions, quotes, context);
    if (paraphrases.length > 0) fact.paraphrases = paraphrases;
  }
  return fact;
}

/**
 * Ids from labels (the index's own, before `readableLabels` worded them for readers: links keep
 * landing), de-duplicated in an order that does not depend on the order of the versions.
 */
export function assignIds(facts: readonly Omit<Fact, 'id'>[]): Fact[] {
  // Likely flags first, then possible ones, then the rest.
  const flagRank = (fact: Omit<Fact, 'id'>): number => (!fact.disagreement ? 2 : fact.confidence === 'possible' ? 1 : 0);
  // Each fact's sort keys worked out once, not at every comparison.
  const keyed = facts.map((fact) => ({
    fact,
    rank: flagRank(fact),
    kind: FACT_KINDS.indexOf(fact.kind),
    versions: versionCount(fact),
    first: firstMentionKey(fact),
    key: idKey(fact),
  }));
  const sorted = keyed.sort(
    (a, b) =>
      a.rank - b.rank || a.kind - b.kind || b.versions - a.versions || compareCodeUnits(a.key, b.key) || compareCodeUnits(a.first, b.first),
  );
  const used = new Map<string, number>();
  return sorted.map(({ fact, key }) => {
    const base = `${fact.kind}-${slugify(key)}`;
    const count = (used.get(base) ?? 0) + 1;
    used.set(base, count);
    return { id: count === 1 ? base : `${base}-${count}`, ...fact };
  });
}

/** Wordings or values, each with the versions carrying it; the most carried first. */
export function variantsOf(kind: FactKind, mentions: readonly RawMention[]): FactVariant[] {
  const byKey = new Map<string, { text: string; versions: Set<string> }>();
  for (const { key, text, versions } of variantEntries(kind, mentions)) {
    const entry = byKey.get(key) ?? { text, versions: new Set<string>() };
    for (const version of versions) entry.versions.add(version);
    byKey.set(key, entry);
  }
  return [...byKey.values()]
    .map((entry) => ({ text: entry.text, versions: [...entry.versions].sort(compareCodeUnits) }))
    .sort((a, b) => b.versions.length - a.versions.length || compareCodeUnits(a.text, b.text));
}

function variantEntries(kind: FactKind, mentions: readonly RawMention[]): { key: string; text: string; versions: string[] }[] {
  if (kind !== 'person')
    return mentions.map((mention) => ({ key: variantKey(kind, mention), text: mention.text, versions: [mention.version] }));
  // A person's variant per version is the fullest name it writes; a shorter name that is part of
  // another version's (`Trump` of `Donald Trump`) joins that variant rather than standing apart.
  const fullest = new Map<string, RawMention>();
  for (const mention of mentions) {
    const known = fullest.get(mention.version);
    if (!known || wordCount(mention.text) > wordCount(known.text)) fullest.set(mention.version, mention);
  }
  const forms = [...fullest.values()].sort((a, b) => wordCount(b.text) - wordCount(a.text) || byVersionThenStart(a, b));
  const entries: { key: string; text: string; versions: string[]; words: Set<string> }[] = [];
  for (const mention of forms) {
    const words = new Set(styleKey(mention.text).split(' '));
    const host = entries.find((entry) => [...words].every((word) => entry.words.has(word)));
    if (host) host.versions.push(mention.version);
    else entries.push({ key: styleKey(mention.text), text: mention.text, versions: [mention.version], words });
  }
  return entries;
}

function variantKey(kind: FactKind, mention: RawMention): string {
  if (kind === 'number') return mention.key;
  if (kind === 'place' || kind === 'organization' || kind === 'source') return mention.key;
  return styleKey(mention.text);
}

function labelOf(kind: FactKind, mentions: readonly RawMention[], variants: readonly FactVariant[], context: StoryContext): string {
  const main = variants[0]?.text ?? mentions[0]?.text ?? '';
  const first = mentions.find((mention) => styleKey(mention.text) === styleKey(main)) ?? mentions[0];
  if (kind === 'date' && first) {
    const keywords = sharedKeywords(first, mentions, context);
    return truncate(keywords.length > 0 ? `${main} (${keywords.join(' ')})` : main);
  }
  if (kind === 'number' && first?.number?.noun && !main.toLowerCase().includes(first.number.noun))
    return truncate(`${main} ${first.number.noun}`);
  return truncate(main);
}

/**
 * Words that say what a date is about: the rare words of its sentences that most versions share
 * ("in March (Iraqi)"), so the label names the event rather than one outlet's wording; a date only
 * one version gives takes that sentence's rarest words.
 */
function sharedKeywords(first: RawMention, mentions: readonly RawMention[], context: StoryContext): string[] {
  const versions = new Set(mentions.map((mention) => mention.version));
  if (versions.size < 2) return context.keywords(first, 3);
  const carriers = new Map<string, Set<string>>();
  for (const mention of mentions) {
    for (const word of context.keywords(mention, 8)) {
      const key = word.toLowerCase();
      carriers.set(key, (carriers.get(key) ?? new Set()).add(mention.version));
    }
  }
  const order = context.keywords(first, 8);
  // More than half of the versions: near-copies of one another cannot outvote the rest.
  const needed = Math.floor(versions.size / 2) + 1;
  const reach = (word: string): number => carriers.get(word.toLowerCase())?.size ?? 0;
  const shared = order.filter((word) => reach(word) >= needed).sort((a, b) => reach(b) - reach(a) || order.indexOf(a) - order.indexOf(b));
  return (shared.length > 0 ? shared : order).slice(0, 3);
}

/** How many versions of the story write a word (a style key) in a person's name or a quote's speaker. */
export type NameReach = (word: string) => number;

/** The story-wide `NameReach` of its mentions: one canonical spelling of a speaker across the story, not quote by quote. */
export function nameReachOf(mentions: readonly RawMention[]): NameReach {
  const versions = new Map<string, Set<string>>();
  for (const mention of mentions) {
    const name = mention.kind === 'person' ? (mention.name ?? mention.text) : mention.kind === 'quote' ? mention.speaker : undefined;
    if (!name) continue;
    for (const word of styleKey(name).split(' ')) versions.set(word, (versions.get(word) ?? new Set()).add(mention.version));
  }
  return (word) => versions.get(word)?.size ?? 0;
}

function addKindDetails(fact: Omit<Fact, 'id'>, kind: FactKind, mentions: readonly RawMention[], nameReach?: NameReach): void {
  if (kind === 'date') {
    const resolved = [...new Set(mentions.map((mention) => mention.resolved).filter((value): value is string => Boolean(value)))].sort();
    if (resolved.length > 0) fact.resolved = resolved.join(' / ');
  }
  if (kind === 'quote') {
    const speaker = quoteSpeaker(mentions, nameReach);
    if (speaker) fact.speaker = speaker;
    const others = speaker ? otherSpellings(speaker, mentions) : [];
    if (others.length > 0) fact.speakerVariants = others;
  }
  if (kind === 'person') {
    const roles = new Map<string, string>();
    for (const mention of mentions) if (mention.role && !roles.has(styleKey(mention.role))) roles.set(styleKey(mention.role), mention.role);
    if (roles.size > 0) fact.roles = [...roles.values()].sort(compareCodeUnits);
  }
}

/**
 * Who a quote is attributed to. Versions naming different people (see `compareQuotes`): the one
 * most versions name when they are more than any other's, else every name, joined with ` / `, so
 * no one version's attribution silently stands for the quote. Otherwise the one named speaker, or
 * the most common description (`the regulator`).
 */
function quoteSpeaker(mentions: readonly RawMention[], nameReach?: NameReach): string | undefined {
  const named = speakerGroups(mentions).map((group) => ({ ...group, speaker: majoritySpelling(group.speaker, mentions, nameReach) }));
  if (named.length === 1) return named[0]!.speaker;
  if (named.length > 1) {
    const [first, second] = named as [SpeakerGroup, SpeakerGroup];
    return first.versions.length > second.versions.length ? first.speaker : named.map((group) => group.speaker).join(' / ');
  }
  return mostCommon(mentions.map((mention) => mention.speaker).filter((value): value is string => Boolean(value)));
}

/**
 * One person's name as most versions spell it: of the names given to the speaker `chosen` stands
 * for, the surname most versions write (across the story when `nameReach` is given, so that a quote
 * two outlets give with two spellings takes the story's), then its fullest telling (`Olivier
 * Nduhungirehe`, four outlets, over `Olivier Nduhungireh`, one); on a tie, `chosen`.
 */
function majoritySpelling(chosen: string, mentions: readonly RawMention[], nameReach?: NameReach): string {
  const surname = (name: string): string => styleKey(name).split(' ').at(-1) ?? '';
  const bySurname = new Map<string, Set<string>>();
  const names: { name: string; version: string }[] = [];
  for (const mention of mentions) {
    const name = mention.speaker;
    if (!name || !speakersMatch(name, chosen)) continue;
    names.push({ name, version: mention.version });
    bySurname.set(surname(name), (bySurname.get(surname(name)) ?? new Set()).add(mention.version));
  }
  const reach = (key: string): number => nameReach?.(key) ?? bySurname.get(key)?.size ?? 0;
  const best = [...bySurname.keys()].sort((a, b) => reach(b) - reach(a) || compareCodeUnits(a, b))[0];
  if (best === undefined || reach(best) <= reach(surname(chosen))) return chosen;
  const spelled = names.filter((entry) => surname(entry.name) === best);
  const uses = (name: string): number => new Set(spelled.filter((entry) => entry.name === name).map((entry) => entry.version)).size;
  return [...new Set(spelled.map((entry) => entry.name))].sort(
    (a, b) => wordCount(b) - wordCount(a) || uses(b) - uses(a) || compareCodeUnits(a, b),
  )[0]!;
}

/**
 * The names the quote's versions give its one named speaker in other spellings: a word of the name
 * that the chosen spelling does not have (`Ilse Brannick` of `Ilse Brannock`), house style aside
 * (`Ibanez` / `Ibáñez`, `U.S.`). A shorter telling (`Brannock` of `Ilse Brannock`) is no other
 * spelling; nor is a speaker given as two people (`A / B`), whose names are no spellings of one
 * another. Most versions first.
 */
function otherSpellings(speaker: string, mentions: readonly RawMention[]): FactVariant[] {
  if (speaker.includes(' / ')) return [];
  const own = new Set(styleKey(speaker).split(' '));
  const byName = new Map<string, Set<string>>();
  for (const mention of mentions) {
    const name = mention.speaker;
    if (!name || !/^\p{Lu}/u.test(name) || !speakersMatch(name, speaker)) continue;
    if (
      styleKey(name)
        .split(' ')
        .every((word) => own.has(word))
    )
      continue;
    byName.set(name, (byName.get(name) ?? new Set()).add(mention.version));
  }
  return [...byName.entries()]
    .map(([text, versions]) => ({ text, versions: [...versions].sort(compareCodeUnits) }))
    .sort((a, b) => b.versions.length - a.versions.length || compareCodeUnits(a.text, b.text));
}

/** The value most often given; named speakers (capitalised) before descriptions; ties alphabetical. */
function mostCommon(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort(
    (a, b) =>
      Number(/^\p{Lu}/u.test(b[0])) - Number(/^\p{Lu}/u.test(a[0])) ||
      b[1] - a[1] ||
      b[0].length - a[0].length ||
      compareCodeUnits(a[0], b[0]),
  )[0]?.[0];
}

function truncate(text: string): string {
  return text.length <= LABEL_LENGTH ? text : `${text.slice(0, LABEL_LENGTH - 1).trimEnd()}…`;
}

function wordCount(text: string): number {
  return text.split(/\s+/u).filter(Boolean).length;
}

function versionCount(fact: Omit<Fact, 'id'>): number {
  return new Set(fact.mentions.map((mention) => mention.version)).size;
}

function firstMentionKey(fact: Omit<Fact, 'id'>): string {
  const first = fact.mentions[0];
  return first ? `${first.version}:${String(first.start).padStart(9, '0')}` : '';
}
