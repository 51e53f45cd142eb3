import { describe, expect, it } from 'vitest';
import { flags } from '../../../../tests/fixtures/facts/flag-story.ts';
import { timeZoneOf } from '../../language/time-zones.ts';

const values = (a: string, b: string) => flags(a, b).map((fact) => [fact.kind, fact.evidence?.rule, fact.evidence?.values]);

describe('a time or a day given in two zones', () => {
  it('reads the zone beside a time or a day', () => {
    const zone = (text: string, phrase: string) => timeZoneOf(text, text.indexOf(phrase), text.indexOf(phrase) + phrase.length)?.zone;
    expect(zone('The storm came ashore at 10:00 p.m. CDT Friday.', '10:00 p.m.')).toBe('CDT');
    expect(zone('It vanished at 2:40 a.m. local time (1840 GMT Friday).', 'Friday')).toBe('GMT');
    expect(zone('It left Tarlow on Saturday local time.', 'Saturday')).toBe('local time');
    expect(zone('It left Tarlow on Saturday, officials said.', 'Saturday')).toBeUndefined();
  });

  it('is one moment when the zones convert one time to the other', () => {
    expect(
      values(
        'The storm came ashore near Port Velden at 10:00 p.m. CDT Friday, forecasters said.',
        'The storm came ashore near Port Velden at 11 p.m. ET Friday, forecasters said.',
      ),
    ).toEqual([]);
  });

  it('names no conflict of days when one clock is local time and the other GMT', () => {
    expect(
      values(
        'The charter flight vanished two hours after leaving Tarlow on Saturday local time, the operator said.',
        'The charter flight vanished two hours after leaving Tarlow (1840 GMT Friday), the operator said.',
      ),
    ).toEqual([]);
  });

  it('reads a time given without a zone against one in a named zone whole hours apart as two clocks', () => {
    expect(
      values(
        'The storm came ashore near Port Velden at 10 p.m. Friday, forecasters said.',
        'The storm came ashore near Port Velden at 11 p.m. ET Friday, forecasters said.',
      ),
    ).toEqual([]);
    expect(
      values(
        'The storm came ashore near Port Velden at 10:20 p.m. Friday, forecasters said.',
        'The storm came ashore near Port Velden at 11 p.m. ET Friday, forecasters said.',
      ),
    ).toEqual([['date', 'value', ['10:20 p.m.', '11 p.m.']]]);
  });

  it('still flags two times that no reading of their zones makes one instant', () => {
    expect(
      values(
        'The ferry left Marrow Quay at 9:15 p.m. GMT on Friday, the harbour office said.',
        'The ferry left Marrow Quay at 11:15 p.m. CET on Friday, the harbour office said.',
      ),
    ).toEqual([['date', 'value', ['9:15 p.m.', '11:15 p.m.']]]);
  });

  it('compares as written two times given without a zone, or in one zone', () => {
    expect(
      values(
        'The ferry left Marrow Quay at 9:15 p.m. on Friday, the harbour office said.',
        'The ferry left Marrow Quay at 11:15 p.m. on Friday, the harbour office said.',
      ),
    ).toEqual([['date', 'value', ['9:15 p.m.', '11:15 p.m.']]]);
  });
});
