import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { otherLanguageStory } from '../../../tests/hostile/other-language-story.ts';
import { readStoryFolder } from '../../loader/read-story-folder.ts';
import { analyseStory } from '../analyse.ts';
import { exportFactsCsv, exportStory, exportStoryListing, SCHEMA_VERSION } from './index.ts';

const seedDir = path.resolve(import.meta.dirname, '../../../content/stories/rwanda-us-migrant-talks');
const input = await readStoryFolder(seedDir, 'content/stories/rwanda-us-migrant-talks', 'rwanda-us-migrant-talks');
const analysis = analyseStory(input);
const exported = exportStory(analysis);
const decoder = new TextDecoder();

describe('the JSON export of the seed story', () => {
  it('keeps the public field names of every stage', () => {
    expect(Object.keys(exported)).toEqual(
      expect.arrayContaining(['schemaVersion', 'slug', 'title', 'versions', 'alignment', 'pairs', 'facts', 'provenance']),
    );
    expect(exported.schemaVersion).toBe(SCHEMA_VERSION);
    expect(Object.keys(exported.versions[0]!)).toEqual(expect.arrayContaining(['id', 'outlet', 'file', 'text', 'removed', 'sentences']));
    expect(Object.keys(exported.versions[0]!.sentences[0]!)).toEqual(['id', 'text', 'start', 'end']);
    expect(Object.keys(exported.versions[0]!.removed[0]!)).toEqual(expect.arrayContaining(['text', 'reason', 'start', 'end']));
    expect(Object.keys(exported.pairs[0]!)).toEqual(
      expect.arrayContaining(['a', 'b', 'similarity', 'shared', 'changed', 'added', 'removed', 'moved']),
    );
    expect(Object.keys(exported.facts[0]!)).toEqual(
      expect.arrayContaining(['id', 'kind', 'label', 'mentions', 'variants', 'disagreement']),
    );
    expect(exported.versions.map((version) => version.id)).toEqual(['bbc', 'republisher', 'afp-based', 'blog', 'other-report']);
  });

  it('has no factsSkipped: the fact rules read every version, all in English', () => {
    expect('factsSkipped' in exported).toBe(false);
  });

  it('has every sentence id in exactly one alignment group', () => {
    const ids = exported.versions.flatMap((version) => version.sentences.map((sentence) => sentence.id));
    const grouped = exported.alignment.flatMap((group) => group.sentences);
    expect(grouped.sort()).toEqual([...ids].sort());
    expect(new Set(grouped).size).toBe(grouped.length);
  });

  it('has one pair per unordered pair of versions', () => {
    expect(exported.pairs).toHaveLength(10);
  });

  it('points every removed fragment and fact mention at its text in the original file', () => {
    for (const version of exported.versions) {
      const original = decoder.decode(input.files[version.file]!);
      for (const fragment of version.removed) expect(original.slice(fragment.start, fragment.end)).toBe(fragment.text);
    }
    for (const fact of exported.facts) {
      for (const mention of fact.mentions) {
        const version = exported.versions.find((candidate) => candidate.id === mention.version)!;
        expect(decoder.decode(input.files[version.file]!).slice(mention.start, mention.end)).toBe(mention.text);
      }
    }
  });

  it('takes the date line of the AFP-based capture as its published date', () => {
    expect(exported.versions.find((version) => version.id === 'afp-based')!.published).toBe('2025-05-05');
  });

  it('lists stories with their outlets', () => {
    expect(exportStoryListing([analysis]).stories[0]).toEqual({
      slug: 'rwanda-us-migrant-talks',
      title: 'Rwanda in talks with the US over taking in deported migrants',
      versions: 5,
      outlets: [
        'BBC News',
        'Republisher (Ghanaian news site)',
        'AFP-based report (outlet not named)',
        'Blog rewrite (site not named)',
        'Other report (cites Reuters and CNN)',
      ],
      url: '/api/stories/rwanda-us-migrant-talks.json',
    });
  });
});

describe('the fact CSV', () => {
  it('has one column per version and escapes quotes, commas and would-be formulas', () => {
    const csv = exportFactsCsv({
      ...analysis,
      facts: [
        {
          id: 'number-1',
          kind: 'number',
          label: '=HYPERLINK("x"), "quoted"',
          mentions: [],
          variants: [{ text: '-5, about', versions: ['bbc'] }],
          disagreement: false,
        },
      ],
    });
    const [header, row] = csv.split('\r\n');
    expect(header).toBe('id,kind,label,disagreement,bbc,republisher,afp-based,blog,other-report');
    expect(row).toBe(`number-1,number,"'=HYPERLINK(""x""), ""quoted""",no,"'-5, about",,,,`);
  });
});

describe('the JSON export of a story with a version in another language', () => {
  it('names the version the fact rules skipped, the reason and its English share', () => {
    const other = exportStory(analyseStory(otherLanguageStory()));
    expect(other.factsSkipped).toEqual([{ version: 'french', reason: 'language', englishShare: 0.07 }]);
    expect(other.facts.flatMap((fact) => fact.mentions.map((mention) => mention.version))).not.toContain('french');
  });
});
