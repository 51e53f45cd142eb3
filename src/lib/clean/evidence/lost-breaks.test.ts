// Blocks a scrape ran together on one line (issue 13, samples J and K): an embedded post glued onto an article paragraph
// by a lost break, a caption whose date runs into the lede, and a copy of the opening paragraph the capture cut short.
// Invented story; the weight-0 runs show each signal removes what it should.
import { describe, expect, it } from 'vitest';
import { mapOriginal } from '../../text/mapped-text.ts';
import { cleanVersion } from '../index.ts';
import { siftStory } from './index.ts';
import { SIGNAL_WEIGHTS, type SignalWeights } from './judge.ts';
import { linesOf } from './lines.ts';
import { splitLostBreaks } from './lost-breaks.ts';

const wire = [
  'PORT ELLAN (Coastline Press) — The Halvard ferry line stopped sailing on Monday after its owners ran out of money, ' +
    'leaving some 4,000 travellers stuck on the islands.',
  'The harbour board said it would charter two boats to bring the travellers back over the next ten days.',
  '"This is a sad day for everyone who worked on the boats," chief executive Rona Quill said in a statement.',
  'The line had carried passengers between the islands since 1921 and employed 600 people.',
].join('\n');

const lede =
  'The Halvard ferry line has stopped sailing after its owners ran out of money, leaving about 4,000 travellers ' +
  'stranded on the islands.';
const board = 'The harbour board said it would charter two boats to bring the travellers home over ten days.';
const quote = '"This is a sad day for everyone who worked on the boats," chief executive Rona Quill said.';
const history = 'Founded in 1921, the line employed 600 people.';

function removed(text: string, weights: SignalWeights = SIGNAL_WEIGHTS): string[] {
  const cleaned = cleanVersion(mapOriginal(text));
  const [, result] = siftStory(
    [
      { body: mapOriginal(wire), found: {} },
      { body: cleaned.body, found: cleaned.found, removed: cleaned.removed },
    ],
    { weights },
  );
  return result!.edits.filter((edit) => edit.replacement === '').map((edit) => cleaned.body.text.slice(edit.start, edit.end));
}

describe('an embedded post glued onto an article paragraph', () => {
  const post = 'We regret to tell our passengers that all Halvard sailings are cancelled.';
  const signature = '— Halvard Ferries (@HalvardFerries) March 3, 2021';
  const page = [lede, board, `${history}${post}`, signature, quote].join('\n');
  it('goes, above its signature, and the paragraph it was glued to stays', () => {
    expect(removed(page)).toEqual([post, signature]);
  });
  it('stays glued without the signal that reads the line above a signature', () => {
    expect(removed(page, { ...SIGNAL_WEIGHTS, abovePostSignature: 0 })).toEqual([signature]);
  });
});

describe('a caption whose date runs into the lede', () => {
  const caption = 'Deckhands carry a gangway ashore in Port Ellan, Wednesday, March 3, 2021';
  it('goes, and the lede it was glued to stays', () => {
    expect(removed([`${caption}${lede}`, board, quote, history].join('\n'))).toEqual([caption]);
  });
});

describe('lost breaks', () => {
  it('split a line where a sentence or a date runs into the next block, never before a short tail', () => {
    const text = `${history}${board}\nGulls wheel over the quay, March 3, 2021Deckhands cheer.\nThe boats wait at the quay.Two oars.\n`;
    const body = cleanVersion(mapOriginal(text)).body;
    expect(splitLostBreaks(linesOf(body.text), body).map((line) => [line.index, line.text])).toEqual([
      [0, history],
      [1, board],
      [2, 'Gulls wheel over the quay, March 3, 2021'],
      [3, 'Deckhands cheer.'],
      [4, 'The boats wait at the quay. Two oars.'],
    ]);
  });
  it('split a line of two glued blocks, and leave whole a capture on one line (review finding 8)', () => {
    const twice = `${history}Ferry sailings are cancelled until next week.The harbour board will meet the crews tomorrow.`;
    const text = `${lede}\n${twice}\n${quote}\n`;
    const body = cleanVersion(mapOriginal(text)).body;
    expect(splitLostBreaks(linesOf(body.text), body).map((line) => line.text)).toEqual([
      lede,
      history,
      'Ferry sailings are cancelled until next week.',
      'The harbour board will meet the crews tomorrow.',
      quote,
    ]);
    const oneLine = cleanVersion(mapOriginal(`${lede}${board}${history}\n`)).body;
    expect(splitLostBreaks(linesOf(oneLine.text), oneLine).map((line) => line.text)).toEqual([`${lede} ${board} ${history}`]);
  });
  it('read every written date to the day the language module reads (review finding 3)', () => {
    const text = 'Gulls over the quay, 4th March 2021Deckhands cheer.\nThe quay at dawn, Sept. 29 2026Crews wait.\n';
    const body = cleanVersion(mapOriginal(text)).body;
    expect(splitLostBreaks(linesOf(body.text), body).map((line) => line.text)).toEqual([
      'Gulls over the quay, 4th March 2021',
      'Deckhands cheer.',
      'The quay at dawn, Sept. 29 2026',
      'Crews wait.',
    ]);
  });
});

describe('a copy of the opening paragraph the capture cut short', () => {
  const page = [lede, board, quote, history, lede.slice(0, 80)].join('\n');
  it('goes as a repeat', () => {
    expect(removed(page)).toEqual([lede.slice(0, 80)]);
  });
  it('is no sentence the capture stops in for any signal (review finding 5): an unfinished line after the article', () => {
    const cleaned = cleanVersion(mapOriginal([lede, board, lede.slice(0, 80)].join('\n')));
    const [, result] = siftStory([
      { body: mapOriginal(wire), found: {} },
      { body: cleaned.body, found: cleaned.found, removed: cleaned.removed },
    ]);
    expect(result!.edits.filter((edit) => edit.replacement === '').map((edit) => edit.signals)).toEqual([
      ['no sentence ending', 'another version has a matching paragraph', 'repeats paragraph 1', 'after the article’s last paragraph'],
    ]);
  });
  it('stays as the sentence the capture stops in when it copies no earlier paragraph', () => {
    expect(removed([lede, board, quote, 'The line had run boats between the islands for a hundred years and'].join('\n'))).toEqual([]);
  });
});

describe('a page run onto one line, with a post embedded in another language', () => {
  const post = 'Kapal feri Halvard berhenti berlayar, 4,000 penumpang menunggu di Port Ellan.';
  const signed =
    'Semua penumpang menunggu kabar dari pelabuhan Ellan. pic.twitter.com/Ab12Cd34 — Port Ellan Harbour (@ellanharbour) March 3, 2021';
  // The capture stops mid-word, right after the post: the article resuming.
  const page = `${lede} ${board} ${post} ${signed} ${quote} The bo`;
  it('goes sentence by sentence, and the article around it stays, up to where the capture stops', () => {
    expect(removed(page)).toEqual([post, signed]);
  });
  it('is read by its lack of function words', () => {
    expect(removed(page, { ...SIGNAL_WEIGHTS, noFunctionWords: 0 })).toEqual([signed]);
  });
});

describe('a line of names and figures without a function word (review finding 11)', () => {
  const dead = 'Ana Ruvo, 34, deckhand; Pilar Osei, 52, engineer; Tomas Mahmed, 41, captain; Rona Quill, 29, cook.';
  const other = `${wire}\nFour crew died: Ana Ruvo, Pilar Osei, Tomas Mahmed and Rona Quill.`;
  const page = [lede, 'Four of its crew died when the last boat ran aground on Sunday, the harbour board said.', dead, board].join('\n');
  function gone(): string[] {
    const cleaned = cleanVersion(mapOriginal(page));
    const [, result] = siftStory([
      { body: mapOriginal(other), found: {} },
      { body: cleaned.body, found: cleaned.found, removed: cleaned.removed },
    ]);
    return result!.edits.filter((edit) => edit.replacement === '').map((edit) => cleaned.body.text.slice(edit.start, edit.end));
  }
  it('stays: a casualty list is the article’s, however few its function words', () => {
    expect(gone()).toEqual([]);
  });
});
