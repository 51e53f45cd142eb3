import { describe, expect, it } from 'vitest';
import { quantize, vectorTable } from '../embed/index.ts';
import { segmentVersion } from '../segment/index.ts';
import { mapOriginal } from '../text/mapped-text.ts';
import { alignStory } from './index.ts';
import { slotsConflict, slotsOf } from './slots.ts';

const version = (id: string, text: string) => ({ id, sentences: segmentVersion(mapOriginal(text), id).sentences });

// Prose written for this test. The vectors stand in for a model: close for the two tellings of
// the tower's fall, far for everything else.
const wire = version(
  'wire',
  'A thirty-storey tower came down in Corvale on Monday. The harbour authority opened an inquiry into the dredging works.',
);
const blog = version('blog', 'Residents watched the high-rise block collapse. Mayor Ines Tolo blamed the weather for the delays.');
const near = (seed: number) => quantize(Array.from({ length: 16 }, (_, i) => (i === 0 ? 10 : Math.sin(seed * (i + 1)))));
const far = (seed: number) => quantize(Array.from({ length: 16 }, (_, i) => (i === seed ? 10 : 0.1)));
const vectors = vectorTable('test', [
  [wire.sentences[0]!.text, near(1)],
  [blog.sentences[0]!.text, near(2)],
  [wire.sentences[1]!.text, far(5)],
  [blog.sentences[1]!.text, far(9)],
]);

describe('semantic evidence', () => {
  it('links a rewrite that shares no rare word when the meanings are close, and says so', () => {
    expect(alignStory([wire, blog]).some((group) => group.sentences.length > 1)).toBe(false);
    const groups = alignStory([wire, blog], { vectors });
    const joined = groups.find((group) => group.sentences.length === 2)!;
    expect(joined.sentences).toEqual(['blog/s-1', 'wire/s-1']);
    expect(joined.links[0]!.evidence.some((line) => /^similar meaning: 0\.9\d$/.test(line))).toBe(true);
    expect(groups).toHaveLength(3);
  });

  it('gives the same groups whatever the order of the versions', () => {
    expect(alignStory([blog, wire], { vectors })).toEqual(alignStory([wire, blog], { vectors }));
  });

  it('reads quantities and the things they count', () => {
    const slots = (text: string) => slotsOf(version('x', text).sentences[0]!);
    expect(slots('The blast killed six people and injured 26 others.')).toEqual([
      { value: '6', thing: 'kill' },
      { value: '26', thing: 'injur' },
    ]);
    // Different quantities of different things conflict; the same thing counted differently does not.
    expect(slotsConflict(slots('Police made 42 arrests.'), slots('Six people died.'))).toBe(true);
    expect(slotsConflict(slots('Seven people died.'), slots('Six people died.'))).toBe(false);
    expect(slotsConflict(slots('In 2024 the ferry sank.'), slots('Six people died.'))).toBe(false);
  });
});
