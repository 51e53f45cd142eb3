import { describe, expect, it } from 'vitest';
import { flags } from '../../../../tests/fixtures/facts/flag-story.ts';

// `by` before a figure makes it a change or a margin only behind a verb of change (language/change-words.ts).
describe('a figure after a passive `by` is a level', () => {
  it('compares the agent of a passive with a count given plainly', () => {
    const march = flags(
      'About 2,500 people joined the march through Tarrow on Saturday, organisers said.',
      'The march through Tarrow was joined by 3,200 people on Saturday, organisers said.',
    );
    expect(march.map((fact) => [fact.kind, fact.evidence?.rule, fact.evidence?.values])).toEqual([
      ['number', 'value', ['About 2,500', '3,200']],
    ]);
    const bus = flags(
      'The coach was carrying 41 pupils when it left the road near Kestrel Sound.',
      'The coach, boarded by 44 pupils, left the road near Kestrel Sound.',
    );
    expect(bus.map((fact) => [fact.kind, fact.evidence?.rule, fact.evidence?.values])).toEqual([['number', 'value', ['41', '44']]]);
  });

  it('still reads `by` behind a verb of change as a margin, up to six words after the verb', () => {
    expect(flags('Orla Venn won 5,200 votes in the ward.', 'Orla Venn won the ward by 600 votes.')).toEqual([]);
    expect(
      flags('Brannock Mills employs 900 workers in the valley.', 'Brannock Mills cut its staff by 120 workers in the valley.'),
    ).toEqual([]);
  });
});
