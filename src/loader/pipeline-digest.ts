import { createHash } from 'node:crypto';
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';

/**
 * Hash of the pipeline's source and of the lockfile, so that changing the analysis code or a library
 * it uses (jsdiff, compromise, …) invalidates every cached story.
 */
export async function digestPipeline(libDir: string, lockfile: string): Promise<string> {
  const hash = createHash('sha256');
  const files = (await fs.readdir(libDir, { recursive: true })).filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts')).sort();
  for (const file of files) hash.update(file).update(await fs.readFile(path.join(libDir, file)));
  hash.update('\0package-lock.json\0').update(existsSync(lockfile) ? await fs.readFile(lockfile) : '');
  return hash.digest('hex');
}
