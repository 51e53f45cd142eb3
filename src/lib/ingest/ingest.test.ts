import { describe, expect, it } from 'vitest';
import { StoryInputError } from '../errors.ts';
import { ingestStory, suggestField } from './index.ts';
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
    expect(result.versions.map((version) => [version.manifest.id, version.format])).toEqual([
      ['first', 'txt'],
      ['second', 'md'],
    ]);
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

  it('an unknown field (a typo), at the line of the field itself, with the field it most likely meant', () => {
    const error = failure(story(goodManifest.replace('    outlet: First Outlet\n', '    outlet: First Outlet\n    outler: typo\n'), files));
    expect(error.location).toMatchObject({ file: 'story.yaml', field: 'versions[0].outler', line: 6 });
    expect(error.message).toBe('content/stories/demo/story.yaml:6 versions[0].outler: unknown field — did you mean "outlet"?');
  });

  it('an id that is not URL-safe, and one that is a page name', () => {
    expect(failure(story(goodManifest.replace('id: first', 'id: First One'), files)).message).toMatch(
      /story\.yaml:3 versions\[0\]\.id: use lower-case letters/,
    );
    expect(failure(story(goodManifest.replace('id: first', 'id: compare'), files)).message).toMatch(
      /versions\[0\]\.id: "compare" is the name of a page/,
    );
  });

  it('a duplicate id', () => {
    const error = failure(story(goodManifest.replace('id: second', 'id: first'), files));
    expect(error.message).toBe('content/stories/demo/story.yaml:6 versions[1].id: duplicate id "first" — versions[0] already uses it');
  });

  it('a listed file that is missing, at the line of its file: field', () => {
    const error = failure(story(goodManifest, { 'a.txt': 'One.' }));
    expect(error.location).toMatchObject({ file: 'story.yaml', field: 'versions[1].file', line: 7 });
    expect(error.message).toBe('content/stories/demo/story.yaml:7 versions[1].file: lists "b.md", which is not in the story folder');
  });

  it('a file in the folder that is not listed', () => {
    const error = failure(story(goodManifest, { ...files, 'c.txt': 'Stray.' }));
    expect(error.message).toMatch(/^content\/stories\/demo\/c\.txt is in the story folder but not listed in story\.yaml/);
  });

  it('an empty file', () => {
    expect(failure(story(goodManifest, { ...files, 'a.txt': '' })).message).toMatch(/^content\/stories\/demo\/a\.txt the file is empty/);
    expect(failure(story(goodManifest, { ...files, 'a.txt': ' \n\t\n' })).message).toMatch(
      /^content\/stories\/demo\/a\.txt the file holds only whitespace/,
    );
  });

  it('a file over the 1 MB a version may be, naming the line that crosses the limit', () => {
    const line = `${'word '.repeat(19)}word\n`;
    const text = line.repeat(Math.ceil(1_000_001 / line.length));
    const error = failure(story(goodManifest, { ...files, 'a.txt': text }));
    expect(error.message).toBe(
      `content/stories/demo/a.txt:${Math.floor(1_000_000 / line.length) + 1} the file is ${text.length.toLocaleString('en-US')} bytes; ` +
        'a version may be at most 1,000,000 bytes (1 MB), and this line crosses the limit — ' +
        'is it one article? Keep only the article text, or split a long document into several stories',
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
    expect(error.message).toBe('content/stories/demo/story.yaml:4 versions[0].file: unsupported extension: use .txt, .md, .html or .htm');
  });

  it('a story without versions', () => {
    const error = failure(story('title: Empty\nversions: []\n', {}));
    expect(error.message).toBe('content/stories/demo/story.yaml:2 versions: a story needs at least one version');
  });
});

describe('every problem at once, each at its own line and field', () => {
  const files = { 'a.txt': 'One sentence.', 'b.md': 'Body.' };

  it('a file renamed on one side only: both problems in one error, and "did you rename"', () => {
    const error = failure(story(goodManifest.replace('file: b.md', 'file: b-v2.md'), files));
    expect(error.message).toBe(
      [
        'content/stories/demo has 2 problems:',
        '  content/stories/demo/story.yaml:7 versions[1].file: lists "b-v2.md", which is not in the story folder',
        '  content/stories/demo/b.md is in the story folder but not listed in story.yaml',
        '  did you rename "b.md" to "b-v2.md"? Give the file and story.yaml versions[1].file the same name',
      ].join('\n'),
    );
    expect(error.problems.map((problem) => problem.location)).toEqual([
      { story: 'content/stories/demo', file: 'story.yaml', line: 7, field: 'versions[1].file' },
      { story: 'content/stories/demo', file: 'b.md' },
    ]);
  });

  it('two files missing and two unlisted: each named with its own advice, no rename guessed', () => {
    const error = failure(story(goodManifest.replace('file: a.txt', 'file: a2.txt').replace('file: b.md', 'file: b2.md'), { ...files }));
    expect(error.message).toBe(
      [
        'content/stories/demo has 4 problems:',
        '  content/stories/demo/story.yaml:4 versions[0].file: lists "a2.txt", which is not in the story folder',
        '  content/stories/demo/story.yaml:7 versions[1].file: lists "b2.md", which is not in the story folder',
        '  content/stories/demo/a.txt is in the story folder but not listed in story.yaml — ' +
          'add it under versions (with id, file: a.txt, outlet) or move it out of the folder',
        '  content/stories/demo/b.md is in the story folder but not listed in story.yaml — ' +
          'add it under versions (with id, file: b.md, outlet) or move it out of the folder',
      ].join('\n'),
    );
    expect(error.message).not.toContain('did you rename');
  });

  it('problems in several version files are reported together', () => {
    const error = failure(story(goodManifest, { 'a.txt': '', 'b.md': new Uint8Array([0x41, 0x00]) }));
    expect(error.message).toBe(
      [
        'content/stories/demo has 2 problems:',
        '  content/stories/demo/a.txt the file is empty — paste the article text into it or remove it from story.yaml',
        '  content/stories/demo/b.md:1 binary data (a NUL byte at byte 1) — ' +
          'versions must be plain text (.txt), Markdown (.md) or a saved web page (.html)',
      ].join('\n'),
    );
  });

  it('a typo for a required field: the unknown key at its own line with a suggestion, and the missing field', () => {
    const error = failure(story(goodManifest.replace('outlet: Second Outlet', 'outet: Second Outlet'), files));
    expect(error.message).toBe(
      [
        'content/stories/demo has 2 problems:',
        '  content/stories/demo/story.yaml:6 versions[1].outlet: is required',
        '  content/stories/demo/story.yaml:8 versions[1].outet: unknown field — did you mean "outlet"?',
      ].join('\n'),
    );
    expect(error.problems.map((problem) => [problem.location.line, problem.location.field])).toEqual([
      [6, 'versions[1].outlet'],
      [8, 'versions[1].outet'],
    ]);
  });

  it('an unknown optional field (notes) at its own line, suggesting note', () => {
    const error = failure(story(`${goodManifest}    notes: from the masthead\n`, files));
    expect(error.message).toBe('content/stories/demo/story.yaml:10 versions[1].notes: unknown field — did you mean "note"?');
  });

  it('an unknown field with an empty value, at the top level, and one with no near name', () => {
    expect(failure(story(goodManifest.replace('title: Demo story', 'title: Demo story\ntitel:'), files)).message).toBe(
      'content/stories/demo/story.yaml:2 titel: unknown field — did you mean "title"?',
    );
    expect(
      failure(story(goodManifest.replace('    outlet: First Outlet\n', '    outlet: First Outlet\n    colour: red\n'), files)).message,
    ).toBe(
      'content/stories/demo/story.yaml:6 versions[0].colour: unknown field — ' +
        'the fields here are id, file, outlet, published, url, byline, note',
    );
  });

  it('a date that is not a real day, and one that is not ISO, quoting the value', () => {
    const error = failure(story(goodManifest.replace('2025-05-04', '2026-02-30'), files));
    expect(error.location).toMatchObject({ file: 'story.yaml', field: 'versions[1].published', line: 9 });
    expect(error.message).toBe('content/stories/demo/story.yaml:9 versions[1].published: "2026-02-30" is not a real calendar date');
    expect(failure(story(goodManifest.replace('2025-05-04', 'May 4, 2025'), files)).message).toBe(
      'content/stories/demo/story.yaml:9 versions[1].published: expected an ISO date like 2025-05-04, not "May 4, 2025"',
    );
  });

  it('a duplicate id beside another problem in story.yaml: both, in line order', () => {
    const error = failure(story(goodManifest.replace('id: second', 'id: first').replace('2025-05-04', '2025-13-01'), files));
    expect(error.message).toBe(
      [
        'content/stories/demo has 2 problems:',
        '  content/stories/demo/story.yaml:6 versions[1].id: duplicate id "first" — versions[0] already uses it',
        '  content/stories/demo/story.yaml:9 versions[1].published: "2025-13-01" is not a real calendar date',
      ].join('\n'),
    );
  });

  it('a combined error reads the same when rebuilt from location, problem and hint (as after a worker thread)', () => {
    const error = failure(story(goodManifest.replace('file: b.md', 'file: b-v2.md'), files));
    expect(new StoryInputError(error.location, error.problem, error.hint).message).toBe(error.message);
  });
});

describe('suggestField', () => {
  const fields = ['id', 'file', 'outlet', 'published', 'url', 'byline', 'note'];
  it.each([
    ['outet', 'outlet'],
    ['outler', 'outlet'],
    ['Outlet', 'outlet'],
    ['notes', 'note'],
    ['ulr', 'url'],
    ['publshed', 'published'],
    ['pubilshed', 'published'],
    ['files', 'file'],
    ['date', 'published'],
    ['author', 'byline'],
  ])('%s → %s', (key, expected) => expect(suggestField(key, fields)).toBe(expected));

  it('suggests nothing for a name that is not close', () => {
    expect(suggestField('colour', fields)).toBeUndefined();
    expect(suggestField('x', fields)).toBeUndefined();
  });

  it('prefers a field the mapping does not have yet', () => {
    expect(suggestField('fil', ['file', 'fit'], new Set(['file']))).toBe('fit');
    expect(suggestField('fil', ['file', 'fit'])).toBe('file');
  });
});
