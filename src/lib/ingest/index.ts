import { StoryInputError } from '../errors.ts';
import { mapOriginal } from '../text/mapped-text.ts';
import type { MappedText, RemovedFragment, StoryInput, StoryManifest, VersionFormat, VersionManifest } from '../types.ts';
import { decodeVersionFile } from './decode.ts';
import { MANIFEST_FILE, parseManifest } from './manifest.ts';
import { readMarkdown } from './markdown.ts';

export { MANIFEST_FILE, RESERVED_VERSION_IDS, VERSION_EXTENSIONS, manifestSchema, parseManifest } from './manifest.ts';
export { decodeVersionFile } from './decode.ts';
export { readMarkdown } from './markdown.ts';

/** A version read from its file: the text the cleaner starts from, and what reading took out. */
export interface IngestedVersion {
  manifest: VersionManifest;
  /** Index of the version in story.yaml, used to point errors at the right entry. */
  index: number;
  format: VersionFormat;
  source: MappedText;
  removed: RemovedFragment[];
  title?: string | undefined;
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
 */
export function ingestStory(input: StoryInput): IngestedStory {
  const manifest = parseManifest(input.manifestText, input.dir);
  const listed = new Set(manifest.versions.map((version) => version.file));
  for (const name of Object.keys(input.files).sort()) {
    if (name.startsWith('.') || listed.has(name)) continue;
    throw new StoryInputError(
      { story: input.dir, file: name },
      'is in the story folder but not listed in story.yaml',
      `add it under versions (with id, file: ${name}, outlet) or move it out of the folder`,
    );
  }
  const versions = manifest.versions.map((version, index): IngestedVersion => {
    const bytes = input.files[version.file];
    const field = `versions[${index}].file`;
    if (!bytes) {
      throw new StoryInputError({ story: input.dir, file: MANIFEST_FILE, field }, `lists "${version.file}", which is not in the story folder`);
    }
    const text = decodeVersionFile(bytes, { story: input.dir, file: version.file });
    const format: VersionFormat = version.file.toLowerCase().endsWith('.md') ? 'md' : 'txt';
    if (format === 'txt') return { manifest: version, index, format, source: mapOriginal(text), removed: [] };
    const markdown = readMarkdown(text);
    return { manifest: version, index, format, source: markdown.text, removed: markdown.removed, title: markdown.title };
  });
  return { slug: input.slug, dir: input.dir, manifest, versions };
}
