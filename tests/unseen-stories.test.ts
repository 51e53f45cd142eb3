import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyseStory } from '../src/lib/analyse.ts';
import type { StoryAnalysis } from '../src/lib/story-analysis.ts';
import { readStoryFolder } from '../src/loader/read-story-folder.ts';

/**
 * Two stories written by reviewers who had not seen the rules, each with disagreements planted
 * between outlets and page junk of its own kind: a UK factory fire (Markdown wire copy, scrapes
 * with mastheads and garbled quotes) and a US company story (CRLF and a BOM, cookie banners, skip
 * links, a Markdown table, press-release boilerplate, AP-style dates). What they planted must be
 * found, and what is flagged must be mostly what they planted.
 */
const analyse = async (slug: string): Promise<StoryAnalysis> =>
  analyseStory(await readStoryFolder(path.resolve(import.meta.dirname, 'fixtures/stories', slug), `tests/fixtures/stories/${slug}`, slug));

const disagreements = (story: StoryAnalysis) => story.facts.filter((fact) => fact.disagreement);
const noteOf = (story: StoryAnalysis, pattern: RegExp): string | undefined =>
  disagreements(story).find((fact) => pattern.test(fact.note ?? ''))?.note;

const JUNK = [
  /Skip to (?:main )?content/u,
  /\bcookies?\b/iu,
  /Sign in \| Subscribe/u,
  /All rights reserved/u,
  /Terms of Use/u,
  /â€/u,
  /\r/u,
  /^\|.*\|$/mu,
  /Share on Facebook/u,
  /Most Read/u,
];

describe('a US company story nobody wrote rules for (solvane-chip-layoffs)', async () => {
  const story = await analyse('solvane-chip-layoffs');

  it('removes the page junk and finds each headline and date the pages show', () => {
    for (const version of story.versions) for (const junk of JUNK) expect(version.text, `${version.id}: ${junk}`).not.toMatch(junk);
    const kazn = story.versions.find((version) => version.id === 'kazn12')!;
    expect(kazn.title).toMatch(/^'It's like the floor fell out'/u);
    expect(kazn.published).toBe('2026-10-05');
    expect(story.versions.filter((version) => version.title !== undefined)).toHaveLength(story.versions.length);
  });

  it('flags the planted disagreements: a loss, a vote, a closing date, a misspelt name, a reworded quote', () => {
    // The note names one pair of versions, in either order.
    expect(noteOf(story, /\$3\.2 billion.*\$2\.3 billion|\$2\.3 billion.*\$3\.2 billion/u)).toBeDefined();
    expect(noteOf(story, /7-2.*6-3/u)).toBeDefined();
    expect(noteOf(story, /Jan\. 5.*Jan\. 15/u)).toBeDefined();
    expect(noteOf(story, /whitfield.*whitefield/iu)).toBeDefined();
    expect(disagreements(story).some((fact) => fact.kind === 'quote')).toBe(true);
  });

  it('flags little else (hedges, house-style titles, split quotes and dropped clauses are not disagreements)', () => {
    expect(disagreements(story).length).toBeLessThanOrEqual(8);
  });
});

describe('a UK factory fire nobody wrote rules for (leeds-plastics-factory-fire)', async () => {
  const story = await analyse('leeds-plastics-factory-fire');

  it('repairs the garbled quotes and removes the page junk', () => {
    for (const version of story.versions) for (const junk of JUNK) expect(version.text, `${version.id}: ${junk}`).not.toMatch(junk);
    expect(story.versions.map((version) => version.title)).not.toContain('THE DAILY LEDGER');
  });

  it('flags the planted disagreements: a death toll, a quote given to another speaker, the day of the fire', () => {
    expect(noteOf(story, /Twelve.*Fourteen/u)).toBeDefined();
    expect(noteOf(story, /attributed to Sarah Okafor .* and to James Lewthwaite/u)).toBeDefined();
    expect(disagreements(story).find((fact) => fact.kind === 'date')?.note).toMatch(/Monday, March 2/u);
  });

  it('does not flag hedge synonyms or a dateline', () => {
    expect(noteOf(story, /about 240.*around 240|nearly five.*almost five/u)).toBeUndefined();
    expect(disagreements(story).length).toBeLessThanOrEqual(6);
  });
});
