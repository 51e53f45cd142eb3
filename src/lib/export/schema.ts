/**
 * The public JSON contract (`/api/stories.json`, `/api/stories/<slug>.json`), as zod schemas: the
 * exporter's types are inferred from them, a test validates every story's export against them, and
 * `/api/schema.json` publishes them as JSON Schema. Field names never change once published; new
 * fields may be added. Bump SCHEMA_VERSION only for a change that breaks readers.
 *
 * Offsets (`start`, `end`) are UTF-16 code-unit indexes into the original file as decoded (JavaScript
 * string indexes), half-open: `original.slice(start, end)`. An optional field without a value is left
 * out, never `null` (`exactOptional`, so the inferred types say so too).
 */
import { z } from 'zod';
import { FACT_KINDS, type FactKind } from '../facts/types.ts';
import { FLAG_RULES } from '../facts/compare/types.ts';
import type { ProvenanceConfidence, ProvenanceDirection, ProvenanceKind } from '../provenance/types.ts';

export const SCHEMA_VERSION = 1;

const offset = z.number().int().nonnegative();
const share = z.number().min(0).max(1);
const count = z.number().int().nonnegative();

export const exportedSentenceSchema = z.object({
  /** `<version>/s-<n>`, n from 1 in reading order; the reading view's anchor is `#s-<n>`. */
  id: z.string(),
  /** The sentence as cleaned, single spaces inside. */
  text: z.string(),
  start: offset,
  end: offset,
});

export const removedFragmentSchema = z.object({
  /** The original text of the fragment ('' for an inserted break). */
  text: z.string(),
  /** Why it went, for readers: `share bar`, `photo caption`. */
  reason: z.string(),
  /** The cleaning rule's machine name: `share-bar`. */
  rule: z.string(),
  start: offset,
  end: offset,
  /** Absent when the fragment was removed; what was put in its place when it was repaired (" " for a lost space). */
  replacement: z.string().exactOptional(),
  /**
   * For a removal weighed from several signals (rule `story-evidence`): how sure the cleaner was that the
   * fragment is page chrome, 0..1 (removed above 0.5).
   */
  score: z.number().min(0).max(1).exactOptional(),
  /** The signals behind that score, in plain words: `appears in no other version`, `4 words`, `above the dateline`. */
  signals: z.array(z.string()).exactOptional(),
});

export const exportedVersionSchema = z.object({
  /** From story.yaml, `[a-z0-9-]+`, unique in the story. */
  id: z.string(),
  outlet: z.string(),
  /** The version's file in the story folder, as captured. */
  file: z.string(),
  /** ISO date `YYYY-MM-DD`: from story.yaml, or else a date line of the capture. */
  published: z.string().exactOptional(),
  /** From story.yaml, or else a `By …` line of the capture. */
  byline: z.string().exactOptional(),
  /** The headline: a Markdown title or a headline glued to the body. */
  title: z.string().exactOptional(),
  /**
   * The news agency the capture credits: in its wire dateline (`AP` in `GLENMOOR, Norland (AP) —`), else in a credit
   * line (`Source: Reuters.`, `(Agencies)`, a wire under the byline, `- Associated Press - Monday, …`).
   */
  agency: z.string().exactOptional(),
  /** For a saved page (`.html`): the outlet's name as the page gives it (`og:site_name`, JSON-LD publisher). */
  pageOutlet: z.string().exactOptional(),
  /** For a saved page: where in it the title, byline, date and outlet were read, in words (`the og:title meta tag`). */
  metadataFrom: z
    .object({
      title: z.string().exactOptional(),
      byline: z.string().exactOptional(),
      published: z.string().exactOptional(),
      outlet: z.string().exactOptional(),
    })
    .exactOptional(),
  /** The original page, from story.yaml. */
  url: z.string().exactOptional(),
  /** How the outlet was identified, from story.yaml. */
  note: z.string().exactOptional(),
  /** The cleaned article body only, paragraphs separated by newlines. */
  text: z.string(),
  /** Every fragment the cleaner removed or repaired, in file order. */
  removed: z.array(removedFragmentSchema),
  sentences: z.array(exportedSentenceSchema),
});

export const alignmentLinkSchema = z.object({
  /** Sentence ids of two versions. */
  a: z.string(),
  b: z.string(),
  /** How much rare content the two sentences share, 0..1. */
  score: share,
  /** What a reader can check: `shared rare words: nduhungirehe, rubio`. */
  evidence: z.array(z.string()),
});

export const alsoCoveredSchema = z.object({
  /** Id of a sentence of another group that also carries this group's statement (it merges two statements). */
  sentence: z.string(),
  /** Id of the group that sentence sits in. */
  group: z.string(),
  /** Its link to the member of this group it matches best, with the evidence. */
  link: alignmentLinkSchema,
});

export const exportedAlignmentGroupSchema = z.object({
  /** `g-<n>`, renumbered when versions change: cite sentences, not groups. */
  id: z.string(),
  /** Ids of corresponding sentences, at most one of each version; every sentence id of the story is in exactly one group. */
  sentences: z.array(z.string()),
  /** The links that joined the group, strongest first; absent for a group of one sentence. */
  links: z.array(alignmentLinkSchema).exactOptional(),
  /**
   * Sentences of other groups that also cover this group, strongest first: a version with no sentence here
   * may still carry the statement, merged into a sentence of another row. Absent when there are none.
   */
  alsoCoveredBy: z.array(alsoCoveredSchema).exactOptional(),
});

export const exportedPairSchema = z.object({
  /** Version ids, a before b in story.yaml order; one entry per unordered pair. */
  a: z.string(),
  b: z.string(),
  /** 2·(shared + moved) / (words of a + words of b), three decimals. */
  similarity: share,
  /** In words (punctuation never counts): words(a) = shared + moved + changed + removed. */
  shared: count,
  /** Words replaced: per change, the smaller of its deleted and inserted words. */
  changed: count,
  /** Words only b has: words(b) = shared + moved + changed + added. */
  added: count,
  /** Words only a has. */
  removed: count,
  /** Words both carry at different places, counted once. */
  moved: count,
  /** A diff limit cut some rows short: the figures are approximate. */
  degraded: z.boolean(),
  /** Provenance: words of a (equally of b) inside common runs of at least `sharedRunMin` words. */
  sharedRunWords: count.exactOptional(),
  /** How many such runs. */
  sharedRuns: count.exactOptional(),
  /** The longest run, in words. */
  longestRun: count.exactOptional(),
  /** Share of a's words inside those runs. */
  sharedRunShareA: share.exactOptional(),
  /** Share of b's words inside those runs. */
  sharedRunShareB: share.exactOptional(),
  /** Shortest run that counts, in words. */
  sharedRunMin: count.exactOptional(),
  /** A limit (word cap, repetitive text) cut the run search short; the figures may be low. */
  sharedRunCapped: z.boolean().exactOptional(),
});

export const exportedProvenanceSchema = z.object({
  /** The likely source, or the first of the pair in story order when `direction` is `unknown`. */
  from: z.string(),
  /** The likely copy or rewrite. */
  to: z.string(),
  kind: z.enum(['copy', 'rewrite', 'independent']),
  /** Evidence for the relation, one readable sentence each, strongest first. */
  evidence: z.array(z.string()),
  /** How well the evidence supports the direction: `unknown` when nothing points either way. */
  direction: z.enum(['likely', 'possible', 'unknown']),
  /** How sure the evidence lets us be of `kind`. */
  confidence: z.enum(['high', 'medium', 'low']),
  /** Evidence of later edits or of separate texts (a corrected spelling, a doubled word only one has). */
  differences: z.array(z.string()),
  /** Share of `to`'s words inside runs shared with `from`. */
  share,
});

export const factMentionSchema = z.object({
  version: z.string(),
  /** Sentence id, `<version>/s-<n>`. */
  sentence: z.string(),
  /** The fact's own words as the version writes them (the quote, the amount, the date phrase). */
  text: z.string(),
  start: offset,
  end: offset,
});

export const exportedFactSchema = z.object({
  /** Kind and a slug of the label; stable whatever the order of the versions. */
  id: z.string(),
  kind: z.enum(FACT_KINDS),
  /** The fact in a few words, for tables: `Nduhungirehe: "another chance"`. */
  label: z.string(),
  /** Every place a version carries the fact, by version then position. */
  mentions: z.array(factMentionSchema),
  /** Each wording or value, with the versions carrying it; the most carried first. */
  variants: z.array(z.object({ text: z.string(), versions: z.array(z.string()) })),
  /** Two or more variants differ in substance (house style never does). */
  disagreement: z.boolean(),
  /** Why the variants disagree, for editors. */
  note: z.string().exactOptional(),
  /**
   * Flags only: `likely` (the two mentions sit in corresponding sentences, fill one slot and differ in
   * substance; pages show these first) or `possible` (weaker evidence: a hedge, a reworded copy, a title;
   * pages fold these).
   */
  confidence: z.enum(['likely', 'possible']).exactOptional(),
  /** Flags only: what the flag rests on, for "why is this flagged?". */
  evidence: z
    .object({
      /**
       * The rule that fired: `value`, `hedge`, `spelling`, `title`, `quote wording`, `attribution`, `negation`,
       * `willingness`, `reporting verb`, `modal`, `wording`, `legal status`, `scope` (part against whole) or
       * `claim` (one version states what another says is not known).
       */
      rule: z.enum(FLAG_RULES),
      /** What both mentions are of: the counted thing, words naming a date's event, the speaker, the person. */
      slot: z.string(),
      /** The two differing values or wordings, as written. */
      values: z.tuple([z.string(), z.string()]),
      /** The versions giving them, in the same order. */
      versions: z.tuple([z.string(), z.string()]),
      /** The sentence ids they sit in, in the same order. */
      sentences: z.tuple([z.string(), z.string()]),
      /** How surely the two sentences correspond, 0..1: 1 for one sentence, 0 when not aligned (a name spelled two ways anywhere). */
      link: z.number().min(0).max(1),
    })
    .exactOptional(),
  /** Dates: the value resolved against each version's publication date, e.g. `2025-03`. */
  resolved: z.string().exactOptional(),
  /** Quotes: who is quoted, when stated or clear. */
  speaker: z.string().exactOptional(),
  /** People: the titles or roles the versions give them (`Foreign Affairs Minister`, `Foreign minister`). */
  roles: z.array(z.string()).exactOptional(),
  /** Quotes: where a version that does not quote these words carries them without quotation marks. */
  paraphrases: z.array(factMentionSchema).exactOptional(),
  /** Quotes: the speaker's other spellings (a name one version writes differently from `speaker`), with the versions writing each. */
  speakerVariants: z.array(z.object({ text: z.string(), versions: z.array(z.string()) })).exactOptional(),
});

export const exportedStorySchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    /** The story's folder name and URL segment, `[a-z0-9-]+`. */
    slug: z.string(),
    title: z.string(),
    /** In story.yaml order. */
    versions: z.array(exportedVersionSchema),
    /** Groups of corresponding sentences, in reading order. */
    alignment: z.array(exportedAlignmentGroupSchema),
    pairs: z.array(exportedPairSchema),
    /** Likely derivation, never certain: one entry per pair of versions, with evidence a reader can check. */
    provenance: z.array(exportedProvenanceSchema),
    /** Every fact any version reports, disagreements first. */
    facts: z.array(exportedFactSchema),
    /**
     * Versions the fact index did not read, and why; absent when it read them all. The fact rules are
     * English: a version in another language (or mostly so) has no facts and no flags.
     */
    factsSkipped: z
      .array(
        z.object({
          version: z.string(),
          reason: z.literal('language'),
          /** Share of its words that are English function words (English prose: about 0.4; under 0.15 is not read). */
          englishShare: z.number(),
        }),
      )
      .exactOptional(),
  })
  .meta({ id: 'story', title: 'One analysed story', description: 'GET /api/stories/<slug>.json' });

export const exportedStoryListingSchema = z
  .object({
    schemaVersion: z.literal(SCHEMA_VERSION),
    stories: z.array(
      z.object({
        slug: z.string(),
        title: z.string(),
        /** How many versions the story has. */
        versions: count,
        /** The outlets, in story.yaml order. */
        outlets: z.array(z.string()),
        /** The story's export: `/api/stories/<slug>.json`. */
        url: z.string(),
      }),
    ),
  })
  .meta({ id: 'listing', title: 'Every story', description: 'GET /api/stories.json' });

export type ExportedSentence = z.infer<typeof exportedSentenceSchema>;
export type ExportedVersion = z.infer<typeof exportedVersionSchema>;
export type ExportedAlignmentGroup = z.infer<typeof exportedAlignmentGroupSchema>;
export type ExportedAlignmentLink = z.infer<typeof alignmentLinkSchema>;
export type ExportedPair = z.infer<typeof exportedPairSchema>;
export type ExportedProvenance = z.infer<typeof exportedProvenanceSchema>;
export type ExportedFact = z.infer<typeof exportedFactSchema>;
export type ExportedStory = z.infer<typeof exportedStorySchema>;
export type ExportedStoryListing = z.infer<typeof exportedStoryListingSchema>;

/**
 * Both documents as one JSON Schema (draft 2020-12), served at `/api/schema.json`: a document is
 * either a story (`#/$defs/story`) or the listing (`#/$defs/listing`). Written for input, so objects
 * allow fields this version does not know: the contract only ever adds fields.
 */
export function exportJsonSchema(): Record<string, unknown> {
  const either = z.union([exportedStorySchema, exportedStoryListingSchema]).meta({
    title: 'Same Story JSON export',
    description: `schemaVersion ${SCHEMA_VERSION}; fields are described in README.md, "JSON export"`,
  });
  return z.toJSONSchema(either, { io: 'input' });
}

// The contract's enums are the pipeline's own: a kind added there fails to compile here until it is added above.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
true satisfies Same<ExportedFact['kind'], FactKind>;
true satisfies Same<ExportedProvenance['kind'], ProvenanceKind>;
true satisfies Same<ExportedProvenance['direction'], ProvenanceDirection>;
true satisfies Same<ExportedProvenance['confidence'], ProvenanceConfidence>;
