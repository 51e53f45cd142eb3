import { describe, expect, it } from 'vitest';
import { flags } from '../../../../tests/fixtures/facts/flag-story.ts';

const values = (a: string, b: string) => flags(a, b).map((fact) => [fact.kind, fact.evidence?.values, fact.confidence]);

describe('a date of a saying', () => {
  it('is not compared with the date of the event the sentence tells of', () => {
    expect(
      values(
        'The blast at the Orvik depot injured 40 workers on Tuesday and wrecked the harbour front.',
        'The blast at the Orvik depot injured 40 workers and wrecked the harbour front, the county fire service said Wednesday.',
      ),
    ).toEqual([]);
    expect(
      values(
        'Storm Ilse came ashore near Port Velden about 10 p.m. Friday with winds of 120 mph.',
        'Storm Ilse came ashore near Port Velden, the weather office said at 11 p.m. Friday.',
      ),
    ).toEqual([]);
  });

  it('is compared with another date of a saying, and a capitalised word or a noun is no speech verb', () => {
    expect(
      values(
        'The blast at the Orvik depot injured 40 workers, the county fire service said Tuesday.',
        'The blast at the Orvik depot injured 40 workers, the county fire service said Wednesday.',
      ),
    ).toEqual([['date', ['Tuesday', 'Wednesday'], 'likely']]);
    expect(
      values(
        'It was the first storm to reach the Tarn States since Storm Bera in 2004.',
        'It was the first storm to reach the Tarn coast since Storm Cole in 1961.',
      ),
    ).toEqual([['date', ['in 2004', 'in 1961'], 'likely']]);
  });

  it('reads a date before its speech verb as the saying’s too (review finding 12), never a date of the event before a comma', () => {
    expect(
      values(
        'Tarnco said Thursday it would cut 600 jobs at its Orvik mill.',
        'Tarnco on Wednesday said it would cut 600 jobs at its Orvik mill.',
      ),
    ).toEqual([['date', ['Thursday', 'on Wednesday'], 'likely']]);
    expect(
      values(
        'Tarnco announced Thursday that it would cut 600 jobs at its Orvik mill.',
        'On Wednesday, Tarnco announced that it would cut 600 jobs at its Orvik mill.',
      ),
    ).toEqual([['date', ['Thursday', 'On Wednesday'], 'likely']]);
    expect(
      values(
        'The blast at the Orvik depot injured 40 workers on Tuesday, the county fire service said.',
        'The blast at the Orvik depot injured 40 workers, the county fire service said Wednesday.',
      ),
    ).toEqual([]);
  });
});
