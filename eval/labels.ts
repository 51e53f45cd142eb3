// Hand labels of a real captured story (labels.yaml beside its story.yaml), read and located in the files.
// The format is documented in eval/README.md. Every label that names text is located in the file as decoded,
// so that scoring works on character offsets, the same as the export's.
import { parse } from 'yaml';
import { z } from 'zod';

const ref = z.string().regex(/^[a-z0-9-]+#\d+$/, 'a sentence ref is "<version id>#<n>"');
const nullableText = z.string().nullable().optional();

const versionLabels = z.strictObject({
  kind: z.enum(['wire', 'republished', 'rewrite', 'original']).optional(),
  title: nullableText,
  byline: nullableText,
  published: z.union([z.string(), z.date()]).nullable().optional(),
  agency: nullableText,
  /** Each sentence as copied; `{ text, occurrence }` when the same words stand earlier in the file (a caption quoting the lede). */
  sentences: z.array(z.union([z.string().min(1), z.strictObject({ text: z.string().min(1), occurrence: z.number().int().min(1) })])),
});

const factLabel = z.strictObject({
  kind: z.enum(['quote', 'number', 'date']),
  label: z.string().optional(),
  mentions: z.array(z.record(ref, z.string())),
});

const disagreementLabel = z.strictObject({
  kind: z.enum(['value', 'spelling', 'title', 'quote', 'attribution', 'hedge', 'negation', 'scope', 'claim']),
  slot: z.string().optional(),
  mustSee: z.boolean(),
  variants: z.array(z.strictObject({ text: z.string(), mentions: z.array(ref).min(1) })).min(2),
});

/**
 * A row of the alignment table: a plain list of refs, or `{ refs, also }` where each `also` sentence sits in another
 * row and also covers this one (a sentence merging two statements). Together they name at least two sentences.
 */
const groupLabel = z.union([
  z.array(ref).min(2),
  z
    .strictObject({ refs: z.array(ref).min(1), also: z.array(ref).default([]) })
    .refine((group) => group.refs.length + group.also.length >= 2, 'a group names at least two sentences'),
]);

export const storyLabelsSchema = z.strictObject({
  event: z.string().optional(),
  versions: z.record(z.string(), versionLabels),
  groups: z.array(groupLabel).default([]),
  facts: z.array(factLabel).default([]),
  disagreements: z.array(disagreementLabel).default([]),
});

export type StoryLabels = z.infer<typeof storyLabelsSchema>;

/** A half-open character range of a version's file, with the text it covers. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

export interface LocatedVersion {
  id: string;
  kind?: string;
  title?: string | null;
  byline?: string | null;
  published?: string | null;
  agency?: string | null;
  sentences: Span[];
}

export interface LocatedMention extends Span {
  version: string;
  /** 1-based index into the version's labelled sentences. */
  sentence: number;
}

export interface LocatedFact {
  kind: 'quote' | 'number' | 'date';
  label?: string;
  mentions: LocatedMention[];
}

export interface LocatedDisagreement {
  kind: string;
  slot?: string;
  mustSee: boolean;
  variants: { text: string; mentions: LocatedMention[] }[];
}

export interface LocatedGroup {
  refs: [string, number][];
  also: [string, number][];
}

export interface LocatedLabels {
  event?: string;
  versions: Map<string, LocatedVersion>;
  /**
   * Groups of corresponding sentences (`refs`) and sentences of other groups that also cover them (`also`), as
   * [version, 1-based sentence index].
   */
  groups: LocatedGroup[];
  facts: LocatedFact[];
  disagreements: LocatedDisagreement[];
}

export class LabelError extends Error {}

/** Parses labels.yaml and finds every labelled sentence and mention in the decoded files. */
export function locateLabels(yamlText: string, texts: ReadonlyMap<string, string>, where: string): LocatedLabels {
  const parsed = storyLabelsSchema.safeParse(parse(yamlText));
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new LabelError(`${where}: ${issue.path.join('.') || '(top)'}: ${issue.message}`);
  }
  const labels = parsed.data;
  const versions = new Map<string, LocatedVersion>();
  for (const [id, version] of Object.entries(labels.versions)) {
    const text = texts.get(id);
    if (text === undefined) throw new LabelError(`${where}: versions.${id}: no such version in story.yaml`);
    let from = 0;
    const sentences = version.sentences.map((entry, index) => {
      const sentence = typeof entry === 'string' ? entry : entry.text;
      let start = text.indexOf(sentence, typeof entry === 'string' ? from : 0);
      for (let seen = 1; typeof entry !== 'string' && seen < entry.occurrence && start >= 0; seen++)
        start = text.indexOf(sentence, start + 1);
      if (start >= 0 && start < from) start = -1;
      if (start < 0) throw new LabelError(`${where}: versions.${id}.sentences[${index + 1}] not found in order in the file`);
      from = start + sentence.length;
      return { start, end: from, text: sentence };
    });
    const published = version.published instanceof Date ? version.published.toISOString().slice(0, 10) : version.published;
    versions.set(id, {
      id,
      ...(version.kind ? { kind: version.kind } : {}),
      title: version.title ?? null,
      byline: version.byline ?? null,
      published: published ?? null,
      agency: version.agency ?? null,
      sentences,
    });
  }
  const sentenceOf = (reference: string, field: string): [LocatedVersion, number] => {
    const [id, n] = reference.split('#') as [string, string];
    const version = versions.get(id);
    const index = Number(n);
    if (!version || index < 1 || index > version.sentences.length) throw new LabelError(`${where}: ${field}: no sentence ${reference}`);
    return [version, index];
  };
  const mention = (reference: string, text: string, field: string): LocatedMention => {
    const [version, index] = sentenceOf(reference, field);
    const sentence = version.sentences[index - 1]!;
    const at = sentence.text.indexOf(text);
    // A text not found inside its sentence stands for the whole sentence (a claim worded differently).
    if (at < 0 || text.length === 0) return { version: version.id, sentence: index, ...sentence };
    return { version: version.id, sentence: index, start: sentence.start + at, end: sentence.start + at + text.length, text };
  };
  const groups = labels.groups.map((group, g): LocatedGroup => {
    const locate = (reference: string): [string, number] => {
      const [version, index] = sentenceOf(reference, `groups[${g + 1}]`);
      return [version.id, index];
    };
    return Array.isArray(group) ? { refs: group.map(locate), also: [] } : { refs: group.refs.map(locate), also: group.also.map(locate) };
  });
  const facts = labels.facts.map((fact, f) => ({
    kind: fact.kind,
    ...(fact.label ? { label: fact.label } : {}),
    mentions: fact.mentions.flatMap((entry) =>
      Object.entries(entry).map(([reference, text]) => {
        const located = mention(reference, text, `facts[${f + 1}]`);
        if (located.text !== text) throw new LabelError(`${where}: facts[${f + 1}]: "${text}" is not in ${reference}`);
        return located;
      }),
    ),
  }));
  const disagreements = labels.disagreements.map((disagreement, d) => ({
    kind: disagreement.kind,
    ...(disagreement.slot ? { slot: disagreement.slot } : {}),
    mustSee: disagreement.mustSee,
    variants: disagreement.variants.map((variant) => ({
      text: variant.text,
      mentions: variant.mentions.map((reference) => mention(reference, variant.text, `disagreements[${d + 1}]`)),
    })),
  }));
  return { ...(labels.event ? { event: labels.event } : {}), versions, groups, facts, disagreements };
}
