// The eval command's answers to bad input: a usage line and exit code 2, never a stack trace.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = async (...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> => {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, ['eval/run.ts', ...args]);
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
};

describe('npm run eval on bad input', () => {
  it('--help prints the usage and exits 0', async () => {
    const { code, stdout } = await run('--help');
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe(
      'usage: npm run eval -- <folder of labelled stories> [--json <file>] [--show] [--misses] [--semantic] [--signals <file>]',
    );
  });
  it('names an option it does not know', async () => {
    const { code, stderr } = await run('tests/fixtures/eval', '--shwo');
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toBe('eval: unknown option --shwo');
  });
  it('names a folder that is not there', async () => {
    const { code, stderr } = await run('tests/fixtures/no-such-folder');
    expect(code).toBe(2);
    expect(stderr.trim()).toBe('eval: tests/fixtures/no-such-folder is not a folder (give the folder of labelled stories)');
  });
});
