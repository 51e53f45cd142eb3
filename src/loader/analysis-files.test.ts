import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeOtherStories } from './analysis-files.ts';

const work = mkdtempSync(path.join(tmpdir(), 'same-story-analyses-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('removeOtherStories', () => {
  it('removes the analysis files of stories no longer in the folder and keeps every file of the others', async () => {
    const files = [
      'harbour-fire.0123456789abcdef.json',
      'harbour-fire-2.fedcba9876543210.json',
      'old-story.0123456789abcdef.json',
      'old-story.0123456789abcdef.json.42.partial',
    ];
    for (const file of files) writeFileSync(path.join(work, file), '{}');
    await removeOtherStories(work, new Set(['harbour-fire', 'harbour-fire-2']));
    expect(readdirSync(work).sort()).toEqual(['harbour-fire-2.fedcba9876543210.json', 'harbour-fire.0123456789abcdef.json']);
  });

  it('does nothing when no analysis was ever written', async () => {
    await expect(removeOtherStories(path.join(work, 'missing'), new Set())).resolves.toBeUndefined();
  });
});
