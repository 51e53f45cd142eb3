// Bytes per page type of a built site (dist/, or the folder given): pages, total and mean HTML,
// raw and gzip, and the heaviest page, so a change to the page set or its markup can be measured
// before and after. Redirect pages (an old URL's stand-in) are a type of their own.
//
// Usage: node scripts/page-bytes.ts [dist]     (Node 24, which npm scripts and npx run)
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { htmlPages, pageType } from '../tests/support/site-files.ts';

const root = path.resolve(process.argv[2] ?? 'dist');
const byType = new Map<string, { pages: number; raw: number; gzip: number; heaviest: { url: string; raw: number } }>();
for (const page of htmlPages(root)) {
  const bytes = readFileSync(page.file);
  const type = pageType(page.url, bytes.toString('utf8'));
  const entry = byType.get(type) ?? { pages: 0, raw: 0, gzip: 0, heaviest: { url: '', raw: 0 } };
  entry.pages += 1;
  entry.raw += bytes.length;
  entry.gzip += gzipSync(bytes).length;
  if (bytes.length > entry.heaviest.raw) entry.heaviest = { url: page.url, raw: bytes.length };
  byType.set(type, entry);
}
const kB = (bytes: number): string => (bytes / 1000).toFixed(1);
console.log('| page type | pages | HTML total (kB) | mean raw (kB) | mean gzip (kB) | heaviest (kB raw) |');
console.log('| --- | ---: | ---: | ---: | ---: | --- |');
let pages = 0;
let raw = 0;
for (const [type, entry] of [...byType].sort(([a], [b]) => a.localeCompare(b))) {
  pages += entry.pages;
  raw += entry.raw;
  const mean = (value: number): string => kB(value / entry.pages);
  const heaviest = `${kB(entry.heaviest.raw)} ${entry.heaviest.url}`;
  console.log(`| ${type} | ${entry.pages} | ${kB(entry.raw)} | ${mean(entry.raw)} | ${mean(entry.gzip)} | ${heaviest} |`);
}
console.log(`| all | ${pages} | ${kB(raw)} | | | |`);
