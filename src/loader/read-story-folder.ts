import { promises as fs } from 'node:fs';
import path from 'node:path';
import { StoryInputError } from '../lib/errors.ts';
import { MANIFEST_FILE, firstInvalidUtf8Byte, lineOfByte } from '../lib/ingest/index.ts';
import type { StoryInput } from '../lib/types.ts';

/** Reads a story folder into the pipeline's input: the manifest's text and every other file's bytes. */
export async function readStoryFolder(dir: string, shownDir: string, slug: string): Promise<StoryInput> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  const manifestPath = path.join(dir, MANIFEST_FILE);
  if (!entries.some((entry) => entry.name === MANIFEST_FILE && entry.isFile())) {
    // A near miss (story.yml, Story.yaml) is the usual cause: name it.
    const nearMiss = entries.find((entry) => entry.isFile() && /^story\.ya?ml$/i.test(entry.name))?.name;
    throw new StoryInputError(
      { story: shownDir, file: MANIFEST_FILE },
      'is missing',
      nearMiss
        ? `the folder has "${nearMiss}": rename it to ${MANIFEST_FILE}`
        : 'every story folder needs a story.yaml naming its versions',
    );
  }
  const files: Record<string, Uint8Array> = {};
  const folders: StoryInputError[] = [];
  for (const entry of entries) {
    if (entry.name === MANIFEST_FILE) continue;
    if (entry.isDirectory()) {
      if (entry.name.startsWith('.')) continue;
      folders.push(
        new StoryInputError({ story: shownDir, file: entry.name }, 'is a folder; a story folder holds only story.yaml and version files'),
      );
      continue;
    }
    files[entry.name] = new Uint8Array(await fs.readFile(path.join(dir, entry.name)));
  }
  if (folders.length > 0)
    throw StoryInputError.combine(
      shownDir,
      folders.sort((a, b) => (a.location.file! < b.location.file! ? -1 : 1)),
    );
  const manifestBytes = await fs.readFile(manifestPath);
  let manifestText: string;
  try {
    manifestText = new TextDecoder('utf-8', { fatal: true }).decode(manifestBytes);
  } catch {
    const bad = firstInvalidUtf8Byte(manifestBytes);
    throw new StoryInputError(
      { story: shownDir, file: MANIFEST_FILE, line: lineOfByte(manifestBytes, bad) },
      `is not valid UTF-8 (byte ${bad} is 0x${manifestBytes[bad]!.toString(16).padStart(2, '0')})`,
      're-save it as UTF-8',
    );
  }
  return { slug, dir: shownDir, manifestText, files };
}
