import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { otherLanguageStory } from '../../../tests/hostile/other-language-story.ts';
import { readStoryFolder } from '../../loader/read-story-folder.ts';
import { analyseStory } from '../analyse.ts';
import { StoryInputError } from '../errors.ts';
import { FACT_KINDS } from '../facts/types.ts';
import type { StoryAnalysis } from '../story-analysis.ts';
import { exportJsonSchema, exportStory, exportStoryListing, exportedStoryListingSchema, exportedStorySchema } from './index.ts';

const root = path.resolve(import.meta.dirname, '../../..');

/** Every story folder (a folder holding a story.yaml) under `dir`, in path order. */
async function storyFolders(dir: string): Promise<string[]> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  if (entries.some((entry) => entry.isFile() && entry.name === 'story.yaml')) return [dir];
  const nested = await Promise.all(entries.filter((entry) => entry.isDirectory()).map((entry) => storyFolders(path.join(dir, entry.name))));
  return nested.flat().sort();
}

const candidates = [path.join(root, 'content/stories/rwanda-us-migrant-talks'), ...(await storyFolders(path.join(root, 'tests/fixtures')))];

// A folder the build refuses (a gold-label file beside the versions, say) has no export to validate.
const stories: { dir: string; analysis: StoryAnalysis }[] = [];
for (const folder of candidates) {
  const dir = path.relative(root, folder);
  try {
    stories.push({ dir, analysis: analyseStory(await readStoryFolder(folder, dir, path.basename(dir))) });
  } catch (error) {
    if (!(error instanceof StoryInputError)) throw error;
  }
}
const analyses = stories.map((story) => story.analysis);

describe('the export schema', () => {
  it('finds the seed story and the fixture stories', () => {
    const dirs = stories.map((story) => story.dir);
    expect(dirs).toContain('content/stories/rwanda-us-migrant-talks');
    expect(dirs).toContain('tests/fixtures/stories/leeds-plastics-factory-fire');
    expect(dirs).toContain('tests/fixtures/hostile-site/right-to-left');
    expect(dirs.length).toBeGreaterThanOrEqual(11);
  });

  // Parsing drops fields the schema does not know: an export equal to its parse has only documented fields.
  it.each(stories.map((story) => [story.dir, story.analysis] as const))(
    'validates the export of %s, every field documented',
    (_dir, analysis) => {
      const exported = JSON.parse(JSON.stringify(exportStory(analysis))) as unknown;
      expect(exportedStorySchema.parse(exported)).toEqual(exported);
    },
  );

  it('documents factsSkipped: kept for a version in another language, absent when every version is read', () => {
    const exported = JSON.parse(JSON.stringify(exportStory(analyseStory(otherLanguageStory())))) as unknown;
    const parsed = exportedStorySchema.parse(exported);
    expect(parsed).toEqual(exported);
    expect(parsed.factsSkipped).toEqual([{ version: 'french', reason: 'language', englishShare: 0.07 }]);
    const seed = stories.find((story) => story.dir === 'content/stories/rwanda-us-migrant-talks')!;
    expect(exportedStorySchema.parse(JSON.parse(JSON.stringify(exportStory(seed.analysis)))).factsSkipped).toBeUndefined();
  });

  it('validates the story listing', () => {
    const listing = JSON.parse(JSON.stringify(exportStoryListing(analyses))) as unknown;
    expect(exportedStoryListingSchema.parse(listing)).toEqual(listing);
  });

  it('rejects a fact of an unknown kind and a missing field', () => {
    const exported = exportStory(analyses[0]!);
    expect(exportedStorySchema.safeParse({ ...exported, facts: [{ ...exported.facts[0]!, kind: 'rumour' }] }).success).toBe(false);
    const { title: _title, ...untitled } = exported;
    expect(exportedStorySchema.safeParse(untitled).success).toBe(false);
  });

  it('exports dead-looking fields on purpose: roles of people, paraphrases of quotes', () => {
    const facts = exportStory(analyses[0]!).facts;
    expect(facts.find((fact) => fact.id === 'person-olivier-nduhungirehe')?.roles).toEqual([
      'Foreign Affairs Minister',
      'Foreign minister',
      'Rwandan Foreign Minister',
    ]);
    expect(
      facts.find((fact) => fact.id === 'quote-mass-deportations')?.paraphrases?.map((mention) => [mention.version, mention.text]),
    ).toEqual([
      ['afp-based', 'mass deportation'],
      ['blog', 'mass deportations'],
    ]);
  });

  it('is published as JSON Schema: either document, fact kinds as an enum, unknown fields allowed', () => {
    const schema = exportJsonSchema() as {
      $schema: string;
      anyOf: unknown[];
      $defs: Record<
        string,
        { properties: Record<string, { items?: { properties: Record<string, unknown> } }>; additionalProperties?: unknown }
      >;
    };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.anyOf).toEqual([{ $ref: '#/$defs/story' }, { $ref: '#/$defs/listing' }]);
    expect(schema.$defs['story']!.properties['facts']!.items!.properties['kind']).toEqual({ type: 'string', enum: [...FACT_KINDS] });
    expect(schema.$defs['story']!.additionalProperties).toBeUndefined();
    expect(Object.keys(schema.$defs['story']!.properties)).toEqual([
      'schemaVersion',
      'slug',
      'title',
      'versions',
      'alignment',
      'pairs',
      'provenance',
      'facts',
      'factsSkipped',
    ]);
  });
});
