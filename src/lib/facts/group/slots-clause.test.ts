import { describe, expect, it } from 'vitest';
import { sentencesOf } from '../../../../tests/fixtures/facts/sentences.ts';
import { extractMentions } from '../index.ts';
import { storyContext } from '../story-context.ts';
import { slotOf } from './slots.ts';

/** Each figure of a one-sentence story with the slot it fills. */
function slots(text: string): [string, string | undefined][] {
  const sentences = sentencesOf(text, 'one');
  const context = storyContext(
    [{ id: 'one', sentences }],
    sentences.map((sentence) => ({ id: sentence.id, sentences: [sentence.id] })),
  );
  return sentences.flatMap((sentence) =>
    extractMentions(sentence)
      .filter((mention) => mention.kind === 'number')
      .map((mention): [string, string | undefined] => [mention.text, slotOf(mention, context)?.key]),
  );
}

// A count of people is a toll only by a toll word of its own clause (group/slots.ts).
describe('a toll read in the figure’s own clause', () => {
  it('reads no toll in a count before a toll verb in -ing, whose count follows it', () => {
    expect(slots('The coach carrying 48 people overturned injuring 19 on the Orla road.')).toEqual([
      ['48', 'peopl'],
      ['19', 'toll injur'],
    ]);
  });

  it('reads no toll across a clause opener', () => {
    expect(slots('The coach held 48 when 19 were hurt on the Orla road.')).toEqual([
      ['48', undefined],
      ['19', 'toll hurt'],
    ]);
  });

  it('still reads a toll word of the figure’s own clause, after or before it', () => {
    expect(slots('Officials said 19 people were injured near Orla Point.')).toEqual([['19', 'toll injur']]);
    expect(slots('The crash near Orla Point killed 4 people.')).toEqual([['4', 'toll dead']]);
  });
});
