import { describe, expect, it } from 'vitest';
import { flags, storyFacts } from '../../../../tests/fixtures/facts/flag-story.ts';
import { sentenceOf } from '../../../../tests/fixtures/facts/sentences.ts';
import type { Sentence } from '../../types.ts';
import { extractMentions } from '../extract/extract.ts';
import { storyContext } from '../story-context.ts';
import { zonesExplain } from './time-zone.ts';

const values = (a: string, b: string, aligned?: number) =>
  flags(a, b, aligned).map((fact) => [fact.kind, fact.evidence?.rule, fact.evidence?.values, fact.confidence]);

describe('a time or a day given in two zones', () => {
  it('is one moment when the zones convert one time to the other', () => {
    expect(
      values(
        'The storm came ashore near Port Velden at 9:00 p.m. CST Saturday, forecasters said.',
        'The storm came ashore near Port Velden at 10 p.m. ET Saturday, forecasters said.',
      ),
    ).toEqual([]);
  });

  it('names no conflict of days one apart when one clock is local time and the other GMT', () => {
    expect(
      values(
        'The charter flight vanished two hours after leaving Tarlow on Sunday local time, the operator said.',
        'The charter flight vanished two hours after leaving Tarlow (2130 GMT Saturday), the operator said.',
      ),
    ).toEqual([]);
  });

  it('flags days more than one apart whatever their zones', () => {
    expect(
      values(
        'The charter flight vanished two hours after leaving Tarlow on Saturday local time, the operator said.',
        'The charter flight vanished two hours after leaving Tarlow (1840 GMT Tuesday), the operator said.',
      ),
    ).toEqual([['date', 'value', ['on Saturday', 'Tuesday'], 'likely']]);
    expect(
      values(
        'The Orvik council voted on the levy on March 3 EST, its clerk said.',
        'The Orvik council voted on the levy on March 9 GMT, its clerk said.',
      ),
    ).toEqual([['date', 'value', ['on March 3', 'on March 9'], 'likely']]);
  });

  it('reads a time in local time against one in another zone as one moment only when they are whole hours apart', () => {
    expect(
      values(
        'The ferry left Marrow Quay at 10 a.m. local time on Friday, the harbour office said.',
        'The ferry left Marrow Quay at 3 p.m. GMT on Friday, the harbour office said.',
      ),
    ).toEqual([]);
    expect(
      values(
        'The ferry left Marrow Quay at 10:20 a.m. local time on Friday, the harbour office said.',
        'The ferry left Marrow Quay at 3 p.m. GMT on Friday, the harbour office said.',
      ),
    ).toEqual([['date', 'value', ['10:20 a.m.', '3 p.m.'], 'likely']]);
  });

  it('gives a time without a zone against one in a named zone whole hours apart a possible flag, never a likely one', () => {
    expect(
      values(
        'The storm came ashore near Port Velden at 9 p.m. Saturday, forecasters said.',
        'The storm came ashore near Port Velden at 10 p.m. ET Saturday, forecasters said.',
      ),
    ).toEqual([['date', 'value', ['9 p.m.', '10 p.m.'], 'possible']]);
    expect(
      values(
        'The Orvik exchange closed at 3 p.m. Tuesday after the outage, a spokesman said.',
        'The Orvik exchange closed at 9 p.m. GMT Tuesday after the outage, a spokesman said.',
      ),
    ).toEqual([['date', 'value', ['3 p.m.', '9 p.m.'], 'possible']]);
    expect(
      values(
        'The Orvik exchange reopened at 11 a.m. after the outage, a spokesman said.',
        'The Orvik exchange reopened at 11 p.m. GMT after the outage, a spokesman said.',
      ),
    ).toEqual([['date', 'value', ['11 a.m.', '11 p.m.'], 'possible']]);
    expect(
      values(
        'The storm came ashore near Port Velden at 9:20 p.m. Saturday, forecasters said.',
        'The storm came ashore near Port Velden at 10 p.m. ET Saturday, forecasters said.',
      ),
    ).toEqual([['date', 'value', ['9:20 p.m.', '10 p.m.'], 'likely']]);
  });

  it('compares a time in local time against one without a zone as written', () => {
    expect(
      values(
        'The ferry left Marrow Quay at 10 a.m. local time on Friday, the harbour office said.',
        'The ferry left Marrow Quay at 3 p.m. on Friday, the harbour office said.',
      ),
    ).toEqual([['date', 'value', ['10 a.m.', '3 p.m.'], 'likely']]);
  });

  it('still flags two times that no reading of their zones makes one instant', () => {
    expect(
      values(
        'The ferry left Marrow Quay at 9:15 p.m. GMT on Friday, the harbour office said.',
        'The ferry left Marrow Quay at 11:15 p.m. CET on Friday, the harbour office said.',
      ),
    ).toEqual([['date', 'value', ['9:15 p.m.', '11:15 p.m.'], 'likely']]);
  });

  it('compares as written two times given without a zone, or in one zone', () => {
    expect(
      values(
        'The ferry left Marrow Quay at 9:15 p.m. on Friday, the harbour office said.',
        'The ferry left Marrow Quay at 11:15 p.m. on Friday, the harbour office said.',
      ),
    ).toEqual([['date', 'value', ['9:15 p.m.', '11:15 p.m.'], 'likely']]);
  });

  it('reads a zoned time written without its colon (`1500 GMT`) as a time, never a figure, a year or an organisation', () => {
    const facts = storyFacts(
      'The first ferry of the season left Marrow Quay at 1605 GMT on Friday, the harbour office said.',
      'The first ferry of the season left Marrow Quay at 1605 GMT on Friday, the harbour office said.',
    );
    const texts = (kind: string) =>
      facts.filter((fact) => fact.kind === kind).flatMap((fact) => fact.variants.map((variant) => variant.text));
    expect(texts('date').sort()).toEqual(['1605', 'on Friday']);
    expect(texts('number')).toEqual(['first']);
    expect(texts('organization')).toEqual([]);
  });

  it('flags, as possible, the one zoned time of each version in sentences the alignment did not pair', () => {
    expect(
      values(
        'Residents of Orvik heard the blast across the bay, and windows shook as far as Tarn. It struck at 4:10 p.m. GMT, the port said.',
        'Residents of Orvik heard the blast across the bay, and windows shook as far as Tarn. Crews were sent after 1500 GMT to the docks.',
        1,
      ),
    ).toEqual([['date', 'value', ['4:10 p.m.', '1500'], 'possible']]);
  });

  it('groups the same zoned time of two aligned sentences, however a rival time stands beside it (review finding 2)', () => {
    const facts = storyFacts(
      'The blast shook the Orvik docks at 1500 GMT on Tuesday, the port said.',
      'The blast shook the Orvik docks at 6 p.m. on Tuesday, or 1500 GMT, the port said.',
    );
    const dates = facts
      .filter((fact) => fact.kind === 'date')
      .map((fact) => [fact.variants.map((variant) => `${variant.text} (${variant.versions.join(', ')})`), fact.disagreement]);
    // Before, two's `6 p.m.` took one's `1500` (a possible flag) and two's `1500` stood alone.
    expect(dates).toEqual([
      [['1500 (one, two)'], false],
      [['on Tuesday (one, two)'], false],
      [['6 p.m. (two)'], false],
    ]);
  });

  it('compares a time restated in brackets in another zone only with a time in its own zone', () => {
    const one = sentenceOf('The charter flight vanished at 2:40 a.m. local time (1840 GMT Friday), the operator said.', 'one');
    const two = sentenceOf('The charter flight left Tarlow at 12:41 a.m., the operator said.', 'two');
    const three = sentenceOf('The charter flight vanished at 1740 GMT on Friday, the operator said.', 'three');
    const context = storyContext(
      [one, two, three].map((sentence) => ({ id: sentence.id.split('/')[0]!, sentences: [sentence] })),
      [{ id: 'g-1', sentences: [one.id, two.id, three.id] }],
    );
    const time = (sentence: Sentence, text: string) => extractMentions(sentence).find((mention) => mention.text === text)!;
    // Against a time of another clock, the time before the brackets answers (it is compared itself).
    expect(zonesExplain(time(one, '1840'), time(two, '12:41 a.m.'), context)).toBe('explained');
    // Against a time in its own zone it is compared.
    expect(zonesExplain(time(one, '1840'), time(three, '1740'), context)).toBeUndefined();
    expect(zonesExplain(time(one, '2:40 a.m.'), time(two, '12:41 a.m.'), context)).toBeUndefined();
  });
});
