import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { digestPipeline, pipelineFiles, relativeImports } from './pipeline-digest.ts';

const work = mkdtempSync(path.join(tmpdir(), 'same-story-digest-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A fake project: `lib/analyse.ts` importing one stage module, which has a test, and a lockfile. */
function project(name: string, files: { stage: string; test: string; lock?: string }): { entry: string; lock: string } {
  const root = path.join(work, name);
  mkdirSync(path.join(root, 'lib/diff'), { recursive: true });
  writeFileSync(path.join(root, 'lib/analyse.ts'), "import { a } from './diff/stage.ts';\nexport const b = a;\n");
  writeFileSync(path.join(root, 'lib/diff/stage.ts'), files.stage);
  writeFileSync(path.join(root, 'lib/diff/stage.test.ts'), files.test);
  if (files.lock !== undefined) writeFileSync(path.join(root, 'package-lock.json'), files.lock);
  return { entry: path.join(root, 'lib/analyse.ts'), lock: path.join(root, 'package-lock.json') };
}

const digest = ({ entry, lock }: { entry: string; lock: string }): Promise<string> => digestPipeline(entry, lock);

describe('digestPipeline', () => {
  it('changes with the pipeline source and with the lockfile (a library update), not with tests', async () => {
    const lock = '{"diff":"9.0.0"}';
    const base = await digest(project('base', { stage: 'export const a = 1;', test: 'test 1', lock }));
    expect(await digest(project('same', { stage: 'export const a = 1;', test: 'test 1', lock }))).toBe(base);
    expect(await digest(project('test-edited', { stage: 'export const a = 1;', test: 'test 2', lock }))).toBe(base);
    expect(await digest(project('source-edited', { stage: 'export const a = 2;', test: 'test 1', lock }))).not.toBe(base);
    const updated = project('library-updated', { stage: 'export const a = 1;', test: 'test 1', lock: '{"diff":"9.0.1"}' });
    expect(await digest(updated)).not.toBe(base);
  });

  it('works without a lockfile, and still follows the source', async () => {
    const without = await digest(project('no-lock', { stage: 'export const a = 1;', test: 'test 1' }));
    expect(without).toMatch(/^[0-9a-f]{64}$/);
    expect(await digest(project('no-lock-edited', { stage: 'export const a = 2;', test: 'test 1' }))).not.toBe(without);
  });
});

describe('relativeImports', () => {
  it('finds every relative module a file runs, in any import or re-export form', () => {
    const source = [
      "import { a, type B } from './a.ts';",
      'import {',
      '  c,',
      '  d as e,',
      "} from '../c.ts';",
      "import f, * as g from './f.ts';",
      "import './effect.ts';",
      "export * from './all.ts';",
      "export { h } from './h.ts';",
      "const i = await import('./lazy.ts');",
      "import { diffWords } from 'diff';",
    ].join('\n');
    expect(relativeImports(source).sort()).toEqual(['../c.ts', './a.ts', './all.ts', './effect.ts', './f.ts', './h.ts', './lazy.ts']);
  });

  it('leaves out type-only imports, which are erased before the code runs, and nothing after them', () => {
    const source = [
      "import type { Story } from './types.ts';",
      "export type { Fact } from './facts/types.ts';",
      "export type * from './more-types.ts';",
      'export type Mode = Story',
      "import { run } from './run.ts';",
      'export interface Shape { a: Mode }',
      "import { typeOf } from './type-of.ts';",
    ].join('\n');
    expect(relativeImports(source).sort()).toEqual(['./run.ts', './type-of.ts']);
  });
});

describe('the pipeline digest of this repository', () => {
  const lib = path.join(import.meta.dirname, '../lib');
  const stages = ['ingest', 'clean', 'segment', 'align', 'diff', 'facts', 'provenance'];
  const posix = (file: string): string => file.split(path.sep).join('/');
  const digested = async (dir: string): Promise<string[]> =>
    (await pipelineFiles(path.join(dir, 'analyse.ts'))).map((file) => posix(path.relative(dir, file)));
  const sources = (dir: string): string[] =>
    readdirSync(dir, { recursive: true })
      .map((file) => posix(String(file)))
      .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'));

  it('covers what analyseStory runs: every stage file but type declarations, no search, export or test code', async () => {
    const files = await digested(lib);
    expect(files).toContain('analyse.ts');
    expect(files.filter((file) => file.startsWith('search/') || file.startsWith('export'))).toEqual([]);
    expect(files.filter((file) => file.endsWith('.test.ts'))).toEqual([]);
    const stageFiles = sources(lib).filter((file) => stages.some((stage) => file.startsWith(`${stage}/`)));
    // Left out: only modules that declare nothing but types, which `import type` brings in and erases before anything runs.
    const runtime = /^export (?:const|let|var|function|class|enum|default|async|\{|\*)/mu;
    const leftOut = stageFiles.filter((file) => !files.includes(file));
    expect(leftOut.filter((file) => runtime.test(readFileSync(path.join(lib, file), 'utf8')))).toEqual([]);
    // Shared language knowledge is found through the imports, wherever it lives.
    if (existsSync(path.join(lib, 'language'))) expect(files.some((file) => file.startsWith('language/'))).toBe(true);
  });

  it('does not change when search or export code changes, and does when a stage does', async () => {
    const copy = path.join(work, 'repository');
    const copyLib = path.join(copy, 'src/lib');
    cpSync(lib, copyLib, { recursive: true });
    cpSync(path.join(lib, '../../package-lock.json'), path.join(copy, 'package-lock.json'));
    const current = (): Promise<string> => digestPipeline(path.join(copyLib, 'analyse.ts'), path.join(copy, 'package-lock.json'));
    const edit = (file: string): void => appendFileSync(path.join(copyLib, file), '\n// edited\n');

    const base = await current();
    const notRun = sources(copyLib).filter((file) => file.startsWith('search/') || file.startsWith('export'));
    expect(notRun).toContain('search/engine.ts');
    expect(notRun.some((file) => file.startsWith('export'))).toBe(true);
    for (const file of [...notRun, 'diff/token-diff.test.ts']) edit(file);
    expect(await current()).toBe(base);

    const files = await digested(copyLib);
    const stageFiles = ['analyse.ts', ...stages.map((stage) => files.find((file) => file.startsWith(`${stage}/`))!)];
    for (const file of [...stageFiles, ...files.filter((file) => file.startsWith('language/'))]) {
      const before = await current();
      edit(file);
      expect(await current(), file).not.toBe(before);
    }
  });
});
