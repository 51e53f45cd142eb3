import { describe, expect, it } from 'vitest';
import { smallStory } from '../../tests/fixtures/site/small-story.ts';
import { skippedNotice } from './language-notice.ts';

describe('skippedNotice', () => {
  const story = smallStory();

  it('says nothing when the facts stage read every version', () => {
    expect(skippedNotice(story)).toBeUndefined();
  });

  it('names each version left out, by its outlet, with the share of English function words', () => {
    expect(skippedNotice({ ...story, factsSkipped: [{ version: 'paper', reason: 'language', englishShare: 0.04 }] })).toBe(
      'Facts are read from English text only. Paper (4%) reads as another language (the share of its words that are English ' +
        'function words, against about 40% in English), so it has no facts and no flags here.',
    );
    expect(
      skippedNotice({
        ...story,
        factsSkipped: [
          { version: 'wire', reason: 'language', englishShare: 0 },
          { version: 'paper', reason: 'language', englishShare: 0.05 },
        ],
      }),
    ).toMatch(/^Facts are read from English text only\. Wire \(0%\) and Paper \(5%\) read as another language .* so they have no facts/u);
  });
});
