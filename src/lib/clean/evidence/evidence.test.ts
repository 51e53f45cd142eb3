import { describe, expect, it } from 'vitest';
import { mapOriginal } from '../../text/mapped-text.ts';
import { datelineLength, labelShapedDateline } from '../../language/dateline.ts';
import { introducedList } from './between.ts';
import { POINTS_TO_LINK } from './page-voice.ts';
import { siftStory } from './index.ts';
import { linesOf } from './lines.ts';
import { supportOf } from './support.ts';
import { removals } from '../../../../tests/support/sift-removals.ts';

const wire = [
  'Harbour Board Halts Night Ferries',
  'GLENMOOR (Coastline Press) — The harbour board suspended night ferry crossings on Monday after a hull inspection ' +
    'found corrosion on two of its three vessels.',
  'About 1,200 passengers a week use the late crossings, the board said in a statement.',
  '"We will not sail a boat we cannot vouch for," said harbour master Ilse Brandt.',
  'Crossings are expected to resume in the spring once repairs are finished.',
].join('\n');
const rewrite = [
  'Skip to content',
  'Night ferries suspended after corrosion found in two vessels.',
  'Night ferries suspended after corrosion found in two vessels. Night ferry crossings from Glenmoor were halted on Monday ' +
    'when inspectors found corrosion in the hulls of two of the three boats.',
  'Roughly 1,200 people a week take the late boats, according to the harbour board.',
  'Harbour master Ilse Brandt said the board would not sail a boat it could not vouch for.',
  'A commuter group said the suspension would leave shift workers without a way home.',
  'Town fair raises record sum for lifeboat station',
  '',
].join('\n');
const blog = [
  'Glenmoor ferry news',
  'The board halted the night crossings on Monday after finding corroded hulls on two ferries.',
  'Seafront cafe wins regional baking prize',
  'Repairs should be done by spring, the board said, and the crossings will then res',
].join('\n');

describe('story-evidence pass', () => {
  const [fromWire, fromRewrite, fromBlog] = removals(wire, rewrite, blog);
  it('takes the headline off the wire copy and its dateline off the lede', () => {
    expect(fromWire).toEqual([
      ['headline or label above the article', 'Harbour Board Halts Night Ferries'],
      ['dateline', 'GLENMOOR (Coastline Press) —'],
    ]);
  });
  it('removes a skip link, a repeated deck and a teaser no other version shares; keeps the rewrite’s own sentence', () => {
    expect(fromRewrite).toEqual([
      ['headline or label above the article', 'Skip to content'],
      ['deck or summary (the article says it again below)', 'Night ferries suspended after corrosion found in two vessels.'],
      ['heading, label or link text', 'Town fair raises record sum for lifeboat station'],
    ]);
  });
  it('keeps the sentence a cut-off capture stops in, and drops a teaser about another event', () => {
    expect(fromBlog).toEqual([
      ['headline or label above the article', 'Glenmoor ferry news'],
      ['heading, label or link text', 'Seafront cafe wins regional baking prize'],
    ]);
  });
  it('takes the agency from the dateline, never a reporter in brackets', () => {
    const [result] = siftStory([{ body: mapOriginal(wire), found: {} }]);
    expect(result!.found.agency).toBe('Coastline Press');
    const [byReporter] = siftStory([{ body: mapOriginal(wire.replace('(Coastline Press)', '(Jane Doe)')), found: {} }]);
    expect(byReporter!.found.agency).toBeUndefined();
  });
  it('keeps each decision’s score and signals', () => {
    const [result] = siftStory([
      { body: mapOriginal(wire), found: {} },
      { body: mapOriginal(rewrite), found: {} },
    ]);
    const headline = result!.edits[0]!;
    expect(headline.score).toBeGreaterThan(0.9);
    expect(headline.signals).toContain('no sentence ending');
    expect(result!.found.title).toBe('Harbour Board Halts Night Ferries');
  });
  it('judges a one-version story by shape alone', () => {
    expect(removals('Share this\nThe council approved the budget on Tuesday after a long debate.\nMost Read')).toEqual([
      [
        ['heading, label or link text', 'Share this'],
        ['heading, label or link text', 'Most Read'],
      ],
    ]);
  });
  it('never empties a version, and leaves versions in other scripts to the rules', () => {
    expect(removals('Breaking News Alert')).toEqual([[]]);
    expect(
      removals(
        'عاجل\nقالت الحكومة إنها ستعلن الميزانية غدا.',
        'Budget News\nThe government said it would announce the budget tomorrow.',
      )[0],
    ).toEqual([]);
  });
});

describe('signals of page text that reads like prose', () => {
  it('removes a line that speaks to the reader or is marked as a link, but not a quoted speaker who does', () => {
    const story = [
      'Officials said the bridge would stay closed until engineers had inspected every hanger on it.',
      'Join our channel to get the latest local news delivered to your phone.',
      '"If you cross the river at night, use the ferry," the council told residents on Tuesday evening.',
      '»» See more pictures from the scene',
    ].join('\n');
    expect(removals(story, 'Engineers inspected every hanger of the bridge, officials said.')[0]).toEqual([
      ['not part of the story (no other version has it)', 'Join our channel to get the latest local news delivered to your phone.'],
      ['heading, label or link text', '»» See more pictures from the scene'],
    ]);
  });
  it('removes a sentence that points to a link, but not one that tells where something happens', () => {
    const pointer = 'For shelters and road closures around the bridge, see the council list here.';
    const story = [
      'Officials said the bridge would stay closed until engineers had inspected every hanger on it.',
      pointer,
      'Ferry crews who work here said the crossing would be busier than usual until the bridge reopened.',
    ].join('\n');
    expect(removals(story, 'Engineers inspected every hanger of the bridge, officials said.')[0]!.map(([, text]) => text)).toEqual([
      pointer,
    ]);
    expect(
      ['Watch the briefing here:', 'You can read more here and here.', 'Crews who work here were busy.'].map((text) =>
        POINTS_TO_LINK.test(text),
      ),
    ).toEqual([true, true, false]);
  });
});

describe('linesOf', () => {
  it('joins a hard-wrapped sentence and keeps paragraphs apart', () => {
    const lines = linesOf('The crash killed at least\nforty people, officials said on\nTuesday.\n\nRescuers worked all night.');
    expect(lines.map((line) => line.text)).toEqual([
      'The crash killed at least\nforty people, officials said on\nTuesday.',
      'Rescuers worked all night.',
    ]);
    expect(lines[0]!.ends).toBe(true);
  });
  it('reads a quotation closed without punctuation as unfinished, as a subhead quoting someone is', () => {
    const lines = linesOf('Mayor praises ferry crews for “quiet courage”\n“We will rebuild,” the mayor said.\n“We will rebuild.”');
    expect(lines.map((line) => line.ends)).toEqual([false, true, true]);
  });
  it('carries a list item on into a line in lower case, never into the next item', () => {
    const lines = linesOf('- Earlier\non Monday the mill shut its gates.\n- The\nunion met at noon.\n- Talks resume on Friday.');
    expect(lines.map((line) => line.text)).toEqual([
      '- Earlier\non Monday the mill shut its gates.',
      '- The\nunion met at noon.',
      '- Talks resume on Friday.',
    ]);
  });
});

describe('supportOf', () => {
  it('measures how much of a line another version carries, locally and anywhere', () => {
    const [a, b] = supportOf([linesOf('Ferries halted in Glenmoor.\nCafe wins prize.'), linesOf('Glenmoor ferries halted.')]);
    expect(a![0]).toEqual({ local: 1, story: 1 });
    expect(a![1]).toEqual({ local: 0, story: 0 });
    expect(b![0]!.local).toBe(1);
  });
});

describe('position at the edges', () => {
  it('keeps a capture cut off inside a name, not link text at its end', () => {
    const body = 'The harbour board halted the night crossings on Monday after finding corroded hulls.\n';
    expect(removals(`${body}Harbour master Ilse Brandt, the board's`)).toEqual([[]]);
    expect(removals(`${body}See Full Page`)).toEqual([[['heading, label or link text', 'See Full Page']]]);
  });
  it('takes a shouted first line for page text without looking before it', () => {
    const opening = 'GLENMOOR FERRY HALTED: BOARD CITES CORRODED HULLS, WORN RAILS, FAILED PUMPS.';
    const rest = 'The harbour board halted the night crossings on Monday after finding corroded hulls.';
    expect(removals(`${opening}\n${rest}`)).toEqual([[['page text around the article', opening]]]);
  });
});

describe('headings inside and above the article', () => {
  const other = [
    'At least 40 people were hurt when a night ferry struck the harbour wall at Glenmoor on Monday, officials said.',
    'The harbour board said it would name a new chief inspector next week.',
  ].join('\n');
  it('removes an unfinished deck above the article that restates what the other versions report', () => {
    const page = [
      'At least 40 people hurt after night ferry strikes harbour wall at Glenmoor',
      'The ferry was carrying 300 passengers from the islands when it lost power in a storm on Monday evening.',
      'Divers inspected the hull overnight, the coastguard said in a statement on Tuesday.',
    ].join('\n');
    expect(removals(page, other)[0]).toEqual([
      ['headline or label above the article', 'At least 40 people hurt after night ferry strikes harbour wall at Glenmoor'],
    ]);
  });
  it('removes a short question standing alone between paragraphs, never a quoted one', () => {
    const page = [
      'The ferry was carrying 300 passengers from the islands when it lost power in a storm on Monday evening.',
      'Who pays for the repairs?',
      'The board said it would name a new chief inspector next week, after the current one retires.',
      '"Where do we go from here?"',
      'Divers inspected the hull overnight, the coastguard said in a statement on Tuesday.',
    ].join('\n');
    expect(removals(page, other)[0]).toEqual([['not part of the story (no other version has it)', 'Who pays for the repairs?']]);
  });
  it('removes a subhead question that another version’s paragraph answers in its words', () => {
    const page = [
      'The ferry was carrying 300 passengers from the islands when it lost power in a storm on Monday evening.',
      'Who will name the new chief inspector?',
      'The board said it would name a new chief inspector next week, after the current one retires.',
      'Divers inspected the hull overnight, the coastguard said in a statement on Tuesday.',
    ].join('\n');
    expect(removals(page, other)[0]).toEqual([['page text around the article', 'Who will name the new chief inspector?']]);
  });
});

describe('a caption in the present tense', () => {
  it('removes it even when another version has a matching paragraph, and keeps the report', () => {
    const page = [
      'The harbour board reopened the quay at Glenmoor on Monday, three months after the storm.',
      'Harbour master Ilse Brandt celebrates the reopening of the quay at Glenmoor.',
      'Ferries will run to the old timetable from next week, the board said in a statement.',
    ].join('\n');
    const other = ['Glenmoor quay reopened on Monday.', 'Ilse Brandt, the harbour master, thanked the crews at Glenmoor.'].join('\n');
    const [fromPage, fromOther] = removals(page, other);
    expect(fromPage).toEqual([
      ['page text around the article', 'Harbour master Ilse Brandt celebrates the reopening of the quay at Glenmoor.'],
    ]);
    expect(fromOther).toEqual([]);
  });
});

describe('a comment notice written as prose at a version’s end', () => {
  it('removes it and a note on the story itself; keeps a report about subscribers the other versions share', () => {
    const page = [
      'The Glenmoor Gazette lost 2,000 subscribers after it doubled its cover price in March, its owner said.',
      'The paper will cut the price back in the summer, the owner told staff on Monday.',
      'Reader comments on this piece are moderated and can take a day to appear.',
      'Coastline Press contributed to this story.',
    ].join('\n');
    const other = [
      'The Glenmoor Gazette has shed 2,000 subscribers since doubling its cover price in March.',
      'Its owner told staff on Monday that the price would be cut back in the summer.',
    ].join('\n');
    expect(removals(page, other)[0]).toEqual([
      ['not part of the story (no other version has it)', 'Reader comments on this piece are moderated and can take a day to appear.'],
      ['not part of the story (no other version has it)', 'Coastline Press contributed to this story.'],
    ]);
  });
});

describe('a paragraph the page cut off mid-sentence', () => {
  it('keeps it between two article paragraphs; a capitalised teaser there still goes', () => {
    const cut = 'The full cost of the repairs to the two older vessels in the fleet could not be immediately';
    const teaser = 'Glenmoor Lifeboat Crew Rescues Two Walkers From Cliff Path';
    const page = [
      'The harbour board halted the night ferry crossings on Monday after inspectors found corroded hulls on two vessels.',
      cut,
      'About 1,200 passengers a week used the late crossings, the board said in a statement on Monday.',
      teaser,
      'Repairs are expected to take until the spring, when the board hopes to restore the full timetable.',
    ].join('\n');
    const other = 'Night ferries from Glenmoor were halted on Monday when inspectors found corrosion in two hulls.';
    expect(removals(page, other)[0]).toEqual([['heading, label or link text', teaser]]);
  });
});

describe('a line above the version’s own headline', () => {
  const wire = [
    'Glenmoor Harbour Board Halts Night Ferries',
    'The harbour board halted the night ferry crossings on Monday after inspectors found corroded hulls.',
    'About 1,200 passengers a week used the late crossings, the board said in a statement.',
  ].join('\n');
  it('is page text (a caption or teaser the page put first) when another version’s headline says the same', () => {
    const caption = 'Speaking on the quay in the rain, she said the boats would not sail until every hull was sound.';
    const page = [
      caption,
      'Harbour Board Halts Glenmoor Night Ferries',
      'Night ferries from Glenmoor were halted on Monday when inspectors found corrosion in two hulls.',
      'Roughly 1,200 people a week take the late boats, according to the board.',
    ].join('\n');
    expect(removals(wire, page)[1]).toEqual([
      ['not part of the story (no other version has it)', caption],
      ['headline or label above the article', 'Harbour Board Halts Glenmoor Night Ferries'],
    ]);
  });
  it('stays when another version reports it', () => {
    const page = [
      'The harbour board halted the night ferry crossings on Monday after inspectors found corroded hulls.',
      'Harbour Board Halts Glenmoor Night Ferries',
      'Roughly 1,200 people a week take the late boats, according to the board.',
    ].join('\n');
    expect(removals(wire, page)[1]).toEqual([['headline or label above the article', 'Harbour Board Halts Glenmoor Night Ferries']]);
  });
});

describe('a bulleted list inside the article', () => {
  const body = (list: string): string =>
    [
      'The mill at Orrin Bay will close in March, its owner said on Tuesday, ending two centuries of weaving in the town.',
      list,
      'The owner said the looms would be sold to a museum in Tarrow, and the building offered to the council.',
      'Union leaders said they would meet the owner again next week to discuss severance.',
    ].join('\n');
  const items = '- 340 jobs lost at the mill\n- Looms sold to the Tarrow museum\n- Severance talks next week';
  const other = [
    'The Orrin Bay mill will shut in March after two centuries, its owner announced on Tuesday.',
    'About 340 jobs will be lost at the mill.',
    'Its looms will be sold to the Tarrow museum.',
    'Severance talks with the union are set for next week.',
  ].join('\n');
  const removedItems = (page: string): string[] => removals(page, other)[0]!.flatMap(([, text]) => (text.startsWith('- ') ? [text] : []));
  it('stays when the article leads into it with a colon', () => {
    expect(removedItems(body(`What the closure means:\n${items}`))).toEqual([]);
  });
  it('goes when no sentence leads into it: a box of links to other stories', () => {
    expect(removedItems(body(items))).toEqual(items.split('\n'));
  });
  it('knows the lead-in above the list’s first item', () => {
    const lines = linesOf(body(`What the closure means:\n${items}`));
    expect([1, 2, 4].map((index) => introducedList(lines, index))).toEqual([false, true, true]);
    expect(introducedList(linesOf(body(items)), 2)).toBe(false);
  });
});

describe('a paragraph the page also put above the article', () => {
  it('keeps the copy inside the article and removes the one above the dateline', () => {
    const copied = 'The 31-year-old skipper thus became the youngest to win the Orrin Bay regatta three times.';
    const page = [
      copied,
      'Skipper wins third Orrin Bay regatta',
      'ORRIN BAY (Coastline Press) — Lena Marsh won the Orrin Bay regatta on Sunday in a record time.',
      'She finished four minutes ahead of the defending champion, Tomas Ree, in gusting winds.',
      copied,
      'Marsh said she would defend the title next summer.',
    ].join('\n');
    const other = [
      'Lena Marsh won the Orrin Bay regatta on Sunday, setting a record time.',
      'Marsh, 31, is the youngest skipper to take the regatta three times.',
      'She beat Tomas Ree by four minutes.',
    ].join('\n');
    // One of the two copies goes, and as the deck above the dateline, not as a repeat of it.
    const removed = removals(page, other)[0]!;
    expect(removed.filter(([, text]) => text === copied)).toEqual([['deck or summary (the article says it again below)', copied]]);
  });
});

describe('a label that opens a line deep in the article', () => {
  it('is no dateline: the paragraphs of prose above it stay', () => {
    const page = [
      'orrin bay regatta marsh',
      'Lena Marsh won the Orrin Bay regatta on Sunday for the third time, setting a record time.',
      'She finished four minutes ahead of the defending champion, Tomas Ree, in gusting winds off the point.',
      'The race committee said the course had been shortened by a mile because of the weather.',
      'Marsh thanked her crew and said she would return next summer to defend the title again.',
      'Note: The regatta is the oldest on this coast and the club has held it since the war.',
      'Ree said he would retire from racing at the end of the season after twenty years.',
    ].join('\n');
    const other = [
      'Lena Marsh has won the Orrin Bay regatta for a third time, in a record time on Sunday.',
      'Tomas Ree, last year’s winner, finished four minutes behind her.',
      'The course was cut by a mile because of strong winds, organisers said.',
      'Ree plans to retire at the end of the season.',
    ].join('\n');
    expect(datelineLength('Note: The regatta is the oldest on this coast and the club has held it since the war.')).toBe(6);
    // Only the keyword line above the article goes; before, every paragraph above `Note:` went as 'above the dateline'.
    expect(removals(page, other)[0]!.map(([, text]) => text)).toEqual(['orrin bay regatta marsh']);
  });
});

describe('a dateline below more than two paragraphs of prose', () => {
  const other = [
    'A landslide closed the coast road at Tarrow Point on Tuesday and cut off two villages.',
    'Crews expect to clear the road by Friday, the roads office said.',
    'No one was hurt in the slide, which followed three days of heavy rain.',
  ].join('\n');
  it('opens the article when it has a dateline’s shape: the teasers and summary above it go', () => {
    const teasers = [
      'Ferry fares on the Orrin crossing will rise by a tenth from March, the operator announced this week.',
      'The Pellow town council has voted to close its last public library branch after a long debate.',
      'A summary of the week: storms, a closed road and a council vote that split the valley in two.',
    ];
    const page = [
      'tarrow landslide road',
      ...teasers,
      'TARROW POINT, Norland (Coastline Press) — A landslide shut the coast road at Tarrow Point on Tuesday, cutting off two villages.',
      'The roads office said crews should have the road open again by Friday.',
      'Nobody was injured, the office said, after three days of heavy rain loosened the hillside.',
      'Villagers were taking a boat to the market town in the meantime.',
    ].join('\n');
    expect(labelShapedDateline('TARROW POINT, Norland (Coastline Press) —')).toBe(false);
    // Before, three paragraphs of prose above any dateline made it no dateline, and the teasers stayed as the article's.
    expect(removals(page, other)[0]!.map(([, text]) => text)).toEqual([
      'tarrow landslide road',
      ...teasers,
      'TARROW POINT, Norland (Coastline Press) —',
    ]);
  });
  it('is only a label when it is a word before a colon: the article above it stays', () => {
    expect(['Note:', 'UPDATE:', 'New Delhi:'].map(labelShapedDateline)).toEqual([true, true, true]);
    expect(['LONDON —', 'Paris, France:', 'Oslo (Coastline Press):'].map(labelShapedDateline)).toEqual([false, false, false]);
  });
});

describe('a long line in title case without a sentence ending', () => {
  it('is a headline (a link to another report) even when another version says the same', () => {
    const title = 'Harbour Board Creates Winter Fund to Protect Jobs of Ferry Crews in Glenmoor, Tarrow, Orrin Bay and Pellow';
    const page = [
      'The harbour board halted the night ferries on Monday after inspectors found corroded hulls on two vessels.',
      'About 1,200 passengers a week used the late crossings, the board said in a statement.',
      'Repairs are expected to take until the spring, when the full timetable should return.',
      title,
      'Share this story',
    ].join('\n');
    const other = [
      'Night ferries from Glenmoor were halted on Monday after inspectors found corrosion in two hulls.',
      'The harbour board created a winter fund to protect the jobs of ferry crews in Glenmoor, Tarrow, Orrin Bay and Pellow.',
    ].join('\n');
    expect(removals(page, other)[0]).toEqual([
      ['text without a sentence ending', title],
      ['heading, label or link text', 'Share this story'],
    ]);
  });
});

describe('a paragraph of prose said twice word for word', () => {
  it('keeps the first copy and removes the second, never both', () => {
    const lede = 'The Orrin Bay mill will close in March, its owner said on Tuesday, ending two centuries of weaving.';
    const page = [
      lede,
      'About 340 jobs will be lost, and the looms will be sold to a museum in Tarrow.',
      lede,
      'Union leaders said they would meet the owner again next week to discuss severance pay.',
    ].join('\n');
    const other = 'The Orrin Bay mill is to close in March after two centuries, its owner said.';
    // One removal, and a repeat is always the later copy.
    expect(removals(page, other)[0]).toEqual([['repeated paragraph', lede]]);
  });
  it('removes every copy of a paragraph printed three times: a caption over a gallery, never the article', () => {
    const caption = 'Looms stand idle in the weaving shed of the Orrin Bay mill, Tuesday, March 3, 2026, as workers hear the news.';
    const page = [
      'The Orrin Bay mill will close in March, its owner said on Tuesday, ending two centuries of weaving.',
      caption,
      'About 340 jobs will be lost, and the looms will be sold to a museum in Tarrow.',
      caption,
      'Union leaders said they would meet the owner again next week to discuss severance pay.',
      caption,
    ].join('\n');
    const other = [
      'The Orrin Bay mill is to close in March after two centuries of weaving, its owner said on Tuesday.',
      'Some 340 jobs will go, and the looms will be sold to a museum in Tarrow.',
      'Union leaders will meet the owner next week to discuss severance pay, they said.',
    ].join('\n');
    expect(removals(page, other)[0]!.map(([, text]) => text)).toEqual([caption, caption, caption]);
  });
});

describe('a teaser whose label is glued to its headline', () => {
  // `More:` run into the headline it labels: the rules split the line at the colon and see neither piece whole.
  const teaser = 'More:Now that the ferries have stopped, what comes next for Glenmoor harbour?';
  const page = [
    'The harbour board stopped the night ferries from Glenmoor on Monday after inspectors found corroded hulls.',
    'About 1,200 passengers a week used the late crossings, the board said.',
    teaser,
    'Repairs are expected to take until the spring, when the board hopes to run the full timetable again.',
  ].join('\n');
  const other = [
    'Night ferries from Glenmoor were halted on Monday when inspectors found corrosion in two hulls.',
    'Roughly 1,200 people a week take the late boats, according to the harbour board, which says the ferries stopped for now.',
    'Repairs will run until the spring, the board said, before the full timetable returns.',
  ].join('\n');
  it('goes as a labelled link to another story, and the paragraphs around it stay', () => {
    const [fromPage] = removals(page, other);
    expect(fromPage!.map(([, text]) => text)).toEqual([teaser]);
  });
});

describe('an unfinished line right between two article paragraphs', () => {
  const other = [
    'A jury in Tarnby found ferry operator Ansel Brae guilty of fraud on Tuesday over forged hull inspection reports.',
    'Brae, who ran the Glenmoor night ferries, faces up to ten years in prison when he is sentenced in June.',
    'What the verdict means for the Glenmoor ferries is not yet clear, the harbour board said.',
    'The jury heard six weeks of evidence about the forged inspection reports.',
    'As Judge Ola Brandt read the verdict, Brae looked at his lawyers.',
  ].join('\n');
  const page = (middle: string): string =>
    [
      'Ferry operator Ansel Brae was found guilty of fraud by a jury in Tarnby on Tuesday over forged hull inspections.',
      'He faces up to ten years in prison and will be sentenced in June, the judge said.',
      middle,
      'Jurors heard six weeks of evidence about the inspection reports before reaching their verdict.',
    ].join('\n');
  it('goes in a headline’s tense: a teaser’s headline or subhead, in the present or the perfect', () => {
    for (const headline of [
      'What the Brae verdict means for the Glenmoor ferries',
      'Ferry boss Ansel Brae has been found guilty of fraud in Tarnby',
    ])
      expect(removals(page(headline), other)[0]!.map(([, text]) => text)).toEqual([headline]);
  });
  it('stays when it tells of the past: a report that lost its full stop', () => {
    const report = 'As Judge Ola Brandt read the verdict, Brae looked at his lawyers';
    expect(removals(page(report), other)[0]).toEqual([]);
  });
});

describe('the page promising its story more', () => {
  it('goes after the article’s last paragraph', () => {
    const page = [
      'The harbour board stopped the night ferries from Glenmoor on Monday after inspectors found corroded hulls.',
      'About 1,200 passengers a week used the late crossings, the board said.',
      'Check back later for updates on this developing story.',
    ].join('\n');
    const other = 'Night ferries from Glenmoor were halted on Monday when inspectors found corrosion in two hulls.';
    expect(removals(page, other)[0]!.map(([, text]) => text)).toEqual(['Check back later for updates on this developing story.']);
  });
});

describe('long prose without a sentence ending above the article’s first paragraph', () => {
  const other = [
    'The harbour board halted the night ferries from Glenmoor on Monday after inspectors found corroded hulls on two boats.',
    'About 1,200 passengers a week used the late crossings, the board said.',
    'Repairs are expected to take until the spring.',
  ].join('\n');
  const article = [
    'Night ferries from Glenmoor were halted on Monday when inspectors found corrosion in the hulls of two boats.',
    'Roughly 1,200 people a week take the late boats, according to the harbour board.',
    'The board expects the repairs to take until the spring.',
  ].join('\n');
  it('goes in a deck’s present tense: a page cuts its end, not its head', () => {
    const deck =
      'About 1,200 people a week lose the late crossings from Glenmoor while the board keeps two boats in the yard for hull ' +
      'work until spring';
    expect(removals([deck, article].join('\n'), other)[0]!.map(([, text]) => text)).toEqual([deck]);
  });
  it('stays when it tells of the past: a lede that lost its full stop', () => {
    const lede =
      'About 1,200 people a week lost the late crossings from Glenmoor when the board kept two boats in the yard for hull ' +
      'work on Monday';
    expect(removals([lede, article].join('\n'), other)[0]).toEqual([]);
  });
});
