import { StoryInputError } from '../errors.ts';
import { mapOriginal } from '../text/mapped-text.ts';
import type { FoundMetadata, MappedText, RemovedFragment, StoryInput, StoryManifest, VersionFormat, VersionManifest } from '../types.ts';
import { decodeVersionFile } from './decode.ts';
import { MAX_NESTING, decodeHtmlFile, readHtml, tooDeepAt } from './html/index.ts';
import { MANIFEST_FILE, readManifest } from './manifest.ts';
import { readMarkdown } from './markdown.ts';

export {
  MANIFEST_FILE,
  RESERVED_VERSION_IDS,
  VERSION_EXTENSIONS,
  manifestSchema,
  parseManifest,
  readManifest,
  suggestField,
  type ReadManifest,
} from './manifest.ts';
export { decodeVersionFile, firstInvalidUtf8Byte, lineOfByte } from './decode.ts';
export { readMarkdown } from './markdown.ts';
export { decodeHtmlFile, declaredCharset, readHtml, type HtmlSource } from './html/index.ts';

/** A version read from its file: the text the cleaner starts from, and what reading took out. */
export interface IngestedVersion {
  manifest: VersionManifest;
  /** Index of the version in story.yaml, used to point errors at the right entry. */
  index: number;
  format: VersionFormat;
  source: MappedText;
  removed: RemovedFragment[];
  title?: string | undefined;
  /** Metadata a saved page states (headline, byline, date, outlet), with where each was read. */
  found?: FoundMetadata | undefined;
}

export interface IngestedStory {
  slug: string;
  dir: string;
  manifest: StoryManifest;
  versions: IngestedVersion[];
}

/**
 * Validates the manifest against the folder (every listed file present, every file listed) and
 * reads each version. Hidden files (`.DS_Store`, editor swap files) are not versions and are ignored.
 * Every problem with the folder and its files is reported at once, in one error.
 */
export function ingestStory(input: StoryInput): IngestedStory {
  const { manifest, lineOf } = readManifest(input.manifestText, input.dir);
  const listed = new Set(manifest.versions.map((version) => version.file));
  const missing = manifest.versions.map((version, index) => ({ file: version.file, index })).filter(({ file }) => !input.files[file]);
  const unlisted = Object.keys(input.files)
    .sort()
    .filter((name) => !name.startsWith('.') && !listed.has(name));
  // One file gone and one unexpected: almost always a file renamed on one side only.
  const renamed =
    missing.length === 1 && unlisted.length === 1
      ? { from: unlisted[0]!, to: missing[0]!.file, field: `versions[${missing[0]!.index}].file` }
      : undefined;
  const problems: StoryInputError[] = [];
  for (const { file, index } of missing) {
    const path = ['versions', index, 'file'];
    problems.push(
      new StoryInputError(
        { story: input.dir, file: MANIFEST_FILE, line: lineOf(path), field: `versions[${index}].file` },
        `lists "${file}", which is not in the story folder`,
      ),
    );
  }
  for (const name of unlisted) {
    problems.push(
      new StoryInputError(
        { story: input.dir, file: name },
        'is in the story folder but not listed in story.yaml',
        renamed ? undefined : `add it under versions (with id, file: ${name}, outlet) or move it out of the folder`,
      ),
    );
  }
  const versions: IngestedVersion[] = [];
  manifest.versions.forEach((version, index) => {
    const bytes = input.files[version.file];
    if (!bytes) return;
    const format = formatOf(version.file);
    const at = { story: input.dir, file: version.file };
    let text: string;
    try {
      text = format === 'html' ? decodeHtmlFile(bytes, at) : decodeVersionFile(bytes, at);
    } catch (error) {
      if (!(error instanceof StoryInputError)) throw error;
      problems.push(error);
      return;
    }
    if (format === 'txt') {
      versions.push({ manifest: version, index, format, source: mapOriginal(text), removed: [] });
      return;
    }
    if (format === 'html') {
      const deep = tooDeepAt(text);
      if (deep !== undefined) {
        problems.push(
          new StoryInputError(
            { ...at, line: text.slice(0, deep).split('\n').length },
            `nests elements more than ${MAX_NESTING.toLocaleString('en-US')} deep`,
            'is it a saved article page? Save the page again from the browser',
          ),
        );
        return;
      }
      const page = readHtml(text);
      if (!page) {
        problems.push(
          new StoryInputError(
            at,
            'has no article the extractor can find',
            'is it the saved page of one article? A front page, a search result or an empty page has no article text to compare',
          ),
        );
        return;
      }
      versions.push({ manifest: version, index, format, source: page.text, removed: page.removed, title: page.title, found: page.found });
      return;
    }
    const markdown = readMarkdown(text);
    versions.push({ manifest: version, index, format, source: markdown.text, removed: markdown.removed, title: markdown.title });
  });
  if (problems.length > 0) {
    const hint = renamed
      ? `did you rename "${renamed.from}" to "${renamed.to}"? Give the file and ${MANIFEST_FILE} ${renamed.field} the same name`
      : undefined;
    throw StoryInputError.combine(input.dir, problems, hint);
  }
  return { slug: input.slug, dir: input.dir, manifest, versions };
}

/** The reader a version file gets, by its extension. */
function formatOf(file: string): VersionFormat {
  const lower = file.toLowerCase();
  if (lower.endsWith('.md')) return 'md';
  if (lower.endsWith('.html') || lower.endsWith('.htm')) return 'html';
  return 'txt';
}
