import { describe, expect, it } from 'vitest';
import { datelineLength, isDatelineAlone, readDateline } from './dateline.ts';

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

describe('datelineLength', () => {
  it('measures a place, a day and a source before a dash or colon', () => {
    expect(datelineLength('NEW YORK (AP) — The city said…')).toBe('NEW YORK (AP) — '.length);
    expect(datelineLength('GLENMOOR, Scotland, May 4 (Coastline Press) - Crews…')).toBe(
      'GLENMOOR, Scotland, May 4 (Coastline Press) - '.length,
    );
    expect(datelineLength('Brussels: The commission…')).toBe('Brussels: '.length);
    expect(datelineLength('(Bloomberg) -- Shares fell…')).toBe('(Bloomberg) -- '.length);
    expect(datelineLength('DUNMERE—Engineers closed…')).toBe('DUNMERE—'.length);
    expect(datelineLength('DUNMERE, Norland (Valley News) --Engineers closed…')).toBe('DUNMERE, Norland (Valley News) --'.length);
    expect(datelineLength('Glenmoor--Engineers closed…')).toBe(0);
  });
  it('reads a dash garbled to ? between spaces, never a question that opens a paragraph', () => {
    expect(datelineLength('DUNMERE, Norland ? Engineers closed…')).toBe('DUNMERE, Norland ? '.length);
    expect(datelineLength('Cracked? Yes. Unsafe? The engineers said so…')).toBe(0);
  });
  it('knows a dateline standing alone on its line', () => {
    expect(['GLENMOOR, Scotland (Coastline Press)', 'PORT ELLAN, May 4', 'DUNMERE, Norland. --'].map(isDatelineAlone)).toEqual([
      true,
      true,
      true,
    ]);
    expect(['Harbour Board Halts Night Ferries', 'Council Budget Approved', 'Glenmoor ferry news'].map(isDatelineAlone)).toEqual([
      false,
      false,
      false,
    ]);
  });
  it('measures a dateline whose dash was lost, only in capitals with a region, day or source', () => {
    expect(datelineLength('GLENMOOR, Norland (AP) Parliament erupted…')).toBe('GLENMOOR, Norland (AP) '.length);
    expect(datelineLength('PORT ELLAN, May 4 A barge caught fire…')).toBe('PORT ELLAN, May 4 '.length);
    expect(datelineLength('DUNMERE, Norland. Engineers closed…')).toBe('DUNMERE, Norland. '.length);
    expect(datelineLength('NATO Secretary General Ann Berg said…')).toBe(0);
    expect(datelineLength('NASA, Boeing and SpaceX agreed on a date.')).toBe(0);
  });
  it('leaves sentences that merely open with capitals', () => {
    expect(datelineLength('Anglo-American Holdings said on Monday…')).toBe(0);
    expect(datelineLength('The Mayor of the Town of Greater Glenmoor and District Council: a profile')).toBe(0);
    expect(datelineLength('Police said the road was closed.')).toBe(0);
  });
});

describe('a dateline with a bracket the page forms do not take', () => {
  it('reads a date in brackets as the date, not the agency', () => {
    expect(readDateline('GLENMOOR (Mar. 4, 2019) — The ferry board met.')).toEqual({
      end: 'GLENMOOR (Mar. 4, 2019) — '.length,
      place: 'GLENMOOR',
      date: { day: 4, month: 3, year: 2019 },
    });
  });
  it('reads an update counter as no agency', () => {
    expect(readDateline('PORT ELLAN, Norland (3rd UPDATE) – Ferries stopped.')).toEqual({
      end: 'PORT ELLAN, Norland (3rd UPDATE) – '.length,
      place: 'PORT ELLAN',
    });
  });
  it('measures them, and a full date, as the dateline the lede opens with', () => {
    expect(datelineLength('GLENMOOR (Mar. 4, 2019) — The ferry board met.')).toBe('GLENMOOR (Mar. 4, 2019) — '.length);
    expect(datelineLength('PORT ELLAN, Norland (3rd UPDATE) – Ferries stopped.')).toBe('PORT ELLAN, Norland (3rd UPDATE) – '.length);
    expect(datelineLength('DUNMERE, Calif., Sept. 29, 2026 — Engineers closed the bridge.')).toBe(
      'DUNMERE, Calif., Sept. 29, 2026 — '.length,
    );
  });
  it('never where the wire form runs into lower case, nor a page’s form past eight words; the wire’s at any length', () => {
    expect(datelineLength('NASA - the agency said on Monday.')).toBe(0);
    expect(datelineLength('Port Ellan North Side Quay, July 25 (Mara Ode and Pia Sand) — Ferries stopped.')).toBe(0);
    expect(datelineLength('Port Ellan, July 25 (Mara Ode) — Ferries stopped.')).toBe('Port Ellan, July 25 (Mara Ode) — '.length);
    expect(readDateline('GLENMOOR, Tuesday, 4 March 2019, 10:32 GMT (Coastline Press) — Ferries stopped.')?.end).toBe(63);
    expect(datelineLength('GLENMOOR, Tuesday, 4 March 2019, 10:32 GMT (Coastline Press) — Ferries stopped.')).toBe(63);
  });
});
