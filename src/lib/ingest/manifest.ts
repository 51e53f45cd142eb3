import { LineCounter, parseDocument, type Document } from 'yaml';
import { z } from 'zod';
import { StoryInputError } from '../errors.ts';
import type { StoryManifest } from '../types.ts';

export const MANIFEST_FILE = 'story.yaml';

/** Extensions a version file may have, and the reader each gets. */
export const VERSION_EXTENSIONS = ['.txt', '.md'] as const;

/** Version ids become URL segments beside these pages, so they may not take their names. */
export const RESERVED_VERSION_IDS = ['compare', 'alignment', 'facts', 'search', 'api', 'provenance', 'export'] as const;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected an ISO date like 2025-05-04')
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), 'not a real calendar date');

const versionSchema = z
  .strictObject({
    /** Used in URLs: lower-case letters, digits and hyphens, unique within the story. */
    id: z
      .string()
      .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and single hyphens, e.g. "bbc-news"')
      .refine((id) => !(RESERVED_VERSION_IDS as readonly string[]).includes(id), { error: (issue) => `"${String(issue.input)}" is the name of a page; choose another id` }),
    /** File name inside the story folder, exactly as captured. */
    file: z
      .string()
      .min(1)
      .refine((file) => !file.includes('/') && !file.includes('\\'), 'a file name inside the story folder, without a path')
      .refine((file) => VERSION_EXTENSIONS.some((ext) => file.toLowerCase().endsWith(ext)), `unsupported extension: use ${VERSION_EXTENSIONS.join(' or ')}`),
    /** Who published this version, as readers know it. */
    outlet: z.string().trim().min(1),
    /** Publication date, when known from the page itself. */
    published: isoDate.optional(),
    url: z.url({ protocol: /^https?$/ }).optional(),
    byline: z.string().trim().min(1).optional(),
    /** How the outlet and metadata were identified, shown to readers. */
    note: z.string().trim().min(1).optional(),
  });

export const manifestSchema = z.strictObject({
  title: z.string().trim().min(1),
  summary: z.string().trim().min(1).optional(),
  versions: z.array(versionSchema).min(1, 'a story needs at least one version'),
});

/**
 * Parses and validates `story.yaml`. Every problem becomes a StoryInputError naming the field and,
 * through the YAML node positions, its line.
 */
export function parseManifest(text: string, storyDir: string): StoryManifest {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = { story: storyDir, file: MANIFEST_FILE };
  const yamlError = document.errors[0];
  if (yamlError) {
    const line = lineCounter.linePos(yamlError.pos[0]).line;
    throw new StoryInputError({ ...at, line }, `invalid YAML: ${yamlError.message.split('\n')[0]}`);
  }
  const data: unknown = document.toJS();
  const parsed = manifestSchema.safeParse(data ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
    throw new StoryInputError(
      { ...at, field: formatPath(path) || undefined, line: lineOf(document, lineCounter, path) },
      describeIssue(issue, data, path),
    );
  }
  const manifest = parsed.data;
  const seenIds = new Map<string, number>();
  const seenFiles = new Map<string, number>();
  manifest.versions.forEach((version, index) => {
    for (const [key, seen] of [['id', seenIds], ['file', seenFiles]] as const) {
      const value = version[key];
      const first = seen.get(value);
      if (first !== undefined) {
        const path = ['versions', index, key];
        throw new StoryInputError(
          { ...at, field: formatPath(path), line: lineOf(document, lineCounter, path) },
          `duplicate ${key} "${value}"`,
          `versions[${first}] already uses it`,
        );
      }
      seen.set(value, index);
    }
  });
  return manifest;
}

function describeIssue(issue: z.core.$ZodIssue, data: unknown, path: readonly (string | number)[]): string {
  if (issue.code === 'invalid_type' && valueAt(data, path) === undefined) return 'is required';
  if (issue.code === 'unrecognized_keys') return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => `"${key}"`).join(', ')}`;
  if (issue.code === 'invalid_type') return `expected ${issue.expected}, got ${describeValue(valueAt(data, path))}`;
  return issue.message;
}

function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let value = data;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${JSON.stringify(value)}`;
}

function formatPath(path: readonly (string | number)[]): string {
  return path.map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? key : `.${key}`)).join('');
}

/** The line of the deepest YAML node on `path` that exists (a missing field points at its parent). */
function lineOf(document: Document, lineCounter: LineCounter, path: readonly (string | number)[]): number | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? document.contents : document.getIn(path.slice(0, depth), true);
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    if (range) return lineCounter.linePos(range[0]).line;
  }
  return undefined;
}
