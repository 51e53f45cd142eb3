import { describe, expect, it } from 'vitest';
import { flags } from '../../../../tests/fixtures/facts/flag-story.ts';

const values = (a: string, b: string, aligned?: number) =>
  flags(a, b, aligned)
    .filter((fact) => fact.kind === 'number')
    .map((fact) => [fact.confidence, fact.evidence?.values]);

// `the first time since 2008` says a thing happened again after a gap; it counts no times (compare/first-since.ts).
describe('first after a gap', () => {
  it('is never compared with a count of times', () => {
    expect(
      values(
        'For the first time since 2009, Vell Tarrant is an Orla Open champion.',
        'Vell Tarrant won the Orla Open for the fifth time, and first since 2004, on Sunday.',
        0,
      ),
    ).toEqual([]);
  });

  it('is never compared with a count of times, after a stretch too', () => {
    expect(
      values(
        'The council raised the levy on Tuesday for the first time in six years.',
        'The council raised the levy on Tuesday for the third time in a decade.',
      ),
    ).toEqual([]);
  });

  it('compares a first with a second when `in` names no stretch of time', () => {
    expect(
      values(
        'Mira Odell scored the first goal in the match against Haldane on Saturday.',
        'Mira Odell scored the second goal in the match against Haldane on Saturday.',
      ),
    ).toEqual([['likely', ['first', 'second']]]);
    expect(
      values(
        'Ines Brask became the first woman in the club to win its Corran cup.',
        'Ines Brask became the second woman in the club to win its Corran cup.',
      ),
    ).toEqual([['likely', ['first', 'second']]]);
  });

  it('still compares two counts of times', () => {
    expect(
      values(
        'Vell Tarrant won the Orla Open on Sunday for the fourth time in his long career.',
        'Vell Tarrant won the Orla Open on Sunday for the fifth time in his long career.',
      ),
    ).toEqual([['likely', ['fourth', 'fifth']]]);
  });

  it('gives a year the thing last happened, compared only with another such year', () => {
    const dates = (a: string, b: string) =>
      flags(a, b)
        .filter((fact) => fact.kind === 'date')
        .map((fact) => [fact.confidence, fact.evidence?.values]);
    expect(
      dates(
        'The Green Party won a seat in Orla, its first seat in the valley since 1999, and the party cheered.',
        'In 2017, the Green Party won a seat in Orla and the party cheered.',
      ),
    ).toEqual([]);
    expect(
      dates(
        'The Green Party won a seat in Orla, its first seat in the valley since 1999, and the party cheered.',
        'The Green Party won a seat in Orla, its first seat in the valley since 2005, and the party cheered.',
      ),
    ).toEqual([['likely', ['since 1999', 'since 2005']]]);
  });
});
