import { describe, expect, it } from 'vitest';
import { flags } from '../../../../tests/fixtures/facts/flag-story.ts';

const values = (a: string, b: string) =>
  flags(a, b)
    .filter((fact) => fact.kind === 'number')
    .map((fact) => [fact.confidence, fact.evidence?.values]);

// A clock time is a date, not figures: `2:15 am` gives no 2 that would answer `about two hours` (value.ts otherFigures
// reads extract.ts sentenceFigures, the figures outside the sentence's dates).
describe('figures beside a clock time', () => {
  it('compares two stretches of time when a sentence also names a clock time', () => {
    expect(
      values(
        'Tarlow control lost contact with the jet at 2:15 a.m. local time, about 2½ hours after it took off, the operator said.',
        'The operator said the jet went silent at 2:15 am local time, about two hours after leaving Tarlow airport.',
      ),
    ).toEqual([['likely', ['about 2½', 'about two']]]);
  });

  it('still reads a figure the other sentence gives elsewhere as its counterpart', () => {
    expect(
      values(
        'The ferry waited two hours at Tarlow and then sailed for six hours to Orla.',
        'The ferry waited two hours at Tarlow before sailing to Orla.',
      ),
    ).toEqual([]);
  });
});
