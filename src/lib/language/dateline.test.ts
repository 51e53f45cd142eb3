import { describe, expect, it } from 'vitest';
import { readDateline } from './dateline.ts';

describe('readDateline', () => {
  it('reads place, region, date and agency, and where the report begins', () => {
    const text = 'CHANDLER, Ariz., Sept. 29, 2026 — Solvane said';
    expect(readDateline(text)).toEqual({ end: text.indexOf('Solvane'), place: 'CHANDLER', date: { day: 29, month: 9, year: 2026 } });
    expect(readDateline('LEEDS, March 3 (Northern Wire) - Twelve people died.')).toEqual({
      end: 'LEEDS, March 3 (Northern Wire) - '.length,
      place: 'LEEDS',
      date: { day: 3, month: 3 },
      agency: 'Northern Wire',
    });
    expect(readDateline('WASHINGTON (Reuters) — Talks began.')).toEqual({ end: 23, place: 'WASHINGTON', agency: 'Reuters' });
    expect(readDateline('SYDNEY, New South Wales, Monday 5 May 2025 –Winds rose.')?.date).toEqual({ day: 5, month: 5, year: 2025 });
  });

  it('needs a date, an agency or a place of three capitals', () => {
    expect(readDateline('US - China talks resumed.')).toBeUndefined();
    expect(readDateline('NEW YORK — Shares fell.')?.end).toBe('NEW YORK — '.length);
    expect(readDateline('Twelve people died - the fire service said.')).toBeUndefined();
    expect(readDateline('May 5, 2025 was a Monday.')).toBeUndefined();
  });
});
