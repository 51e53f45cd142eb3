import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import type { StoryInput } from '../../src/lib/types.ts';

export interface VersionSpec {
  id: string;
  text: string;
  format?: 'txt' | 'md';
  outlet?: string;
}

/** What `run` throws (undefined when it returns): for a test to assert the error's kind and words. */
export function thrownBy(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}

/** A story folder built in memory, as the loader would read it: story.yaml plus one file per version. */
export function storyInput(slug: string, versions: readonly VersionSpec[], title = `Odd input: ${slug}`): StoryInput {
  const encoder = new TextEncoder();
  const files: Record<string, Uint8Array> = {};
  const manifest = {
    title,
    versions: versions.map((version) => {
      const file = `${version.id}.${version.format ?? 'txt'}`;
      files[file] = encoder.encode(version.text);
      return { id: version.id, file, outlet: version.outlet ?? `Outlet ${version.id}` };
    }),
  };
  return { slug, dir: `tests/hostile/${slug}`, manifestText: stringify(manifest), files };
}

const seedDir = path.resolve(import.meta.dirname, '../../content/stories/rwanda-us-migrant-talks');

/** The five seed captures, in file order. */
export function seedTexts(): string[] {
  return readdirSync(seedDir)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => readFileSync(path.join(seedDir, file), 'utf8'));
}
