import { describe, expect, it } from 'vitest';
import { quantize, vectorTable } from '../embed/index.ts';
import { segmentVersion } from '../segment/index.ts';
import { mapOriginal } from '../text/mapped-text.ts';
import { sentenceRefs } from '../../../tests/fixtures/align/build-sentences.ts';
import { alignStory, rarityScorer, semanticScorer } from './index.ts';
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

  it('keeps 0.6 of the word evidence of a pair whose meanings are far apart, more as the cosine nears 0.8', () => {
    const left = version('left', 'The Corvale dredging inquiry heard from the harbour pilots.');
    const right = version('right', 'Harbour pilots gave evidence to the Corvale dredging inquiry.');
    const linkScore = (vectors?: ReturnType<typeof vectorTable>): number => alignStory([left, right], { vectors })[0]!.links[0]!.score;
    const at = (x: number, y: number): number =>
      linkScore(
        vectorTable('test', [
          [left.sentences[0]!.text, quantize([1, 0])],
          [right.sentences[0]!.text, quantize([x, y])],
        ]),
      );
    const words = linkScore();
    expect(words).toBe(0.57);
    // Cosine 0 (at most 0.4): 0.6 of the words; cosine 0.6, halfway up the ramp from 0.4 to 0.8: 0.8 of them.
    expect(at(0, 1)).toBe(0.342);
    expect(at(0.6, 0.8)).toBeCloseTo(0.456, 2);
  });

  it('discounts a pair that shares only names unless the meanings are close', () => {
    const warned = version('warned', 'On Monday, Ines Tolo warned of long delays at the quay.');
    const opened = version('opened', 'Later, Ines Tolo opened a new ferry terminal.');
    const refs = sentenceRefs([warned, opened]);
    const pairAt = (x: number, y: number) =>
      semanticScorer(
        rarityScorer(),
        vectorTable('test', [
          [warned.sentences[0]!.text, quantize([1, 0])],
          [opened.sentences[0]!.text, quantize([x, y])],
        ]),
      ).score(refs, 1000).pairs[0]!;
    const words = rarityScorer().score(refs, 1000).pairs[0]!;
    expect(words.namesOnly).toBe(true);
    expect(words.link.evidence).toEqual(['shared names: ines, tolo']);
    // Cosine 0: 0.6 of the words (the gate's floor), and 0.6 of that for names alone.
    const apart = pairAt(0, 1);
    expect(apart.link.score).toBeCloseTo(0.36 * words.link.score, 2);
    expect(apart.link.evidence).toContain('names only, meanings apart');
    // Cosine 0.8: close meanings, the names count in full.
    expect(pairAt(0.8, 0.6).link.evidence).not.toContain('names only, meanings apart');
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
