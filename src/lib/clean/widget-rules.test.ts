import { describe, expect, it } from 'vitest';
import { clean, fragments, paragraphs } from '../../../tests/fixtures/clean/expect-clean.ts';

// Each widget rule on a line of its own inside a body, next to a real sentence that starts with
// the same words and must stay.
describe('share-bar', () => {
  it('removes share widgets, glued or spelled out, and keeps "Share prices rose"', () => {
    const result = clean('The talks began in March.\nShareSave\nShare prices rose on Monday.\nShare this article\n');
    expect(fragments(result)).toEqual([
      { rule: 'share-bar', reason: 'share bar', text: 'ShareSave', start: 26, end: 35 },
      { rule: 'share-bar', reason: 'share bar', text: 'Share this article', start: 65, end: 83 },
    ]);
    expect(paragraphs(result)).toEqual(['The talks began in March.', 'Share prices rose on Monday.']);
  });
});

describe('relative-timestamp', () => {
  it('removes timestamp widgets and keeps sentences that mention a time', () => {
    const result = clean('Updated 2 hours ago\nThe talks began in March.\n13 minutes ago\nIt was 2 hours ago that he left.\n');
    expect(fragments(result)).toEqual([
      { rule: 'relative-timestamp', reason: 'timestamp', text: 'Updated 2 hours ago', start: 0, end: 19 },
      { rule: 'relative-timestamp', reason: 'timestamp', text: '13 minutes ago', start: 46, end: 60 },
    ]);
    expect(paragraphs(result)).toEqual(['The talks began in March.', 'It was 2 hours ago that he left.']);
  });
});

describe('audio-credit', () => {
  it('removes audio-player credits and keeps "Listen to the minister"', () => {
    const result = clean('Listen to this article 3 min\nThe talks began in March.\nAudio By Carbonatix\nListen to the minister, he said.\n');
    expect(fragments(result)).toEqual([
      { rule: 'audio-credit', reason: 'audio player credit', text: 'Listen to this article 3 min', start: 0, end: 28 },
      { rule: 'audio-credit', reason: 'audio player credit', text: 'Audio By Carbonatix', start: 55, end: 74 },
    ]);
    expect(paragraphs(result)).toEqual(['The talks began in March.', 'Listen to the minister, he said.']);
  });
});

describe('advertisement', () => {
  it('removes ad slots and keeps "Advertisement revenue fell"', () => {
    const result = clean('The talks began in March.\nAdvertisement\nAdvertisement revenue fell by a third.\nADVERTISEMENT\n');
    expect(fragments(result)).toEqual([
      { rule: 'advertisement', reason: 'advertisement', text: 'Advertisement', start: 26, end: 39 },
      { rule: 'advertisement', reason: 'advertisement', text: 'ADVERTISEMENT', start: 79, end: 92 },
    ]);
    expect(paragraphs(result)).toEqual(['The talks began in March.', 'Advertisement revenue fell by a third.']);
  });
});

describe('photo-credit and photo-caption', () => {
  it('removes labelled captions and credits and keeps a sentence sourced to an agency', () => {
    const result = clean(
      'The talks began in March.\nImage caption: Olivier Nduhungirehe in Kigali last year\nPhoto: AP\nGetty Images/BBC\nReuters reported the talks on Sunday.\n',
    );
    expect(fragments(result)).toEqual([
      { rule: 'photo-caption', reason: 'photo caption', text: 'Image caption: Olivier Nduhungirehe in Kigali last year', start: 26, end: 81 },
      { rule: 'photo-credit', reason: 'photo credit', text: 'Photo: AP', start: 82, end: 91 },
      { rule: 'photo-credit', reason: 'photo credit', text: 'Getty Images/BBC', start: 92, end: 108 },
    ]);
    expect(paragraphs(result)).toEqual(['The talks began in March.', 'Reuters reported the talks on Sunday.']);
  });
});

describe('promo', () => {
  it('removes calls to action and keeps reported speech about following', () => {
    const result = clean('The talks began in March.\nFollow us on WhatsApp for the latest news\nHe urged supporters to follow the talks closely.\n');
    expect(fragments(result)).toEqual([
      { rule: 'promo', reason: 'promotion', text: 'Follow us on WhatsApp for the latest news', start: 26, end: 67 },
    ]);
  });
});

describe('teaser', () => {
  it('removes labelled links to other stories and keeps "Read more slowly" and labelled paragraphs', () => {
    const result = clean(
      'The talks began in March.\nREAD ALSO: Trump Claims Credit For ‘Good Parts’ Of Economy\nAlso, read: Rihanna Stuns at Met Gala\n' +
        'Read more: Kenya shilling hits two-year high\nRead more slowly and the statement hints at a cut.\nSee also: the annex. It lists every case.\n',
    );
    expect(fragments(result)).toEqual([
      { rule: 'teaser', reason: 'teaser for another story', text: 'READ ALSO: Trump Claims Credit For ‘Good Parts’ Of Economy', start: 26, end: 84 },
      { rule: 'teaser', reason: 'teaser for another story', text: 'Also, read: Rihanna Stuns at Met Gala', start: 85, end: 122 },
      { rule: 'teaser', reason: 'teaser for another story', text: 'Read more: Kenya shilling hits two-year high', start: 123, end: 167 },
    ]);
    expect(paragraphs(result)).toEqual([
      'The talks began in March.',
      'Read more slowly and the statement hints at a cut.',
      'See also: the annex. It lists every case.',
    ]);
  });
});
