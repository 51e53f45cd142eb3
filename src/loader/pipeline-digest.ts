import { createHash } from 'node:crypto';
import { existsSync, promises as fs, statSync } from 'node:fs';
import path from 'node:path';

/**
 * Hash of the source files the analysis runs and of the lockfile, so that changing the analysis code or a
 * library it uses (jsdiff, compromise, …) invalidates every cached story, and nothing else does: search,
 * the JSON export, pages and tests are not analysis (pages are re-rendered by Astro's own hash of their
 * code). Files are named relative to the entry's folder, so a moved checkout keeps its cache.
 */
export async function digestPipeline(entry: string, lockfile: string): Promise<string> {
  const hash = createHash('sha256');
  const root = path.dirname(entry);
  for (const file of await pipelineFiles(entry)) {
    hash.update(`\0${path.relative(root, file).split(path.sep).join('/')}\0`).update(await fs.readFile(file));
  }
  hash.update('\0package-lock.json\0').update(existsSync(lockfile) ? await fs.readFile(lockfile) : '');
  return hash.digest('hex');
}

/**
 * The entry module and every module it imports, directly or not, as sorted absolute paths. Only relative
 * specifiers are followed: packages are pinned by the lockfile.
 */
export async function pipelineFiles(entry: string): Promise<string[]> {
  const found = new Set<string>([path.resolve(entry)]);
  for (const file of found) {
    const source = await fs.readFile(file, 'utf8');
    for (const specifier of relativeImports(source)) {
      const target = path.resolve(path.dirname(file), specifier);
      // A specifier that names no file cannot be run either (a false match in a comment or a string is
      // harmless the other way: it only adds a file).
      if (statSync(target, { throwIfNoEntry: false })?.isFile()) found.add(target);
    }
  }
  return [...found].sort();
}

// A quoted relative specifier, `'./x.ts'` or `"../y.ts"`; the path is its one group.
const SPECIFIER = String.raw`['"](\.{1,2}/[^'"]+)['"]`;
// What stands between `import`/`export` and `from`: names, braces, commas, `* as x`, and never another
// `import` or `export`, nor `=`, `(` or `:`, so a match that starts at `export type X = …` or `export
// function` cannot run on to a later statement's `from` (and take a real import for a type-only one).
const CLAUSE = String.raw`(?:(?!\b(?:import|export)\b)[\w$\s{},*])*?`;
/** `import … from '…'`, `export … from '…'`; group 1 is ` type` for a type-only statement, which never runs. */
const FROM = new RegExp(String.raw`\b(?:import|export)(\s+type(?=[\s{*]))?${CLAUSE}\bfrom\s*${SPECIFIER}`, 'g');
/** `import '…'` (run for its effects) and `import('…')`. */
const BARE = new RegExp(String.raw`\bimport\s*(?:\(\s*)?${SPECIFIER}`, 'g');

/** Relative specifiers a module imports at run time (type-only imports are erased before it runs). */
export function relativeImports(source: string): string[] {
  const specifiers: string[] = [];
  for (const match of source.matchAll(FROM)) if (!match[1]) specifiers.push(match[2]!);
  for (const match of source.matchAll(BARE)) specifiers.push(match[1]!);
  return specifiers;
}
