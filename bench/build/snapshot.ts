import { execFileSync } from 'node:child_process';
import { mkdir, rm, symlink } from 'node:fs/promises';
import path from 'node:path';

export interface SiteSource {
  /** Project root to build and to import the pipeline from. */
  root: string;
  /** What was measured: a commit, or the working tree. */
  label: string;
  /** Removes the snapshot, if one was made. */
  dispose: () => Promise<void>;
}

/**
 * The code the benchmark measures. By default a snapshot of a commit (`git archive HEAD`), with
 * the project's node_modules linked in: the loader re-analyses every story whenever src/lib
 * changes, so a working tree that is being edited would turn every warm rebuild cold.
 * `worktree` measures the files as they are, uncommitted changes included.
 */
export async function siteSource(projectRoot: string, outDir: string, from: string): Promise<SiteSource> {
  const git = (...args: string[]): string => execFileSync('git', args, { cwd: projectRoot, encoding: 'utf8' }).trim();
  if (from === 'worktree') {
    const dirty = git('status', '--porcelain', '--', 'src') !== '';
    return { root: projectRoot, label: `working tree at ${git('rev-parse', '--short', 'HEAD')}${dirty ? ' with uncommitted changes in src/' : ''}`, dispose: async () => {} };
  }
  // One folder per run, so two runs (say a quick one beside a long one) never share a snapshot.
  const root = path.join(outDir, `snapshot-${process.pid}`);
  await rm(root, { recursive: true, force: true });
  await mkdir(root, { recursive: true });
  const commit = git('rev-parse', '--short', '--verify', `${from}^{commit}`);
  execFileSync('sh', ['-c', `git archive --format=tar ${commit} | tar -x -C "${root}"`], { cwd: projectRoot });
  await symlink(path.join(projectRoot, 'node_modules'), path.join(root, 'node_modules'), 'dir');
  return { root, label: `commit ${commit}`, dispose: () => rm(root, { recursive: true, force: true }) };
}
