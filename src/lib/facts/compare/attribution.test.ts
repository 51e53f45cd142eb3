import { describe, expect, it } from 'vitest';
import { flags } from '../../../../tests/fixtures/facts/flag-story.ts';
import { sentenceOf } from '../../../../tests/fixtures/facts/sentences.ts';
import type { Sentence } from '../../types.ts';
import type { StoryContext } from '../story-context.ts';
import type { RawMention } from '../types.ts';
import { actorChange, attributionFlag } from './attribution.ts';

const side = (change: ReturnType<typeof actorChange>, which: 'a' | 'b'): string | undefined =>
  change && change[which].sentence.text.slice(change[which].at, change[which].end);

describe('attribution of an act: one act, two named actors', () => {
  it('reads two actors of the same verb on the same thing', () => {
    const change = actorChange(
      sentenceOf('The Harbour Authority closed the port of Dunmere on Tuesday after the storm.', 'one'),
      sentenceOf('The Coast Guard closed the port of Dunmere on Tuesday after the storm.', 'two'),
      0.8,
    );
    expect(change?.reason).toBe('attribution');
    expect([side(change, 'a'), side(change, 'b')]).toEqual(['Harbour Authority closed', 'Coast Guard closed']);
    expect(change?.note).toBe('done by different actors: “Harbour Authority” and “Coast Guard”');
  });

  it('flags it as a likely attribution between corresponding sentences', () => {
    const found = flags(
      'The Harbour Authority closed the port of Dunmere on Tuesday after the storm.',
      'The Coast Guard closed the port of Dunmere on Tuesday after the storm.',
    );
    expect(found.map((fact) => [fact.kind, fact.confidence, fact.evidence?.rule, fact.evidence?.values])).toEqual([
      ['claim', 'likely', 'attribution', ['Harbour Authority closed', 'Coast Guard closed']],
    ]);
  });

  it('finds none for one actor written two ways, an actor the other sentence also names, a passive, a speech verb or a loose link', () => {
    const none = (a: string, b: string, link = 0.8): void =>
      expect(actorChange(sentenceOf(a, 'one'), sentenceOf(b, 'two'), link)).toBeUndefined();
    none('Moerck ended the drought with a stoppage-time header.', 'Morck ended the drought with a stoppage-time header.');
    none('Norland netted five times before the break.', 'The Norlanders netted five times before the break.');
    none('The Harbour Authority closed the port with the Coast Guard.', 'The Coast Guard closed the port on Tuesday.');
    none('The port was closed by the Harbour Authority.', 'The Coast Guard closed the port.');
    none('Mayor Ilse Brannock said the port would reopen.', 'Governor Tomas Weir said the port would reopen.');
    none('The Harbour Authority closed the port of Dunmere.', 'The Coast Guard closed the port of Dunmere.', 0.2);
  });
});

describe('attribution of a quotation', () => {
  const one = sentenceOf('“We will come even closer to our greatest dreams,” said club president Omar Al-Haddad.', 'one');
  const two = sentenceOf('“We will come even closer to our greatest dreams,” he added.', 'two');
  const three = sentenceOf('“We will come even closer to our greatest dreams,” said coach Lena Varga.', 'three');
  const sentences = new Map<string, Sentence>([one, two, three].map((sentence) => [sentence.id, sentence]));
  const context = { sentence: (id: string) => sentences.get(id), link: () => 1 } as unknown as StoryContext;
  const quote = (sentence: Sentence, speaker: string): RawMention => ({
    kind: 'quote',
    version: sentence.version,
    sentence: sentence.id,
    text: 'We will come even closer to our greatest dreams',
    start: 1,
    end: 48,
    at: 1,
    key: 'we will come even closer to our greatest dreams',
    speaker,
  });
  const stems = new Set(['come', 'even', 'closer', 'greatest', 'dream']);

  it('gives one quotation to two named people as a likely attribution flag', () => {
    const flag = attributionFlag(quote(one, 'Omar Haddad'), quote(three, 'Lena Varga'), stems, stems, [], context);
    expect([flag?.confidence, flag?.evidence?.rule, flag?.evidence?.values]).toEqual([
      'likely',
      'attribution',
      ['Omar Haddad', 'Lena Varga'],
    ]);
  });

  it('finds none where the other sentence names the speaker too (a hyphenated name read in part)', () => {
    expect(attributionFlag(quote(two, 'Haddad'), quote(one, 'Omar Al'), stems, stems, [], context)).toBeUndefined();
  });
});
