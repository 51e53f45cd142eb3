import { promises as fs } from 'node:fs';
import path from 'node:path';
import { StoryInputError } from '../lib/errors.ts';
import { MANIFEST_FILE } from '../lib/ingest/index.ts';
import type { StoryInput } from '../lib/types.ts';

/** Reads a story folder into the pipeline's input: the manifest's text and every other file's bytes. */
export async function readStoryFolder(dir: string, shownDir: string, slug: string): Promise<StoryInput> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  const manifestPath = path.join(dir, MANIFEST_FILE);
  if (!entries.some((entry) => entry.name === MANIFEST_FILE && entry.isFile())) {
    throw new StoryInputError({ story: shownDir, file: MANIFEST_FILE }, 'is missing', 'every story folder needs a story.yaml naming its versions');
  }
  const files: Record<string, Uint8Array> = {};
  for (const entry of entries) {
    if (entry.name === MANIFEST_FILE) continue;
    if (entry.isDirectory()) {
      if (entry.name.startsWith('.')) continue;
      throw new StoryInputError({ story: shownDir, file: entry.name }, 'is a folder; a story folder holds only story.yaml and version files');
    }
    files[entry.name] = new Uint8Array(await fs.readFile(path.join(dir, entry.name)));
  }
  const manifestBytes = await fs.readFile(manifestPath);
  let manifestText: string;
  try {
    manifestText = new TextDecoder('utf-8', { fatal: true }).decode(manifestBytes);
  } catch {
    throw new StoryInputError({ story: shownDir, file: MANIFEST_FILE }, 'is not valid UTF-8', 're-save it as UTF-8');
  }
  return { slug, dir: shownDir, manifestText, files };
}
