import { describe, expect, it } from 'vitest';
import { clean, fragments, paragraphs } from '../../../tests/fixtures/clean/expect-clean.ts';
import { mapOriginal } from '../text/mapped-text.ts';
import type { CleanResult } from '../types.ts';
import { cleanVersion } from './index.ts';

/** Rule, reason and text of each fragment (`fragments` checks the offsets against the original). */
function removed(result: CleanResult): [string, string, string][] {
  return fragments(result).map((fragment) => [fragment.rule, fragment.reason, fragment.text]);
}

const BODY = 'Twelve people died on Tuesday, officials said.';

describe('share-bar: more share-button layouts', () => {
  it('removes repeated "Share on …" buttons, a Pin button and a lone WhatsApp line', () => {
    const result = clean(
      'The talks began in March.\nShare on Facebook   Share on X   Share by email\nShare by Monday the results were clear.\n' +
        'Share   Tweet   Pin   Email\nWhatsApp\nPin numbers were stolen, police said.\n',
    );
    expect(removed(result)).toEqual([
      ['share-bar', 'share bar', 'Share on Facebook   Share on X   Share by email'],
      ['share-bar', 'share bar', 'Share   Tweet   Pin   Email'],
      ['share-bar', 'share bar', 'WhatsApp'],
    ]);
    expect(paragraphs(result)).toEqual([
      'The talks began in March.',
      'Share by Monday the results were clear.',
      'Pin numbers were stolen, police said.',
    ]);
  });

  it('keeps WhatsApp whole in a glued header share bar instead of splitting it at its capital', () => {
    const result = clean(`Fire kills twelve at factory\nShare\nFacebook\nWhatsApp\nEmail\n${BODY}\n`);
    expect(removed(result)).toEqual([
      ['header-chrome', 'headline', 'Fire kills twelve at factory'],
      ['share-bar', 'share bar', 'Share\nFacebook\nWhatsApp\nEmail'],
    ]);
  });
});

describe('site-menu', () => {
  it('removes a menu line and a trending bar anywhere, and keeps prose with bars in it', () => {
    const result = clean(
      'The talks began in March.\nHome | UK | World | Business | Opinion\nTrending: Leeds fire | Cost of living | Transfer news\n' +
        'Voters chose between Labour | Reform | Green, the poll said.\nSport\nIt ended.\n',
    );
    expect(removed(result)).toEqual([
      ['site-menu', 'site menu', 'Home | UK | World | Business | Opinion'],
      ['site-menu', 'trending topics bar', 'Trending: Leeds fire | Cost of living | Transfer news'],
    ]);
    // A lone section word in the body is a paragraph of the article: only the header reads it as the menu.
    expect(paragraphs(result)).toEqual([
      'The talks began in March.',
      'Voters chose between Labour | Reform | Green, the poll said.',
      'Sport',
      'It ended.',
    ]);
  });

  it('removes lone section names between the masthead and the headline', () => {
    const result = clean(`Leeds Evening Courier\nNews\nSport\nWhat's On\nFire kills twelve at Leeds factory\nShare\n${BODY}\n`);
    expect(removed(result)).toEqual([
      ['header-chrome', 'masthead', 'Leeds Evening Courier'],
      ['site-menu', 'site menu', "News\nSport\nWhat's On"],
      ['header-chrome', 'headline', 'Fire kills twelve at Leeds factory'],
      ['share-bar', 'share bar', 'Share'],
    ]);
    expect(result.found).toEqual({ title: 'Fire kills twelve at Leeds factory' });
  });
});

describe('header-chrome: masthead, headline and byline', () => {
  it('never takes a capitals masthead for the headline, and takes the headline after the menu', () => {
    const result = clean(`THE DAILY LEDGER\nHome | UK | World\nFire kills twelve at Leeds factory\nBy Jane Doe\n${BODY}\n`);
    expect(removed(result)).toEqual([
      ['header-chrome', 'masthead', 'THE DAILY LEDGER'],
      ['site-menu', 'site menu', 'Home | UK | World'],
      ['header-chrome', 'headline', 'Fire kills twelve at Leeds factory'],
      ['byline', 'byline', 'By Jane Doe'],
    ]);
    expect(result.found).toEqual({ title: 'Fire kills twelve at Leeds factory', byline: 'Jane Doe' });
  });

  it('keeps a capitals headline as the headline when no other headline follows', () => {
    const result = clean(`FIRE KILLS TWELVE IN LEEDS\nBy Jane Doe\n${BODY}\n`);
    expect(result.found).toEqual({ title: 'FIRE KILLS TWELVE IN LEEDS', byline: 'Jane Doe' });
  });

  it('knows the masthead by the outlet name, or by the name in the page copyright notice', () => {
    const page = `Leeds Evening Courier\nFire kills twelve at Leeds factory\nBy Jane Doe\n${BODY}\n`;
    // Without either, a three-word name above the headline is ambiguous: it is neither title nor byline.
    expect(clean(page).found).toEqual({ byline: 'Jane Doe' });
    const named = cleanVersion(mapOriginal(page), { outlet: 'The Leeds Evening Courier' });
    expect(named.found).toEqual({ title: 'Fire kills twelve at Leeds factory', byline: 'Jane Doe' });
    expect(removed(named)[0]).toEqual(['header-chrome', 'masthead', 'Leeds Evening Courier']);
    const withNotice = clean(`${page}© 2026 Leeds Evening Courier. All rights reserved.\n`);
    expect(withNotice.found).toEqual({ title: 'Fire kills twelve at Leeds factory', byline: 'Jane Doe' });
  });

  it('never takes a share bar for a byline, and prefers a "By" line to a bare name', () => {
    const shareBar = clean(`Fire kills twelve at Leeds factory\nListen to this article 3 min\nShare Tweet Print Email\n${BODY}\n`);
    expect(shareBar.found).toEqual({ title: 'Fire kills twelve at Leeds factory' });
    const both = clean(`Fire kills twelve at Leeds factory\nJane Doe\nBy John Smith\n${BODY}\n`);
    expect(both.found).toEqual({ title: 'Fire kills twelve at Leeds factory', byline: 'John Smith' });
  });

  it('reads "Posted by" as a byline, and keeps a sentence that starts with it', () => {
    const result = clean(
      'Kenya holds rates\nPosted by Jade Thornton\nThe bank kept its rate at 10.75%.\nPosted by the council on Monday, the notice said.\n',
    );
    expect(removed(result)).toEqual([
      ['header-chrome', 'headline', 'Kenya holds rates'],
      ['byline', 'byline', 'Posted by Jade Thornton'],
    ]);
    expect(result.found).toEqual({ title: 'Kenya holds rates', byline: 'Jade Thornton' });
    expect(paragraphs(result)).toEqual(['The bank kept its rate at 10.75%.', 'Posted by the council on Monday, the notice said.']);
  });
});

describe('photo captions with their credit on the same line', () => {
  it('removes the caption and its credit, and keeps prose a credit is glued to', () => {
    const result = clean(
      'The talks began in March.\nFirefighters at the scene on Tuesday morning. Photo: Jane Doe / Leeds Courier\n' +
        'A firefighter walks past the burnt-out unit (Image: Getty Images)\nPhoto: Crews on the lane. Credit: Metro Pulse / Ryan Patel\n' +
        '(Image: Courier / Simon Hulme)\nTwelve people died, officials said. Photo: AP\nThe fire was put out by noon, officials said.\n',
    );
    expect(removed(result)).toEqual([
      ['photo-caption', 'photo caption with its credit', 'Firefighters at the scene on Tuesday morning. Photo: Jane Doe / Leeds Courier'],
      ['photo-caption', 'photo caption with its credit', 'A firefighter walks past the burnt-out unit (Image: Getty Images)'],
      ['photo-caption', 'photo caption with its credit', 'Photo: Crews on the lane. Credit: Metro Pulse / Ryan Patel'],
      ['photo-credit', 'photo credit', '(Image: Courier / Simon Hulme)'],
    ]);
    // A sentence that reports something is prose even with a credit glued after it.
    expect(paragraphs(result)).toEqual([
      'The talks began in March.',
      'Twelve people died, officials said. Photo: AP',
      'The fire was put out by noon, officials said.',
    ]);
  });

  it('keeps two sentences of prose before a credit', () => {
    const text = 'The fire began at dawn. Crews arrived within minutes. Photo: AP\n';
    expect(clean(`The talks began in March.\n${text}It ended.\n`).removed).toEqual([]);
  });
});

describe('copyright and comments', () => {
  it('removes a copyright notice and the comments link, and keeps sentences that start with the same words', () => {
    const result = clean(
      'The talks began in March.\n© 2026 Leeds Evening Courier. All rights reserved.\nCopyright law changed in 2024, the minister said.\n' +
        'Copyright 2025 Example Media Ltd\nComments (48)\n12 comments\nComments from residents were mixed.\nIt ended.\n',
    );
    expect(removed(result)).toEqual([
      ['copyright', 'copyright notice', '© 2026 Leeds Evening Courier. All rights reserved.'],
      ['copyright', 'copyright notice', 'Copyright 2025 Example Media Ltd'],
      ['comments-link', 'comments link', 'Comments (48)'],
      ['comments-link', 'comments link', '12 comments'],
    ]);
    expect(paragraphs(result)).toEqual([
      'The talks began in March.',
      'Copyright law changed in 2024, the minister said.',
      'Comments from residents were mixed.',
      'It ended.',
    ]);
  });
});

describe('related lists with numbers or bullets, and the chrome after them', () => {
  it('removes a numbered "Most Read" list and the promotions after it', () => {
    const result = clean(
      'The talks ended in May.\n\nMost Read\n1. Energy bills to rise in April\n2. Man arrested after shop robbery\n\n' +
        'Get the Ledger Briefing: sign up to our free newsletter\nComments (48)\n',
    );
    expect(removed(result)).toEqual([
      ['related-list', 'related stories list', 'Most Read\n1. Energy bills to rise in April\n2. Man arrested after shop robbery'],
      ['promo', 'promotion', 'Get the Ledger Briefing: sign up to our free newsletter'],
      ['comments-link', 'comments link', 'Comments (48)'],
    ]);
    expect(paragraphs(result)).toEqual(['The talks ended in May.']);
  });

  it('removes a bulleted "You might also like:" list and a "Never miss a story" call', () => {
    const result = clean(
      'The talks ended in May.\nYou might also like:\n- Jobs boost as new centre opens\n- Fans react to late win\n' +
        'Never miss a story - sign up to the Metro newsletter\n',
    );
    expect(removed(result)).toEqual([
      ['related-list', 'related stories list', 'You might also like:\n- Jobs boost as new centre opens\n- Fans react to late win'],
      ['promo', 'promotion', 'Never miss a story - sign up to the Metro newsletter'],
    ]);
  });

  it('keeps a list the article itself ends with, and a sentence that starts like the call', () => {
    const result = clean('The council listed three options:\n- Close the pier\n- Repair it\nNever miss a chance to vote, she said.\n');
    expect(result.removed).toEqual([]);
  });

  it('keeps a short quoted sentence at the end: it is not a topic tag', () => {
    const result = clean('The talks ended in May. He said:\n"It is over."\n');
    expect(result.removed).toEqual([]);
  });
});

describe('wire credits in brackets', () => {
  it('removes them as credits and names the reporter when nothing else gives a byline', () => {
    const result = clean('The talks ended in May.\n(Reporting by Hannah Greaves; editing by Tom Ashworth)\n');
    expect(removed(result)).toEqual([['byline', 'reporting credits', '(Reporting by Hannah Greaves; editing by Tom Ashworth)']]);
    expect(result.found).toEqual({ byline: 'Hannah Greaves' });
    const labelled = clean(
      `Fire kills twelve at Leeds factory\nBy Jane Doe\n${BODY}\n(Reporting by Hannah Greaves; editing by Tom Ashworth)\n`,
    );
    expect(labelled.found.byline).toBe('Jane Doe');
  });

  it('keeps a bracketed sentence that starts like a credit', () => {
    expect(clean('The talks ended in May.\n(Reporting by the BBC was accurate, he said.)\n').removed).toEqual([]);
  });
});
