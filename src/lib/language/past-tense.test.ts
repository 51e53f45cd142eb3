import { describe, expect, it } from 'vitest';
import { tellsOfThePast } from './past-tense.ts';

describe('tellsOfThePast', () => {
  it('hears a report in the past or perfect, regular or irregular', () => {
    expect(
      [
        'The board halted the crossings on Monday.',
        'The ferry sank within minutes.',
        'The mayor has been questioned by police.',
        'Divers were searching the hull.',
        'Harbour master Ilse Brandt said repairs would take months.',
      ].map(tellsOfThePast),
    ).toEqual([true, true, true, true, true]);
  });
  it('hears a caption or headline in the present, passive included', () => {
    expect(
      [
        'Harbour master Ilse Brandt celebrates the reopening of the quay.',
        'The skipper is led to a waiting car outside the court.',
        'Crews are pictured on the quay at dawn.',
        'Glenmoor ferry back in service',
      ].map(tellsOfThePast),
    ).toEqual([false, false, false, false]);
  });
});
