import { describe, expect, it } from 'vitest';
import { inHeadlineTense, tellsOfThePast } from './past-tense.ts';

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
        // A compound adjective and a name are no past: `ill-starred`, `the United Shipping Board`, `Mahmed`.
        'A diver searches the hull of the ill-starred ferry for the United Shipping Board.',
        'Skipper Tomas Mahmed waves from the quay.',
      ].map(tellsOfThePast),
    ).toEqual([false, false, false, false, false, false]);
  });
  it('hears a verb with a prefix before a hyphen as a verb (review finding 4)', () => {
    expect(
      [
        'The quay re-opened on May 4, 2019.',
        'The council re-elected its leader in Glenmoor.',
        'The firm co-founded a trust for the harbour.',
        'Two skippers mis-reported the tide.',
      ].map(tellsOfThePast),
    ).toEqual([true, true, true, true]);
    expect(['The quay re-opened on Monday, the board said', 'A well-liked skipper waves from the quay.'].map(inHeadlineTense)).toEqual([
      false,
      true,
    ]);
  });
  it('hears a past form opening a sentence, capitalised', () => {
    expect(['Stranded travellers waited on the quay.', 'The quay shut. Stranded travellers waited.'].map(tellsOfThePast)).toEqual([
      true,
      true,
    ]);
  });
});

describe('inHeadlineTense', () => {
  it('hears a headline in the present or the perfect, passive perfect included', () => {
    expect(
      [
        'What the verdict means for the ferries',
        'Skipper has been found guilty of neglect',
        'Glenmoor councillors have approved the new quay',
        'Crews are pictured on the quay at dawn',
      ].map(inHeadlineTense),
    ).toEqual([true, true, true, true]);
  });
  it('hears a report in the past, even beside a perfect', () => {
    expect(
      [
        'The skipper was found guilty of neglect on Monday',
        'The ferry sank within minutes of leaving port',
        'The council has approved the quay, the mayor said',
      ].map(inHeadlineTense),
    ).toEqual([false, false, false]);
  });
});
