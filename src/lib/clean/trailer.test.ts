import { describe, expect, it } from 'vitest';
import { clean, fragments, paragraphs } from '../../../tests/fixtures/clean/expect-clean.ts';

describe('related-list', () => {
  it('removes a "Latest Stories" list with its timestamps to the end of the text', () => {
    const result = clean(
      'The talks began in March.\nLatest Stories\n-\nGhana and Germany deepen partnership\n4 hours -\n' +
        'Water supply disruption looms\n5 hours\n',
    );
    expect(fragments(result)).toEqual([
      {
        rule: 'related-list',
        reason: 'related stories list',
        text: 'Latest Stories\n-\nGhana and Germany deepen partnership\n4 hours -\nWater supply disruption looms\n5 hours',
        start: 26,
        end: 127,
      },
    ]);
  });

  it('removes a list set into the body and keeps the prose after it', () => {
    const result = clean(
      'The talks began in March.\nMore on this story\nRwanda asylum deal explained\nUK migrants arrive in Kigali\n' +
        'The minister said the deal was fair.\nLatest figures show arrivals fell.\n',
    );
    expect(fragments(result)).toEqual([
      {
        rule: 'related-list',
        reason: 'related stories list',
        text: 'More on this story\nRwanda asylum deal explained\nUK migrants arrive in Kigali',
        start: 26,
        end: 102,
      },
    ]);
    expect(paragraphs(result)).toEqual([
      'The talks began in March.',
      'The minister said the deal was fair.',
      'Latest figures show arrivals fell.',
    ]);
  });

  it('keeps a bare "Related" line followed by prose, and sentences starting with "Related"', () => {
    const result = clean('The talks began in March.\nRelated\nRelated research shows arrivals fell.\n');
    expect(result.removed).toEqual([]);
  });
});

describe('tag-strip', () => {
  it('removes glued topic tags after the last sentence', () => {
    const result = clean('The talks ended in May.AfricaRwandaUnited States');
    expect(fragments(result)).toEqual([{ rule: 'tag-strip', reason: 'topic tags', text: 'AfricaRwandaUnited States', start: 23, end: 48 }]);
    expect(result.body.text).toBe('The talks ended in May.');
  });

  it('removes podcast and section names on their own lines', () => {
    const result = clean('The talks ended in May.\nBBC Africa podcasts\nFocus on Africa\nAfrica\nRwanda\n');
    expect(fragments(result)).toEqual([
      { rule: 'tag-strip', reason: 'topic tags', text: 'BBC Africa podcasts\nFocus on Africa\nAfrica\nRwanda', start: 24, end: 73 },
    ]);
  });

  it('removes a labelled tag line at the end, after a photo credit', () => {
    const result = clean(
      'The pier opened in 1901.\nPhoto: Harbourton Town Council\nTags: Harbourton, Piers, Storm Elda, Local Government\n',
    );
    expect(fragments(result)).toEqual([
      { rule: 'photo-credit', reason: 'photo credit', text: 'Photo: Harbourton Town Council', start: 25, end: 55 },
      { rule: 'tag-strip', reason: 'topic tags', text: 'Tags: Harbourton, Piers, Storm Elda, Local Government', start: 56, end: 109 },
    ]);
    expect(paragraphs(clean('The vote was close.\nFiled under: Politics | Local\n'))).toEqual(['The vote was close.']);
    expect(paragraphs(clean('The vote was close.\nCategories: news\n'))).toEqual(['The vote was close.']);
  });

  it('keeps prose that starts like a tag label', () => {
    for (const prose of [
      'Topics discussed included the budget and the pier.',
      'Topics: the council discussed the budget, the pier and the museum.',
      'Tags: none of the councillors would comment on it',
    ]) {
      expect(clean(`The vote was close.\n${prose}\n`).removed).toEqual([]);
    }
  });

  it('keeps the sentence a capture stops in, on its own line or after the last full stop of one', () => {
    for (const cut of ['The', 'The 31-year-ol', 'Crews patched both hulls. PortLink will resume its op']) {
      expect(clean(`The pier reopened on Monday after a week of repairs.\n${cut}`).removed).toEqual([]);
    }
    // A saved page ends with a line break: no sentence was cut there.
    expect(fragments(clean('The pier reopened on Monday.\nThe\n')).map((fragment) => fragment.text)).toEqual(['The']);
  });

  it('keeps a short list that the body itself introduces', () => {
    expect(clean('Countries involved:\nRwanda\nUganda\nKenya\n').removed).toEqual([]);
  });
});
