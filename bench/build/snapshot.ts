import { execFileSync } from 'node:child_process';
import { cp, mkdir, readdir, rm, symlink } from 'node:fs/promises';
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
 * The code the benchmark measures. By default a snapshot of a commit (`git archive HEAD`) in the
 * scratch folder, with the project's packages linked in: the loader re-analyses every story
 * whenever src/lib changes, so a working tree that is being edited would turn every warm rebuild
 * cold. `worktree` measures the files as they are, uncommitted changes included.
 */
export async function siteSource(projectRoot: string, scratchDir: string, from: string): Promise<SiteSource> {
  const git = (...args: string[]): string => execFileSync('git', args, { cwd: projectRoot, encoding: 'utf8' }).trim();
  if (from === 'worktree') {
    const dirty = git('status', '--porcelain', '--', 'src') !== '';
    return {
      root: projectRoot,
      label: `working tree at ${git('rev-parse', '--short', 'HEAD')}${dirty ? ' with uncommitted changes in src/' : ''}`,
      dispose: async () => {},
    };
  }
  const root = await freshFolder(scratchDir, 'snapshot');
  const commit = git('rev-parse', '--short', '--verify', `${from}^{commit}`);
  execFileSync('sh', ['-c', `git archive --format=tar ${commit} | tar -x -C "${root}"`], { cwd: projectRoot });
  await linkPackages(projectRoot, root);
  return { root, label: `commit ${commit}`, dispose: () => rm(root, { recursive: true, force: true }) };
}

/**
 * A bare Astro floor (bench/floor, or bench/floor-same-pages) copied beside the snapshot, so that
 * both write their pages and caches to the same file system.
 */
export async function floorSource(
  projectRoot: string,
  scratchDir: string,
  template: 'floor' | 'floor-same-pages' = 'floor',
): Promise<SiteSource> {
  const root = await freshFolder(scratchDir, template);
  for (const entry of ['astro.config.mjs', 'src'])
    await cp(path.join(projectRoot, 'bench', template, entry), path.join(root, entry), { recursive: true });
  await linkPackages(projectRoot, root);
  return { root, label: `bench/${template}`, dispose: () => rm(root, { recursive: true, force: true }) };
}

/** An empty `<scratchDir>/<name>-<pid>`: one per run, so two runs (a quick one beside a long one) never share it. */
async function freshFolder(scratchDir: string, name: string): Promise<string> {
  const root = path.join(scratchDir, `${name}-${process.pid}`);
  await rm(root, { recursive: true, force: true });
  await mkdir(root, { recursive: true });
  return root;
}

/**
 * `root/node_modules` as a real folder of links to the project's packages. Not one link to the
 * project's node_modules: Astro keeps its cache in `node_modules/.astro-*` (astro.config.mjs), and
 * that cache (analyses and a copy of every page) should sit in the scratch folder with the pages.
 */
async function linkPackages(projectRoot: string, root: string): Promise<void> {
  const packages = path.join(projectRoot, 'node_modules');
  const target = path.join(root, 'node_modules');
  await mkdir(target, { recursive: true });
  for (const name of await readdir(packages)) {
    // Dot folders are caches (.astro-*, .vite, .cache), the project's own, not packages.
    if (!name.startsWith('.')) await symlink(path.join(packages, name), path.join(target, name), 'dir');
  }
}
