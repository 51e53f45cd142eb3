import { isMap, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import { z } from 'zod';
import { StoryInputError, type InputLocation } from '../errors.ts';
import { editDistanceWithSwaps } from '../language/edit-distance.ts';
import type { StoryManifest } from '../types.ts';

export const MANIFEST_FILE = 'story.yaml';

/** Extensions a version file may have, and the reader each gets. */
export const VERSION_EXTENSIONS = ['.txt', '.md', '.html', '.htm'] as const;

/** Version ids become URL segments beside these pages, so they may not take their names. */
export const RESERVED_VERSION_IDS = ['compare', 'alignment', 'facts', 'search', 'api', 'provenance', 'export'] as const;

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, {
    abort: true,
    error: (issue) => `expected an ISO date like 2025-05-04, not ${JSON.stringify(issue.input)}`,
  })
  .refine((value) => !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value), {
    error: (issue) => `${JSON.stringify(issue.input)} is not a real calendar date`,
  });

const versionSchema = z.strictObject({
  /** Used in URLs: lower-case letters, digits and hyphens, unique within the story. */
  id: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lower-case letters, digits and single hyphens, e.g. "bbc-news"')
    .refine((id) => !(RESERVED_VERSION_IDS as readonly string[]).includes(id), {
      error: (issue) => `"${String(issue.input)}" is the name of a page; choose another id`,
    }),
  /** File name inside the story folder, exactly as captured. */
  file: z
    .string()
    .min(1)
    .refine((file) => !file.includes('/') && !file.includes('\\'), 'a file name inside the story folder, without a path')
    .refine(
      (file) => VERSION_EXTENSIONS.some((ext) => file.toLowerCase().endsWith(ext)),
      `unsupported extension: use ${VERSION_EXTENSIONS.slice(0, -1).join(', ')} or ${VERSION_EXTENSIONS[VERSION_EXTENSIONS.length - 1]}`,
    ),
  /** Who published this version, as readers know it. */
  outlet: z.string().trim().min(1),
  /** Publication date, when known from the page itself. */
  published: isoDate.optional(),
  url: z.url({ protocol: /^https?$/, error: (issue) => `expected an http(s) URL, not ${JSON.stringify(issue.input)}` }).optional(),
  byline: z.string().trim().min(1).optional(),
  /** How the outlet and metadata were identified, shown to readers. */
  note: z.string().trim().min(1).optional(),
});

export const manifestSchema = z.strictObject({
  title: z.string().trim().min(1),
  summary: z.string().trim().min(1).optional(),
  versions: z.array(versionSchema).min(1, 'a story needs at least one version'),
});

/** The fields each mapping may hold, for "did you mean" suggestions. */
const STORY_FIELDS = Object.keys(manifestSchema.shape);
const VERSION_FIELDS = Object.keys(versionSchema.shape);

/** Words editors reach for that the format spells differently. */
const SYNONYMS: Readonly<Record<string, string>> = {
  date: 'published',
  author: 'byline',
  publisher: 'outlet',
  source: 'outlet',
  link: 'url',
  headline: 'title',
};

/** A parsed `story.yaml`, and the line of any field in it. */
export interface ReadManifest {
  manifest: StoryManifest;
  /** 1-based line of the field at `path` (e.g. `['versions', 3, 'file']`), or of its nearest parent present. */
  lineOf(path: readonly (string | number)[]): number | undefined;
}

/**
 * Parses and validates `story.yaml`. Every problem becomes a StoryInputError naming the field and,
 * through the YAML node positions, its line; when there are several, one error lists them all.
 */
export function parseManifest(text: string, storyDir: string): StoryManifest {
  return readManifest(text, storyDir).manifest;
}

/** {@link parseManifest}, also returning where each field is, for errors found later (a missing file). */
export function readManifest(text: string, storyDir: string): ReadManifest {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = { story: storyDir, file: MANIFEST_FILE };
  const yamlError = document.errors[0];
  if (yamlError) {
    const line = lineCounter.linePos(yamlError.pos[0]).line;
    throw new StoryInputError({ ...at, line }, `invalid YAML: ${yamlError.message.split('\n')[0]}`);
  }
  const lineOf = (path: readonly (string | number)[]): number | undefined => nodeLine(document, lineCounter, path);
  const data: unknown = document.toJS();
  const problems: StoryInputError[] = [];
  const parsed = manifestSchema.safeParse(data ?? {});
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const path = issue.path.filter((key): key is string | number => typeof key !== 'symbol');
      if (issue.code === 'unrecognized_keys') {
        for (const key of issue.keys) problems.push(unknownField(at, document, lineCounter, data, path, key));
        continue;
      }
      problems.push(
        new StoryInputError({ ...at, field: formatPath(path) || undefined, line: lineOf(path) }, describeIssue(issue, data, path)),
      );
    }
  }
  problems.push(...duplicates(at, data, lineOf));
  if (problems.length > 0) {
    const sorted = problems
      .map((error, order) => ({ error, order }))
      .sort((a, b) => (a.error.location.line ?? 0) - (b.error.location.line ?? 0) || a.order - b.order);
    throw StoryInputError.combine(
      storyDir,
      sorted.map(({ error }) => error),
    );
  }
  return { manifest: parsed.data!, lineOf };
}

/** Two versions with the same id or file, read from the raw data so they are reported with any other problem. */
function duplicates(
  at: InputLocation,
  data: unknown,
  lineOf: (path: readonly (string | number)[]) => number | undefined,
): StoryInputError[] {
  const versions = valueAt(data, ['versions']);
  if (!Array.isArray(versions)) return [];
  const problems: StoryInputError[] = [];
  for (const key of ['id', 'file'] as const) {
    const seen = new Map<string, number>();
    versions.forEach((version: unknown, index) => {
      const value = valueAt(version, [key]);
      if (typeof value !== 'string') return;
      const first = seen.get(value);
      if (first === undefined) {
        seen.set(value, index);
        return;
      }
      const path = ['versions', index, key];
      problems.push(
        new StoryInputError(
          { ...at, field: formatPath(path), line: lineOf(path) },
          `duplicate ${key} "${value}"`,
          `versions[${first}] already uses it`,
        ),
      );
    });
  }
  return problems;
}

/** A field the format does not have, at the line of its own key, with the field it most likely meant. */
function unknownField(
  at: InputLocation,
  document: Document,
  lineCounter: LineCounter,
  data: unknown,
  path: readonly (string | number)[],
  key: string,
): StoryInputError {
  const known = path.length === 0 ? STORY_FIELDS : VERSION_FIELDS;
  const present = valueAt(data, path);
  const taken = new Set(present !== null && typeof present === 'object' ? Object.keys(present) : []);
  const suggestion = suggestField(key, known, taken);
  return new StoryInputError(
    { ...at, field: formatPath([...path, key]), line: keyLine(document, lineCounter, path, key) ?? nodeLine(document, lineCounter, path) },
    'unknown field',
    suggestion ? `did you mean "${suggestion}"?` : `the fields here are ${known.join(', ')}`,
  );
}

/**
 * The known field `key` was most likely meant to be: a synonym, or the nearest by edit distance
 * (letters added, dropped, changed or swapped; case ignored) within 1 edit for names of up to four
 * letters and 2 for longer ones. A field not yet in the mapping wins a tie.
 */
export function suggestField(key: string, known: readonly string[], taken: ReadonlySet<string> = new Set()): string | undefined {
  const lower = key.toLowerCase();
  const synonym = SYNONYMS[lower];
  if (synonym && known.includes(synonym)) return synonym;
  let best: { field: string; score: number } | undefined;
  for (const field of known) {
    const allowed = field.length <= 4 ? 1 : 2;
    const distance = editDistanceWithSwaps(lower, field, allowed);
    if (distance > allowed) continue;
    const score = distance * 2 + (taken.has(field) ? 1 : 0);
    if (!best || score < best.score) best = { field, score };
  }
  return best?.field;
}

function describeIssue(issue: z.core.$ZodIssue, data: unknown, path: readonly (string | number)[]): string {
  if (issue.code === 'invalid_type' && valueAt(data, path) === undefined) return 'is required';
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
function nodeLine(document: Document, lineCounter: LineCounter, path: readonly (string | number)[]): number | undefined {
  for (let depth = path.length; depth >= 0; depth--) {
    const node = depth === 0 ? document.contents : document.getIn(path.slice(0, depth), true);
    const range = (node as { range?: [number, number, number] } | undefined)?.range;
    if (range) return lineCounter.linePos(range[0]).line;
  }
  return undefined;
}

/** The line of the key `key` itself in the mapping at `path` (its value may be empty or on later lines). */
function keyLine(document: Document, lineCounter: LineCounter, path: readonly (string | number)[], key: string): number | undefined {
  const map = path.length === 0 ? document.contents : document.getIn(path, true);
  if (!isMap(map)) return undefined;
  const pair = map.items.find((item) => (isScalar(item.key) ? item.key.value : item.key) === key);
  const range = isScalar(pair?.key) ? pair.key.range : undefined;
  return range ? lineCounter.linePos(range[0]).line : undefined;
}
