import { describe, expect, it } from 'vitest';
import { StoryInputError } from '../errors.ts';
import { ingestStory } from './index.ts';
import type { StoryInput } from '../types.ts';

const encoder = new TextEncoder();

function story(manifestText: string, files: Record<string, string | Uint8Array>): StoryInput {
  const bytes: Record<string, Uint8Array> = {};
  for (const [name, content] of Object.entries(files)) bytes[name] = typeof content === 'string' ? encoder.encode(content) : content;
  return { slug: 'demo', dir: 'content/stories/demo', manifestText, files: bytes };
}

const goodManifest = `title: Demo story
versions:
  - id: first
    file: a.txt
    outlet: First Outlet
  - id: second
    file: b.md
    outlet: Second Outlet
    published: 2025-05-04
`;

function failure(input: StoryInput): StoryInputError {
  try {
    ingestStory(input);
  } catch (error) {
    if (error instanceof StoryInputError) return error;
    throw error;
  }
  throw new Error('expected ingestStory to throw');
}

describe('ingestStory', () => {
  it('reads a valid story', () => {
    const result = ingestStory(story(goodManifest, { 'a.txt': 'One sentence.', 'b.md': '# Title\n\nBody text.' }));
    expect(result.manifest.title).toBe('Demo story');
    expect(result.versions.map((version) => [version.manifest.id, version.format])).toEqual([['first', 'txt'], ['second', 'md']]);
    expect(result.versions[1]!.title).toBe('Title');
    expect(result.versions[1]!.source.text).toBe('Body text.');
  });

  it('ignores hidden files such as .DS_Store', () => {
    const result = ingestStory(story(goodManifest, { 'a.txt': 'x.', 'b.md': 'y.', '.DS_Store': new Uint8Array([0, 1, 2]) }));
    expect(result.versions).toHaveLength(2);
  });
});

describe('bad input stops with a message naming story, file, field and line', () => {
  const files = { 'a.txt': 'One sentence.', 'b.md': 'Body.' };

  it('invalid YAML', () => {
    const error = failure(story('title: [unclosed\nversions:\n  - id: a\n', files));
    expect(error.message).toMatch(/^content\/stories\/demo\/story\.yaml:2 invalid YAML: Flow sequence/);
  });

  it('a missing field', () => {
    const error = failure(story(goodManifest.replace('    outlet: Second Outlet\n', ''), files));
    expect(error.location).toMatchObject({ file: 'story.yaml', field: 'versions[1].outlet', line: 6 });
    expect(error.message).toBe('content/stories/demo/story.yaml:6 versions[1].outlet: is required');
  });

  it('a wrong-typed field', () => {
    const error = failure(story(goodManifest.replace('outlet: First Outlet', 'outlet: [1, 2]'), files));
    expect(error.message).toBe('content/stories/demo/story.yaml:5 versions[0].outlet: expected string, got a list');
  });

  it('a date that is not ISO', () => {
    const error = failure(story(goodManifest.replace('2025-05-04', 'May 4, 2025'), files));
    expect(error.location).toMatchObject({ field: 'versions[1].published', line: 9 });
    expect(error.message).toContain('expected an ISO date');
  });

  it('an unknown field (a typo)', () => {
    const error = failure(story(goodManifest.replace('    outlet: First Outlet\n', '    outlet: First Outlet\n    outler: typo\n'), files));
    expect(error.message).toBe('content/stories/demo/story.yaml:3 versions[0]: unknown field "outler"');
  });

  it('an id that is not URL-safe, and one that is a page name', () => {
    expect(failure(story(goodManifest.replace('id: first', 'id: First One'), files)).message).toMatch(/story\.yaml:3 versions\[0\]\.id: use lower-case letters/);
    expect(failure(story(goodManifest.replace('id: first', 'id: compare'), files)).message).toMatch(/versions\[0\]\.id: "compare" is the name of a page/);
  });

  it('a duplicate id', () => {
    const error = failure(story(goodManifest.replace('id: second', 'id: first'), files));
    expect(error.message).toBe('content/stories/demo/story.yaml:6 versions[1].id: duplicate id "first" — versions[0] already uses it');
  });

  it('a listed file that is missing', () => {
    const error = failure(story(goodManifest, { 'a.txt': 'One.' }));
    expect(error.message).toBe('content/stories/demo/story.yaml versions[1].file: lists "b.md", which is not in the story folder');
  });

  it('a file in the folder that is not listed', () => {
    const error = failure(story(goodManifest, { ...files, 'c.txt': 'Stray.' }));
    expect(error.message).toMatch(/^content\/stories\/demo\/c\.txt is in the story folder but not listed in story\.yaml/);
  });

  it('an empty file', () => {
    expect(failure(story(goodManifest, { ...files, 'a.txt': '' })).message).toMatch(/^content\/stories\/demo\/a\.txt the file is empty/);
    expect(failure(story(goodManifest, { ...files, 'a.txt': ' \n\t\n' })).message).toMatch(/^content\/stories\/demo\/a\.txt the file holds only whitespace/);
  });

  it('a file over the 1 MB a version may be, naming the line that crosses the limit', () => {
    const line = `${'word '.repeat(19)}word\n`;
    const text = line.repeat(Math.ceil(1_000_001 / line.length));
    const error = failure(story(goodManifest, { ...files, 'a.txt': text }));
    expect(error.message).toBe(
      `content/stories/demo/a.txt:${Math.floor(1_000_000 / line.length) + 1} the file is ${text.length.toLocaleString('en-US')} bytes; a version may be at most 1,000,000 bytes (1 MB), and this line crosses the limit — is it one article? Keep only the article text, or split a long document into several stories`,
    );
    expect(() => ingestStory(story(goodManifest, { ...files, 'a.txt': text.slice(0, 1_000_000) }))).not.toThrow();
  });

  it('a binary file', () => {
    const error = failure(story(goodManifest, { ...files, 'a.txt': new Uint8Array([0x47, 0x0a, 0x49, 0x00, 0x46]) }));
    expect(error.message).toMatch(/^content\/stories\/demo\/a\.txt:2 binary data \(a NUL byte at byte 3\)/);
  });

  it('a file that is not UTF-8', () => {
    const latin1 = new Uint8Array([...encoder.encode('Caf'), 0xe9, 0x0a, ...encoder.encode('ok')]);
    const error = failure(story(goodManifest, { ...files, 'a.txt': latin1 }));
    expect(error.message).toMatch(/^content\/stories\/demo\/a\.txt:1 not valid UTF-8 \(byte 3 is 0xe9\)/);
  });

  it('an unsupported extension', () => {
    const error = failure(story(goodManifest.replace('file: a.txt', 'file: a.docx'), { 'a.docx': 'x', 'b.md': 'y' }));
    expect(error.message).toBe('content/stories/demo/story.yaml:4 versions[0].file: unsupported extension: use .txt or .md');
  });

  it('a story without versions', () => {
    const error = failure(story('title: Empty\nversions: []\n', {}));
    expect(error.message).toBe('content/stories/demo/story.yaml:2 versions: a story needs at least one version');
  });
});
