import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

// FLOOR_SITE_DIR is a built Same Story site. Each page is read when it is rendered, not held:
// at 1,000 stories the pages come to about 3 GB.
const siteDir = process.env['FLOOR_SITE_DIR'];
if (!siteDir) throw new Error('FLOOR_SITE_DIR must name a built site whose pages this floor writes again');
const files = readdirSync(siteDir, { recursive: true, encoding: 'utf8' })
  .filter((file) => !file.startsWith('_astro'))
  .sort();

/** Every HTML page of the site, as the rest parameter of its folder (undefined for the home page). */
export function htmlPages(): (string | undefined)[] {
  return files
    .filter((file) => file.endsWith('index.html'))
    .map((file) => path.dirname(file))
    .map((dir) => (dir === '.' ? undefined : dir));
}

/** Every data file the site's endpoints wrote (JSON and CSV) under `folder`/ (api, stories), relative to it. */
export function dataFiles(folder: string): string[] {
  return files
    .filter((file) => file.startsWith(`${folder}${path.sep}`) && /\.(json|csv)$/.test(file))
    .map((file) => file.slice(folder.length + 1));
}

export function readSiteFile(relative: string): string {
  return readFileSync(path.join(siteDir!, relative), 'utf8');
}
