import { describe, expect, it } from 'vitest';
import { timeZoneOf } from './time-zones.ts';

const zone = (text: string, phrase: string) => timeZoneOf(text, text.indexOf(phrase), text.indexOf(phrase) + phrase.length)?.zone;

describe('timeZoneOf', () => {
  it('reads the zone beside a time or a day', () => {
    expect(zone('The storm came ashore at 9:00 p.m. CST Saturday.', '9:00 p.m.')).toBe('CST');
    expect(zone('It vanished at 3:30 a.m. local time (2130 GMT Saturday).', 'Saturday')).toBe('GMT');
    expect(zone('It left Tarlow on Sunday local time.', 'Sunday')).toBe('local time');
    expect(zone('It left Tarlow on Sunday, officials said.', 'Sunday')).toBeUndefined();
  });

  it('reads no two-letter zone after a comma, where it starts the next words', () => {
    expect(zone('The scan came on Friday, CT scans showed.', 'Friday')).toBeUndefined();
    expect(zone('By 5 p.m., ET Holdings had sold its stake.', '5 p.m.')).toBeUndefined();
    expect(zone('The polls closed at 8 p.m., GMT, on Sunday.', '8 p.m.')).toBe('GMT');
    expect(zone('The polls closed at 8 p.m. ET on Sunday.', '8 p.m.')).toBe('ET');
  });

  it('gives a zone family both its offsets and local time none', () => {
    const text = 'The vote closed at 8 p.m. ET and at 9 p.m. local time.';
    expect(timeZoneOf(text, text.indexOf('8 p.m.'), text.indexOf('8 p.m.') + 6)).toEqual({ zone: 'ET', offsets: [-5, -4] });
    expect(timeZoneOf(text, text.indexOf('9 p.m.'), text.indexOf('9 p.m.') + 6)).toEqual({ zone: 'local time', offsets: [] });
  });
});
