import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { digestPipeline } from './pipeline-digest.ts';

const work = mkdtempSync(path.join(tmpdir(), 'same-story-digest-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A fake project: `lib/` with one stage module and its test, and a lockfile. */
function project(name: string, files: { stage: string; test: string; lock?: string }): { lib: string; lock: string } {
  const root = path.join(work, name);
  mkdirSync(path.join(root, 'lib/diff'), { recursive: true });
  writeFileSync(path.join(root, 'lib/diff/stage.ts'), files.stage);
  writeFileSync(path.join(root, 'lib/diff/stage.test.ts'), files.test);
  if (files.lock !== undefined) writeFileSync(path.join(root, 'package-lock.json'), files.lock);
  return { lib: path.join(root, 'lib'), lock: path.join(root, 'package-lock.json') };
}

const digest = ({ lib, lock }: { lib: string; lock: string }): Promise<string> => digestPipeline(lib, lock);

describe('digestPipeline', () => {
  it('changes with the pipeline source and with the lockfile (a library update), not with tests', async () => {
    const base = await digest(project('base', { stage: 'export const a = 1;', test: 'test 1', lock: '{"diff":"9.0.0"}' }));
    expect(await digest(project('same', { stage: 'export const a = 1;', test: 'test 1', lock: '{"diff":"9.0.0"}' }))).toBe(base);
    expect(await digest(project('test-edited', { stage: 'export const a = 1;', test: 'test 2', lock: '{"diff":"9.0.0"}' }))).toBe(base);
    expect(await digest(project('source-edited', { stage: 'export const a = 2;', test: 'test 1', lock: '{"diff":"9.0.0"}' }))).not.toBe(
      base,
    );
    expect(await digest(project('library-updated', { stage: 'export const a = 1;', test: 'test 1', lock: '{"diff":"9.0.1"}' }))).not.toBe(
      base,
    );
  });

  it('works without a lockfile, and still follows the source', async () => {
    const without = await digest(project('no-lock', { stage: 'export const a = 1;', test: 'test 1' }));
    expect(without).toMatch(/^[0-9a-f]{64}$/);
    expect(await digest(project('no-lock-edited', { stage: 'export const a = 2;', test: 'test 1' }))).not.toBe(without);
  });
});
