import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
// Astro's own printer for a failed build (what `astro build` shows), read from its dist: it is not
// exported, and printing is what these tests are about.
import { collectErrorMetadata } from '../../node_modules/astro/dist/core/errors/dev/index.js';
import { formatErrorMessage } from '../../node_modules/astro/dist/core/messages/runtime.js';
import { StoryInputError } from '../lib/errors.ts';
import { ingestStory } from '../lib/ingest/index.ts';
import { readStoryFolder } from './read-story-folder.ts';
import { BadStoryInput, reportInputErrors } from './stories-loader.ts';

const fixture = path.resolve(import.meta.dirname, '../../tests/fixtures/stories/leeds-plastics-factory-fire');
const scratch = mkdtempSync(path.join(tmpdir(), 'same-story-read-folder-'));
const shown = 'content/stories/leeds-plastics-factory-fire';
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let copies = 0;
/** A copy of the fixture story with `edit` applied to its story.yaml text and folder. */
function brokenStory(edit: { yaml?: [string, string]; folder?: (dir: string) => void }): string {
  const dir = path.join(scratch, `story-${++copies}`);
  cpSync(fixture, dir, { recursive: true });
  if (edit.yaml) {
    const file = path.join(dir, 'story.yaml');
    const text = readFileSync(file, 'utf8');
    if (!text.includes(edit.yaml[0])) throw new Error(`the fixture no longer has ${JSON.stringify(edit.yaml[0])}`);
    writeFileSync(file, text.replace(edit.yaml[0], edit.yaml[1]));
  }
  edit.folder?.(dir);
  return dir;
}

async function failure(dir: string): Promise<StoryInputError> {
  try {
    ingestStory(await readStoryFolder(dir, shown, 'leeds-plastics-factory-fire'));
  } catch (error) {
    if (error instanceof StoryInputError) return error;
    throw error;
  }
  throw new Error('expected the story to be refused');
}

/** The line of story.yaml holding `text`, counted in the edited file. */
function lineOf(dir: string, text: string): number {
  return (
    readFileSync(path.join(dir, 'story.yaml'), 'utf8')
      .split('\n')
      .findIndex((line) => line.includes(text)) + 1
  );
}

describe('a story folder with bad input (the leeds-plastics-factory-fire fixture, broken)', () => {
  it('reads the fixture as it is', async () => {
    expect(ingestStory(await readStoryFolder(fixture, shown, 'leeds-plastics-factory-fire')).versions).toHaveLength(4);
  });

  it('a listed file that is missing: the line of its file: field', async () => {
    const dir = brokenStory({
      yaml: ['file: metro-pulse.txt', 'file: metro-pulse-v2.txt'],
      folder: (d) => rmSync(path.join(d, 'metro-pulse.txt')),
    });
    const error = await failure(dir);
    expect(lineOf(dir, 'file: metro-pulse-v2.txt')).toBe(22);
    expect(error.message).toBe(`${shown}/story.yaml:22 versions[3].file: lists "metro-pulse-v2.txt", which is not in the story folder`);
  });

  it('a file renamed in story.yaml only: both problems, each with file, line and field, and "did you rename"', async () => {
    const error = await failure(brokenStory({ yaml: ['file: metro-pulse.txt', 'file: metro-pulse-v2.txt'] }));
    expect(error.message).toBe(
      [
        `${shown} has 2 problems:`,
        `  ${shown}/story.yaml:22 versions[3].file: lists "metro-pulse-v2.txt", which is not in the story folder`,
        `  ${shown}/metro-pulse.txt is in the story folder but not listed in story.yaml`,
        '  did you rename "metro-pulse.txt" to "metro-pulse-v2.txt"? Give the file and story.yaml versions[3].file the same name',
      ].join('\n'),
    );
  });

  it('a file renamed in the folder only: the same', async () => {
    const error = await failure(brokenStory({ folder: (d) => renameSync(path.join(d, 'courier.txt'), path.join(d, 'courier-final.txt')) }));
    expect(error.message).toContain(`  ${shown}/story.yaml:13 versions[1].file: lists "courier.txt", which is not in the story folder\n`);
    expect(error.message).toContain(`  ${shown}/courier-final.txt is in the story folder but not listed in story.yaml\n`);
    expect(error.message).toMatch(/did you rename "courier-final\.txt" to "courier\.txt"\?/);
  });

  it('a typo in a required key (outet): the unknown key at its own line with "did you mean", beside the missing outlet', async () => {
    const dir = brokenStory({ yaml: ['    outlet: The Daily Ledger\n', '    outet: The Daily Ledger\n'] });
    const error = await failure(dir);
    expect(lineOf(dir, 'outet:')).toBe(19);
    expect(error.message).toBe(
      [
        `${shown} has 2 problems:`,
        `  ${shown}/story.yaml:17 versions[2].outlet: is required`,
        `  ${shown}/story.yaml:19 versions[2].outet: unknown field — did you mean "outlet"?`,
      ].join('\n'),
    );
  });

  it('an unknown optional key (notes): the line of the key, not of the version, and "did you mean note"', async () => {
    const dir = brokenStory({ yaml: ['    note: Text scrape; the date', '    notes: Text scrape; the date'] });
    expect(lineOf(dir, 'notes:')).toBe(20);
    expect((await failure(dir)).message).toBe(`${shown}/story.yaml:20 versions[2].notes: unknown field — did you mean "note"?`);
  });

  it('a date that is not a real day: the value is quoted', async () => {
    const error = await failure(brokenStory({ yaml: ['published: 2026-03-03\n    byline', 'published: 2026-02-30\n    byline'] }));
    expect(error.message).toBe(`${shown}/story.yaml:9 versions[0].published: "2026-02-30" is not a real calendar date`);
  });

  it('story.yml instead of story.yaml: named', async () => {
    const error = await failure(brokenStory({ folder: (d) => renameSync(path.join(d, 'story.yaml'), path.join(d, 'story.yml')) }));
    expect(error.message).toBe(`${shown}/story.yaml is missing — the folder has "story.yml": rename it to story.yaml`);
  });

  it('a story.yaml that is not UTF-8: the line of the first bad byte', async () => {
    const dir = brokenStory({});
    const text = readFileSync(path.join(dir, 'story.yaml'));
    const at = text.indexOf('Hannah');
    writeFileSync(path.join(dir, 'story.yaml'), Buffer.concat([text.subarray(0, at), Buffer.from([0xe9]), text.subarray(at)]));
    expect((await failure(dir)).message).toBe(`${shown}/story.yaml:10 is not valid UTF-8 (byte ${at} is 0xe9) — re-save it as UTF-8`);
  });

  it('folders inside the story folder: every one', async () => {
    const error = await failure(brokenStory({ folder: (d) => ['zeta', 'alpha'].forEach((name) => mkdirSync(path.join(d, name))) }));
    expect(error.message).toBe(
      [
        `${shown} has 2 problems:`,
        `  ${shown}/alpha is a folder; a story folder holds only story.yaml and version files`,
        `  ${shown}/zeta is a folder; a story folder holds only story.yaml and version files`,
      ].join('\n'),
    );
  });
});

describe('how the build prints bad input', () => {
  /** What `astro build` prints for an error thrown by the loader (cli/throw-and-exit.js). */
  function printed(error: unknown): string {
    return stripVTControlCharacters(formatErrorMessage(collectErrorMetadata(error as Error), true));
  }

  async function thrownByLoader(error: Error): Promise<unknown> {
    try {
      await reportInputErrors(() => Promise.reject(error));
    } catch (thrown) {
      return thrown;
    }
    throw new Error('expected reportInputErrors to rethrow');
  }

  it('a StoryInputError as the loader throws it: the message alone, with no location or stack trace of our code', async () => {
    const input = await failure(brokenStory({ yaml: ['file: metro-pulse.txt', 'file: metro-pulse-v2.txt'] }));
    // Thrown as it is, Astro adds "Location:" and "Stack trace:" pointing into src/lib/.
    expect(printed(input)).toMatch(/Location:\s+\S*\/src\/lib\/[\s\S]*Stack trace:/);
    const thrown = await thrownByLoader(input);
    expect(thrown).toBeInstanceOf(BadStoryInput);
    expect((thrown as BadStoryInput).input).toBe(input);
    expect(printed(thrown)).toBe(input.message);
  });

  it('a single problem with a hint: not repeated under "Hint:", and no browser-API hint for a story named windows-…', async () => {
    const input = new StoryInputError(
      { story: 'content/stories/windows-11-launch', file: 'bbc.txt' },
      'the file is empty',
      'paste the article text into it or remove it from story.yaml',
    );
    expect(printed(await thrownByLoader(input))).toBe(
      'content/stories/windows-11-launch/bbc.txt the file is empty — paste the article text into it or remove it from story.yaml',
    );
  });

  it('any other error is our bug and keeps its stack', async () => {
    const bug = new TypeError('x is undefined');
    expect(await thrownByLoader(bug)).toBe(bug);
  });
});
