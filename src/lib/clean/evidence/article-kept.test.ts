// Article text the pass must keep (issue 13): patterns met on a real sample, told in invented stories.
import { describe, expect, it } from 'vitest';
import { removals } from '../../../../tests/support/sift-removals.ts';
import { mapOriginal } from '../../text/mapped-text.ts';
import { siftStory } from './index.ts';

const lede = 'Marta Quill broke the regional record for the 400 metres on Saturday, finishing in 49.8 seconds at the Tarn Valley games.';
const other = [
  'Quill sets 400m record at Tarn Valley games',
  'TARNBY (Coastline Press) — Marta Quill set a regional record of 49.8 seconds in the 400 metres at the Tarn Valley games ' +
    'on Saturday.',
  'The old mark of 50.3 seconds had stood for nine years, the games said.',
  'Quill said she had trained through the winter on the hill track above the town.',
  'Her coach Ivo Brandt said the record had been coming since the spring.',
].join('\n');

describe('a paragraph the page prints above a heading and again below it', () => {
  // Headline, the lede as a deck, a second deck, then the lede again leading into the article.
  const page = [
    'Quill smashes 400m record',
    lede,
    'Tarnby runner stuns home crowd with 49.8',
    lede,
    'The old mark of 50.3 seconds had stood for nine years.',
    'Quill told the crowd she had trained through the winter on the hill track.',
    'Her coach said the record had been coming since the spring, when her times first dropped.',
  ].join('\n');
  it('goes as a repeat in its upper copy; the copy that leads into the article stays', () => {
    const [, result] = siftStory([other, page].map((text) => ({ body: mapOriginal(text), found: {} })));
    const repeats = result!.edits.filter((edit) => edit.reason === 'repeated paragraph');
    expect(repeats.map((edit) => [edit.start, edit.end])).toEqual([[page.indexOf(lede), page.indexOf(lede) + lede.length]]);
    expect(repeats[0]!.signals).toContain('repeats paragraph 4');
  });
});

describe('a quotation in single curly quotes', () => {
  // A British page quotes a police officer over several paragraphs, each opening with a single quote mark.
  const wire = [
    'TARNBY (Coastline Press) — Police in Tarnby said on Monday that 14 people were still missing after the warehouse fire.',
    'Commander Oda Venn said officers were working through a list of names given by families.',
    'Venn said anyone who had left the building safely should contact the police.',
  ].join('\n');
  const page = [
    'Police in Tarnby said 14 people were still missing after the warehouse fire on Monday.',
    'Commander Oda Venn said officers were working through a list of names given to them by families.',
    '‘That number may change as we learn more about who was in the building that night.',
    '‘If you got out of the warehouse and haven’t told us yet, please ring the incident line.’',
  ].join('\n');
  it('is the speaker’s: a plea to “you” inside it is not the page speaking to its reader', () => {
    const [, fromPage] = removals(wire, page);
    expect(fromPage).toEqual([]);
  });
});

describe('prose cut off from the longest run by a caption box', () => {
  const caption = 'Footage released by the fire service shows the burnt stairwell inside the Tarnby warehouse';
  const wire = [
    'TARNBY (Coastline Press) — Fourteen people are missing after a fire at a warehouse in Tarnby, the fire service said.',
    'The blaze broke out shortly after midnight on Sunday and took six hours to bring under control.',
    'Three firefighters were treated for smoke inhalation.',
    'The cause of the fire is not yet known, the service said.',
  ].join('\n');
  const page = [
    'Fourteen people are missing after a fire at a warehouse in Tarnby, the fire service has said.',
    'The blaze broke out shortly after midnight on Sunday and burned for six hours.',
    'Three firefighters were taken to hospital with smoke inhalation, the service added.',
    'Neighbours described hearing a series of loud bangs before the roof caught fire.',
    caption,
    `${caption} ${caption}`,
    'The district hospital said it was treating four people from nearby homes.',
    'Two of them are being kept in overnight for observation.',
    'The cause of the fire is not yet known, the service said.',
  ].join('\n');
  it('stays when it forms a run of three paragraphs of its own, even where no other version reports it', () => {
    const [, fromPage] = removals(wire, page);
    // Only the caption box goes: its line and its doubled copy.
    expect(fromPage).toEqual([
      ['text the page printed twice', caption],
      ['text the page printed twice', `${caption} ${caption}`],
    ]);
  });
});

describe('a run of short sentences between two article paragraphs', () => {
  it('is the article’s own, however short each is and whatever the other versions say', () => {
    const page = [
      'Quill breaks 400m record',
      lede,
      'Read that time again.',
      'Then read it once more.',
      'The old mark of 50.3 seconds had stood for nine years, the games said in a statement.',
      'Quill said she had trained through the winter on the hill track above the town.',
    ].join('\n');
    // Only the headline goes. Before, each short sentence had only the other beside it, not an article paragraph, and both went.
    expect(removals(other, page)[1]!).toEqual([['headline or label above the article', 'Quill breaks 400m record']]);
  });
});

describe('a list an article paragraph leads into', () => {
  it('keeps its items up to the next article paragraph, even one no other version reports', () => {
    const page = [
      lede,
      'The games committee listed the changes it would make for next year, including:',
      '- A new timing system on the hill track',
      '- A second heat for the 400 metres',
      '- Free entry for runners under sixteen from the valley towns',
      'The old mark of 50.3 seconds had stood for nine years, the games said in a statement.',
      'Quill said she had trained through the winter on the hill track above the town.',
    ].join('\n');
    // Before, the item no other version says anything like went as a label.
    expect(removals(other, page)[1]!).toEqual([]);
  });
  it('leaves a box of links that a label leads into to the other signals', () => {
    const page = [
      lede,
      'More from the games:',
      'Relay Teams Named For Valley Final',
      'Hill Track Reopens After Winter Repairs',
      'The old mark of 50.3 seconds had stood for nine years, the games said in a statement.',
      'Quill said she had trained through the winter on the hill track above the town.',
    ].join('\n');
    expect(removals(other, page)[1]!.map(([, text]) => text)).toEqual([
      'More from the games:',
      'Relay Teams Named For Valley Final',
      'Hill Track Reopens After Winter Repairs',
    ]);
  });
});

describe('a deck printed again as the second paragraph, a hyphen apart', () => {
  // The page sets a line of background above the lede as a deck, then prints it again, hyphenated differently, under the
  // lede. The copy under the lede is the article's; the deck above it is the repeat.
  const deck = 'The 41-year-old sprinter works as a ferry pilot in Glenmoor when she is not racing.';
  const body = 'The 41 year old sprinter works as a ferry pilot in Glenmoor when she is not racing.';
  const page = [
    deck,
    'Marta Quill set a regional record of 49.8 seconds in the 400 metres at the Tarn Valley games on Saturday.',
    body,
    'The old mark of 50.3 seconds had stood for nine years, the games said.',
  ].join('\n');
  it('goes in its copy above the lede; the copy inside the article stays', () => {
    expect(removals(other, page)[1]).toEqual([['deck or summary (the article says it again below)', deck]]);
  });
});
