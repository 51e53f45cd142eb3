// The labels that open a live page's later entries (issue 13, sample I): time labels and the entries' own datelines.
import { describe, expect, it } from 'vitest';
import { removals } from '../../../../tests/support/sift-removals.ts';
import { entryLabel } from './entry-labels.ts';

describe('the label opening a live page’s entry', () => {
  it('is a clock time, its zone and weekday, before a colon', () => {
    expect(entryLabel('11:30 p.m. MDT Sunday: Crews reached the far bank of the Tarn.')?.length).toBe('11:30 p.m. MDT Sunday:'.length);
    expect(entryLabel('9 a.m.: The ferry board met again.')?.length).toBe('9 a.m.:'.length);
    expect(entryLabel('21:40: Power returned to Glenmoor.')?.length).toBe('21:40:'.length);
    expect(entryLabel('10:15 a.m. ET, Friday: Crews reached the far bank.')?.length).toBe('10:15 a.m. ET, Friday:'.length);
  });
  it('is a time after a live page’s word for an update', () => {
    expect(entryLabel('Update 4:20 p.m.: The board confirmed the closure.')?.length).toBe('Update 4:20 p.m.:'.length);
    expect(entryLabel('UPDATED at 9 a.m.: Crews reached the far bank.')?.length).toBe('UPDATED at 9 a.m.:'.length);
    expect(entryLabel('Update: The board confirmed the closure.')).toBeUndefined();
  });
  it('never before an entry in lower case, nor with a word that is no zone', () => {
    expect(entryLabel('9 a.m.: the ferry board met again.')).toBeUndefined();
    expect(entryLabel('11:30 p.m. Late: Crews reached the far bank.')).toBeUndefined();
  });
  it('is an entry’s own wire dateline naming its agency', () => {
    expect(entryLabel('TARNBY (Coastline Press) — Crews reached the far bank.')).toEqual({
      length: 'TARNBY (Coastline Press) —'.length,
      reason: 'dateline',
      signal: 'opens a later entry: a place and its agency before a dash',
    });
  });
  it('is never a time inside a sentence, a label-shaped opening or a place alone', () => {
    expect(entryLabel('At 11:30 p.m. crews reached the far bank.')).toBeUndefined();
    expect(entryLabel('11:30 p.m. was when crews reached the far bank.')).toBeUndefined();
    expect(entryLabel('Note: The ferry board met again.')).toBeUndefined();
    expect(entryLabel('TARNBY — Crews reached the far bank.')).toBeUndefined();
  });
});

describe('a live page with entries below its lede', () => {
  const wire = [
    'TARNBY (Coastline Press) — The river Tarn burst its banks on Sunday evening, flooding 300 homes in Tarnby.',
    'Crews reached the far bank of the river before midnight and began pumping out the lower town.',
    'Power returned to most of Glenmoor by Monday morning, the grid operator said.',
  ].join('\n');
  const live = [
    'TARNBY (Coastline Press) — The river Tarn burst its banks on Sunday evening and flooded some 300 homes, officials said.',
    '11:30 p.m. MDT Sunday: Crews reached the far bank of the river before midnight to pump out the lower town.',
    'GLENMOOR (Coastline Press) — Power came back to most of Glenmoor by Monday morning, the grid operator said.',
  ].join('\n');
  // The lede opens with its dateline; a page whose lede has none takes the first entry's dateline below it for the
  // article's (README, Known gaps).
  it('loses each entry’s label and keeps its words', () => {
    expect(removals(wire, live)[1]).toEqual([
      ['dateline', 'TARNBY (Coastline Press) —'],
      ['time label of a live page’s entry', '11:30 p.m. MDT Sunday:'],
      ['dateline', 'GLENMOOR (Coastline Press) —'],
    ]);
  });
});
