// Writes the JSON export and facts CSV of every story folder in the repository (content/ and test fixtures)
// to one folder, so that two commits' exports can be compared with `diff -r`. Used to show that a refactor
// leaves behaviour unchanged: `npm run export-snapshot -- /tmp/before`, change, `… /tmp/after`, diff.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { analyseStory } from '../src/lib/analyse.ts';
import { exportFactsCsv, exportStory } from '../src/lib/export/index.ts';
import { readStoryFolder } from '../src/loader/read-story-folder.ts';

const out = process.argv[2];
if (!out) {
  console.error('usage: npm run export-snapshot -- <output folder>');
  process.exit(2);
}
const roots = ['content/stories', 'tests/fixtures'];

async function storyFolders(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  if (entries.some((entry) => entry.isFile() && entry.name === 'story.yaml')) return [dir];
  const found: string[] = [];
  for (const entry of entries) if (entry.isDirectory()) found.push(...(await storyFolders(path.join(dir, entry.name))));
  return found;
}

await fs.mkdir(out, { recursive: true });
let written = 0;
for (const root of roots) {
  for (const dir of (await storyFolders(root)).sort()) {
    const slug = path.basename(dir);
    const name = dir.replaceAll('/', '__');
    try {
      const analysis = analyseStory(await readStoryFolder(dir, dir, slug));
      await fs.writeFile(path.join(out, `${name}.json`), `${JSON.stringify(exportStory(analysis), null, 1)}\n`);
      await fs.writeFile(path.join(out, `${name}.facts.csv`), exportFactsCsv(analysis));
    } catch (error) {
      await fs.writeFile(path.join(out, `${name}.error.txt`), `${(error as Error).message}\n`);
    }
    written += 1;
  }
}
console.log(`${written} stories written to ${out}`);
