import { describe, expect, it } from 'vitest';
import { flags } from '../../../../tests/fixtures/facts/flag-story.ts';

const values = (a: string, b: string) =>
  flags(a, b).map((fact) => [fact.kind, fact.evidence?.rule, fact.evidence?.values, fact.confidence]);

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
});
