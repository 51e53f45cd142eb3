import { describe, expect, it } from 'vitest';
import { clean, fragments, paragraphs, type FragmentView } from '../../../tests/fixtures/clean/expect-clean.ts';

interface WidgetCase {
  rule: string;
  input: string;
  removed: Omit<FragmentView, 'rule'>[];
  /** The body's paragraphs: real sentences that start like the widget stay. */
  kept: string[];
}

// Each widget rule on lines of its own inside a body, next to a real sentence that starts with
// the same words.
const CASES: WidgetCase[] = [
  {
    rule: 'share-bar',
    input: 'The talks began in March.\nShareSave\nShare prices rose on Monday.\nShare this article\n',
    removed: [
      { reason: 'share bar', text: 'ShareSave', start: 26, end: 35 },
      { reason: 'share bar', text: 'Share this article', start: 65, end: 83 },
    ],
    kept: ['The talks began in March.', 'Share prices rose on Monday.'],
  },
  {
    rule: 'share-bar',
    input: 'The talks began in March.\nShare this post: Facebook · X · Email\nShare this view: the talks will fail.\n',
    removed: [{ reason: 'share bar', text: 'Share this post: Facebook · X · Email', start: 26, end: 63 }],
    kept: ['The talks began in March.', 'Share this view: the talks will fail.'],
  },
  {
    rule: 'relative-timestamp',
    input: 'Updated 2 hours ago\nThe talks began in March.\n13 minutes ago\nIt was 2 hours ago that he left.\n',
    removed: [
      { reason: 'timestamp', text: 'Updated 2 hours ago', start: 0, end: 19 },
      { reason: 'timestamp', text: '13 minutes ago', start: 46, end: 60 },
    ],
    kept: ['The talks began in March.', 'It was 2 hours ago that he left.'],
  },
  {
    rule: 'audio-credit',
    input: 'Listen to this article 3 min\nThe talks began in March.\nAudio By Carbonatix\nListen to the minister, he said.\n',
    removed: [
      { reason: 'audio player credit', text: 'Listen to this article 3 min', start: 0, end: 28 },
      { reason: 'audio player credit', text: 'Audio By Carbonatix', start: 55, end: 74 },
    ],
    kept: ['The talks began in March.', 'Listen to the minister, he said.'],
  },
  {
    rule: 'advertisement',
    input: 'The talks began in March.\nAdvertisement\nAdvertisement revenue fell by a third.\nADVERTISEMENT\n',
    removed: [
      { reason: 'advertisement', text: 'Advertisement', start: 26, end: 39 },
      { reason: 'advertisement', text: 'ADVERTISEMENT', start: 79, end: 92 },
    ],
    kept: ['The talks began in March.', 'Advertisement revenue fell by a third.'],
  },
  {
    rule: 'photo-caption',
    input: 'The talks began in March.\nImage caption: Olivier Nduhungirehe in Kigali last year\nThe minister spoke.\n',
    removed: [{ reason: 'photo caption', text: 'Image caption: Olivier Nduhungirehe in Kigali last year', start: 26, end: 81 }],
    kept: ['The talks began in March.', 'The minister spoke.'],
  },
  {
    rule: 'photo-credit',
    input: 'The talks began in March.\nPhoto: AP\nGetty Images/BBC\nReuters reported the talks on Sunday.\n',
    removed: [
      { reason: 'photo credit', text: 'Photo: AP', start: 26, end: 35 },
      { reason: 'photo credit', text: 'Getty Images/BBC', start: 36, end: 52 },
    ],
    kept: ['The talks began in March.', 'Reuters reported the talks on Sunday.'],
  },
  {
    rule: 'promo',
    input: 'The talks began in March.\nFollow us on WhatsApp for the latest news\nHe urged supporters to follow the talks closely.\n',
    removed: [{ reason: 'promotion', text: 'Follow us on WhatsApp for the latest news', start: 26, end: 67 }],
    kept: ['The talks began in March.', 'He urged supporters to follow the talks closely.'],
  },
  {
    rule: 'teaser',
    input:
      'The talks began in March.\nREAD ALSO: Trump Claims Credit For ‘Good Parts’ Of Economy\n' +
      'Also, read: Rihanna Stuns at Met Gala\n' +
      'Read more: Kenya shilling hits two-year high\nRead more slowly and the statement hints at a cut.\n' +
      'See also: the annex. It lists every case.\n',
    removed: [
      { reason: 'teaser for another story', text: 'READ ALSO: Trump Claims Credit For ‘Good Parts’ Of Economy', start: 26, end: 84 },
      { reason: 'teaser for another story', text: 'Also, read: Rihanna Stuns at Met Gala', start: 85, end: 122 },
      { reason: 'teaser for another story', text: 'Read more: Kenya shilling hits two-year high', start: 123, end: 167 },
    ],
    kept: ['The talks began in March.', 'Read more slowly and the statement hints at a cut.', 'See also: the annex. It lists every case.'],
  },
  {
    rule: 'byline',
    input:
      'The talks began in March.\nBy Jane Doe\nBy Monday, the talks had collapsed.\n' +
      'Reporting by Jane Doe; Editing by John Smith\nOur standards apply.\n',
    removed: [
      { reason: 'byline', text: 'By Jane Doe', start: 26, end: 37 },
      { reason: 'reporting credits', text: 'Reporting by Jane Doe; Editing by John Smith', start: 74, end: 118 },
    ],
    kept: ['The talks began in March.', 'By Monday, the talks had collapsed.', 'Our standards apply.'],
  },
];

describe('widget rules', () => {
  it.each(CASES)('$rule', ({ rule, input, removed, kept }) => {
    const result = clean(input);
    expect(fragments(result)).toEqual(removed.map((fragment) => ({ rule, ...fragment })));
    expect(paragraphs(result)).toEqual(kept);
  });
});
