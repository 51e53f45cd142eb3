// Summarises a V8 .cpuprofile (from `node --cpu-prof`): self time by function and by source file,
// and total (inclusive) time of the project's own functions, so "where does the build go" has a
// short answer. Usage: node bench/profile-summary.ts <file.cpuprofile> [top=25]
import { readFile } from 'node:fs/promises';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileSummary {
  totalMs: number;
  selfByFunction: [string, number][];
  selfByFile: [string, number][];
  /** Inclusive time of the project's functions (src/, bench/, and Astro's bundled page chunks), each counted once per sample. */
  inclusiveProject: [string, number][];
}

export function summariseProfile(profile: CpuProfile, top = 25): ProfileSummary {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const selfMs = new Map<number, number>();
  profile.samples.forEach((id, index) => selfMs.set(id, (selfMs.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0) / 1000));

  const selfByFunction = new Map<string, number>();
  const selfByFile = new Map<string, number>();
  const inclusive = new Map<string, number>();
  for (const [id, ms] of selfMs) {
    const frame = byId.get(id)!.callFrame;
    add(selfByFunction, `${frame.functionName || '(anonymous)'} ${shortUrl(frame.url)}:${frame.lineNumber + 1}`, ms);
    add(selfByFile, shortUrl(frame.url) || '(native)', ms);
    const seen = new Set<string>();
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const callFrame = byId.get(at)!.callFrame;
      if (!isProjectCode(callFrame.url)) continue;
      const key = `${callFrame.functionName || '(anonymous)'} ${shortUrl(callFrame.url)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      add(inclusive, key, ms);
    }
  }
  const sorted = (map: Map<string, number>): [string, number][] => [...map].sort((a, b) => b[1] - a[1]).slice(0, top);
  const totalMs = [...selfMs.values()].reduce((sum, ms) => sum + ms, 0);
  return { totalMs, selfByFunction: sorted(selfByFunction), selfByFile: sorted(selfByFile), inclusiveProject: sorted(inclusive) };
}

/** The project's own code, in source form (loader, pipeline) or bundled for prerendering (pages, view models). */
function isProjectCode(url: string): boolean {
  if (url.includes('/.prerender/')) return !url.includes('/server_') && !url.includes('prerender-entry');
  return /\/(src|bench)\//.test(url) && !url.includes('node_modules');
}

function add(map: Map<string, number>, key: string, ms: number): void {
  map.set(key, (map.get(key) ?? 0) + ms);
}

function shortUrl(url: string): string {
  return url
    .replace(/^file:\/\//, '')
    .replace(/^.*?\/node_modules\//, 'node_modules/')
    .replace(/^.*?\/(src|bench|dist|\.astro)\//, '$1/');
}

if (process.argv[2]) {
  const summary = summariseProfile(JSON.parse(await readFile(process.argv[2], 'utf8')) as CpuProfile, Number(process.argv[3] ?? 25));
  const print = (title: string, rows: [string, number][]): void => {
    console.log(`\n${title}`);
    for (const [name, ms] of rows)
      console.log(`${ms.toFixed(0).padStart(8)} ms  ${((100 * ms) / summary.totalMs).toFixed(1).padStart(5)}%  ${name}`);
  };
  console.log(`total sampled: ${(summary.totalMs / 1000).toFixed(1)} s`);
  print('self time by file', summary.selfByFile);
  print('self time by function', summary.selfByFunction);
  print('inclusive time, project functions', summary.inclusiveProject);
}
