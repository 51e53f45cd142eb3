import { describe, expect, it } from 'vitest';
import { formatMisses } from '../../eval/misses.ts';
import { scoreFolder } from '../../eval/score-folder.ts';

// An invented story whose labels plant one must-see disagreement lost at each stage a flag needs, two found
// (14 / 17 vessels, 3 / 3.4 metres) and one flag the labels leave out (20% / 21 percent).
const scored = await scoreFolder('tests/fixtures/eval/tarnwick-terminal-flood', 'tests/fixtures/eval');
const misses = scored.misses!;

describe('eval --misses: why each must-see disagreement was missed', () => {
  it('lists exactly the must-see disagreements the score counts as missed', () => {
    const { hit, of } = scored.score.disagreements.mustSeeFound;
    expect([hit, of]).toEqual([2, 6]);
    expect(misses.missed.map((m) => [m.index, m.cause])).toEqual([
      [3, 'not-extracted'],
      [4, 'grouped-apart'],
      [5, 'not-linked'],
      [6, 'no-rule-fired'],
    ]);
  });
  it('a duration in words no fact mention covers: not extracted, though its sentences are aligned', () => {
    const m = misses.missed.find((d) => d.index === 3)!;
    expect(m.aligned).toBe(true);
    expect(m.sides.map((s) => [s.version, s.text, s.sentence, s.facts])).toEqual([
      ['wire', 'a half-hour', 'wire/s-3', []],
      ['daily', '50 minutes', 'daily/s-3', ['number-50-minutes']],
    ]);
  });
  it('two counts of different people in aligned sentences: grouped into two facts', () => {
    const m = misses.missed.find((d) => d.index === 4)!;
    expect([m.kind, m.slot, m.aligned, m.similarity]).toEqual(['value', 'people taken to the clinic', true, 0.58]);
    expect(m.sides.map((s) => s.facts)).toEqual([['number-six-passengers'], ['number-nine-crew-members']]);
  });
  it('two figures in sentences the aligner left apart: not linked, with their word overlap', () => {
    const m = misses.missed.find((d) => d.index === 5)!;
    expect([m.aligned, m.similarity]).toEqual([false, 0]);
    expect(m.sides.map((s) => [s.sentence, s.facts])).toEqual([
      ['wire/s-6', ['number-about-900-crossings']],
      ['daily/s-6', ['number-1-200-boats-weekly']],
    ]);
  });
  it('one quotation given to two speakers: one fact holds both and no rule fired', () => {
    const m = misses.missed.find((d) => d.index === 6)!;
    expect([m.kind, m.aligned]).toEqual(['attribution', true]);
    expect(m.sides.map((s) => s.facts)).toEqual([
      ['quote-the-water-came-faster-than-any', 'person-ilse-verrant'],
      ['quote-the-water-came-faster-than-any', 'person-tomas-brekke'],
    ]);
  });
  it('a flag no labelled disagreement stands for: its rule, versions and values', () => {
    expect(misses.wrongFlags).toEqual([
      {
        fact: 'number-20-last-winter',
        kind: 'number',
        confidence: 'likely',
        rule: 'value',
        slot: 'last winter',
        versions: ['daily', 'wire'],
        values: ['21 percent', '20%'],
        link: 0.56,
        note: 'different figures: “21 percent” (daily) vs “20%” (wire)',
        touches: [],
      },
    ]);
  });
  it('prints each miss with its cause and similarity, each wrong flag, and the count by cause', () => {
    const text = formatMisses([scored]);
    expect(text).toContain('  MISSED #5 value "crossings a week": not-linked (not aligned, similarity 0.00)');
    expect(text).toContain('    wire "a half-hour" at "a half-hour" in wire/s-3: no fact');
    expect(text).toContain('  wrong flag value likely slot "last winter": "21 percent" (daily) vs "20%" (wire) link 0.56');
    expect(text).toContain('missed must-see by cause: not-extracted 1, not-linked 1, grouped-apart 1, no-rule-fired 1; wrong flags 1');
  });
});
