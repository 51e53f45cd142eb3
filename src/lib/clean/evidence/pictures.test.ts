// Captions the story-evidence pass finds from the pictures around them. Every story here is invented.
import { describe, expect, it } from 'vitest';
import { mapOriginal } from '../../text/mapped-text.ts';
import { cleanVersion } from '../index.ts';
import { datedToTheDay, endsWithNamedCredit } from './pictures.ts';
import { removals, siftedRemovals } from '../../../../tests/support/sift-removals.ts';

const report = [
  'The harbour board halted the night ferry crossings on Monday after inspectors found corroded hulls on two vessels.',
  '',
  'About 1,200 passengers a week used the late crossings, the board said in a statement on Monday.',
  '',
  'Harbour master Ilse Brandt is led to a waiting car outside the board offices in Glenmoor on Monday.',
  '(Photo: AP)',
  '',
  'Repairs are expected to take until the spring, when the board hopes to restore the full timetable.',
  '',
  'Harbour master Ilse Brandt.',
  '(Photo: AP)',
  '',
  'Commuter groups said shift workers would be left without a way home after the last bus.',
  '',
].join('\n');
const rewrite = [
  'Night ferry crossings from Glenmoor were halted on Monday when inspectors found corrosion in two hulls.',
  '',
  'Roughly 1,200 people a week take the late boats, according to the harbour board.',
  '',
  'Harbour master Ilse Brandt told reporters that repairs would take until the spring.',
  '',
  'Commuter groups warned that shift workers would have no way home once the last bus had gone.',
  '',
].join('\n');

describe('captions beside the picture credits the rules removed', () => {
  it('removes the caption above a removed credit, a sentence or a name alone, and keeps the report around it', () => {
    const [fromReport, fromRewrite] = siftedRemovals(report, rewrite);
    expect(fromReport).toEqual([
      ['photo caption', 'Harbour master Ilse Brandt is led to a waiting car outside the board offices in Glenmoor on Monday.'],
      ['photo caption', 'Harbour master Ilse Brandt.'],
    ]);
    expect(fromRewrite).toEqual([]);
  });

  it('removes an unfinished line right below a removed credit, never a finished sentence there', () => {
    const page = [
      'The harbour board halted the night ferry crossings on Monday after inspectors found corroded hulls on two vessels.',
      '',
      'Photo: Jane Doe / AP',
      '',
      'Harbour master Ilse Brandt on the quay and the ferry in dry dock',
      '',
      'Repairs are expected to take until the spring, when the board hopes to restore the full timetable.',
      '',
      'Photo: Jane Doe / AP',
      '',
      'Commuter groups said shift workers would be left without a way home after the last bus.',
      '',
    ].join('\n');
    expect(siftedRemovals(page, rewrite)[0]).toEqual([
      ['photo caption', 'Harbour master Ilse Brandt on the quay and the ferry in dry dock'],
    ]);
  });
});

describe('support from another page’s chrome', () => {
  it('does not count a caption two pages share as support: both copies go', () => {
    const caption = 'Harbour master Ilse Brandt is led to a waiting car outside the board offices in Glenmoor.';
    // The wire's caption stands above its dateline; the copy carries it between two paragraphs.
    const wire = [
      caption,
      'GLENMOOR (Coastline Press) — The harbour board halted the night ferry crossings on Monday after inspectors found corroded hulls.',
      'About 1,200 passengers a week used the late crossings, the board said in a statement on Monday.',
    ].join('\n');
    const copy = [
      'The harbour board halted the night ferry crossings on Monday after inspectors found corroded hulls on two vessels.',
      caption,
      'About 1,200 passengers a week used the late crossings, the board said in a statement on Monday.',
    ].join('\n');
    const [fromWire, fromCopy] = siftedRemovals(wire, copy, rewrite);
    expect(fromWire).toEqual([
      ['page text around the article', caption],
      ['dateline', 'GLENMOOR (Coastline Press) —'],
    ]);
    expect(fromCopy).toEqual([['page text around the article', caption]]);
  });
});

describe('a picture dated to the day', () => {
  it('removes a caption dated with its weekday, day first; keeps a report of a date', () => {
    const caption = 'Ferry crews wait on the quay at Glenmoor harbour, Thursday, 16 October 2025.';
    const founded = 'The ferry service was founded on 16 October 1925 by a group of island fishermen.';
    const page = [rewrite.split('\n')[0]!, caption, founded, rewrite.split('\n')[2]!].join('\n');
    expect(siftedRemovals(page, report)[0]).toEqual([['page text around the article', caption]]);
  });
  it('keeps a report that goes on past its date: a caption closes on it', () => {
    const sailed =
      'The first refitted ferry left Glenmoor at about 4:10 a.m. on Thursday, 16 October 2025, once fog had lifted from the outer sound.';
    const closing = 'The first refitted ferry left Glenmoor in the fog, Thursday, 16 October 2025 at dawn.';
    const lines = rewrite.split('\n');
    expect(datedToTheDay(sailed)).toBe(false);
    expect(datedToTheDay(closing)).toBe(true);
    expect(datedToTheDay('Ferry crews wait on the quay on October 16, 2025 in Glenmoor, Tarn County, Norland.')).toBe(true);
    expect(siftedRemovals([lines[0]!, lines[2]!, sailed, lines[4]!, lines[6]!].join('\n'), report)[0]).toEqual([]);
  });
});

describe('a wire dateline crediting two agencies', () => {
  it('is a dateline, not a picture credit: only the dateline leaves the lede', () => {
    const lede =
      'GLENMOOR, Norland, May 4 (PNA/Kyodo) — The harbour board halted the night ferry crossings on Monday after finding corroded hulls.';
    const [fromLede] = siftedRemovals(lede, rewrite);
    expect(fromLede).toEqual([['dateline', 'GLENMOOR, Norland, May 4 (PNA/Kyodo) —']]);
  });
});

describe('a first line that carries on in lower case', () => {
  it('is no headline: the sentence stays whole', () => {
    const page = [
      'Many of the passengers on the ferry were travelling to the island of Glenmoor',
      'to attend the autumn fair, which draws thousands of visitors each year.',
      'The harbour board halted the night crossings on Monday after finding corroded hulls.',
    ].join('\n');
    const result = cleanVersion(mapOriginal(page), { format: 'txt' });
    expect(result.found.title).toBeUndefined();
    expect(result.removed).toEqual([]);
  });
});

describe('a picture’s alt text with its agency run into the last word', () => {
  it('removes it and the unfinished caption under it', () => {
    const page = [
      'The harbour board halted the night ferry crossings on Monday after inspectors found corroded hulls on two vessels.',
      '',
      'Glenmoor ferry in dry dockAFP',
      '',
      'The ferry was towed into the dry dock at first light',
      '',
      'Commuter groups said shift workers would be left without a way home after the last bus.',
      '',
    ].join('\n');
    expect(siftedRemovals(page, rewrite)[0]).toEqual([
      ['photo caption', 'Glenmoor ferry in dry dockAFP'],
      ['photo caption', 'The ferry was towed into the dry dock at first light'],
    ]);
  });
});

describe('an agency signing off its report', () => {
  it('is no picture credit: the last paragraph above it stays', () => {
    const last = 'Repairs are expected to take until the spring, when the board hopes to restore the full timetable.';
    const page = [rewrite.split('\n')[0]!, '', last, 'Reuters/AP', ''].join('\n');
    const other = [
      rewrite.split('\n')[0]!,
      '',
      'The board expects repairs to last until the spring and the full timetable to return then.',
    ].join('\n');
    expect(siftedRemovals(page, other)[0]).toEqual([]);
  });
});

describe('a credit of names in brackets closing the line', () => {
  it('is an agency or outlet and a photographer joined by a colon or slash, never a ticker or an aside', () => {
    const texts = [
      'Dock workers wave from the quay in Glenmoor. (Coastline Press: Mara Ode)',
      'Crews on the pier at dawn (Ilse Brandt/Glenmoor Valley News)',
      'Shares of Tarn Holdings rose (NASDAQ: TARN)',
      'The ferry was built in 1988 (see below)',
      'The board met on Monday.',
    ];
    expect(texts.map(endsWithNamedCredit)).toEqual([true, true, false, false, false]);
  });
  it('makes the line a caption, removed even when it reads as prose', () => {
    const withCaption = report.replace(
      'Commuter groups said',
      'Passengers wait on the quay as the last ferry leaves Glenmoor. (Coastline Press: Mara Ode)\n\nCommuter groups said',
    );
    expect(siftedRemovals(withCaption, rewrite)[0]).toContainEqual([
      'photo caption',
      'Passengers wait on the quay as the last ferry leaves Glenmoor. (Coastline Press: Mara Ode)',
    ]);
  });
});

describe('a caption above the article closing on its credit', () => {
  it('reads a photographer and a picture agency after a comma in brackets, in capitals or not, never a list of places', () => {
    const texts = [
      'A ferry hand waits on the quay at Glenmoor, May 4, 2019. (MARA ODE, REUTERS)',
      'A ferry hand waits on the quay at Glenmoor. (Mara Ode, AFP)',
      'The ferry calls at two ports (Glenmoor, Tarnby)',
    ];
    expect(texts.map(endsWithNamedCredit)).toEqual([true, true, false]);
  });
  it('removes the caption with the credit in brackets or after its date, and keeps the lede under it', () => {
    for (const caption of [
      'Harbour master Ilse Brandt walks along the quay at Glenmoor with an inspector on Monday, May 4, 2019 (MARA ODE, REUTERS)',
      'Harbour master Ilse Brandt walks along the quay at Glenmoor with an inspector on Monday, May 4, 2019 Reuters',
    ]) {
      const page = [caption, '', ...report.split('\n').slice(0, 4)].join('\n');
      expect(removals(page, rewrite)[0]).toEqual([['photo caption', caption]]);
    }
  });
});

describe('a picture dated to the day and told in the present', () => {
  const lines = rewrite.split('\n');
  const caption = 'A deckhand photographs the ill-starred ferry as it drifts off Glenmoor harbour, on October 16, 2025.';
  const banner = 'The harbour tower shows the message "Ferries back soon" over the quay, on October 16, 2025 in Glenmoor.';
  // The wire's copy carries the pictures too, captioned in other words, so each caption has a similar paragraph there.
  const wire = [
    ...report.split('\n').slice(0, 4),
    'A crew member photographs the stricken ferry as it floats near the harbour mouth, October 16, 2025.',
    'Lights spell out "Ferries back soon" on the tower, October 16, 2025.',
    ...report.split('\n').slice(14),
  ].join('\n');
  const page = [lines[0]!, caption, lines[2]!, banner, lines[4]!, lines[6]!].join('\n');
  it('removes a caption another page shares, a compound adjective or a short quoted banner in it', () => {
    expect(siftedRemovals(page, wire)[0]).toEqual([
      ['page text around the article', caption],
      ['page text around the article', banner],
    ]);
  });
  it('keeps a report in the present dated to the day that another version matches', () => {
    const starts = 'The new timetable starts at Glenmoor harbour on Monday, 2 March 2026.';
    const other = [
      ...report.split('\n').slice(0, 4),
      'The board said the new timetable starts at Glenmoor harbour on Monday, 2 March 2026.',
    ];
    expect(siftedRemovals([lines[0]!, lines[2]!, starts, lines[4]!].join('\n'), other.join('\n'))[0]).toEqual([]);
  });
});
