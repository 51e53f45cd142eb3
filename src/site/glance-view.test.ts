import { describe, expect, it } from 'vitest';
import { DATE_FACT, smallStory, threeVersionStory } from '../../tests/fixtures/site/small-story.ts';
import { evenSplit, variantPlaces } from './glance-view.ts';

describe('the overview’s disagreements', () => {
  const story = smallStory();
  const { story: threeWay, date } = threeVersionStory();

  it('marks the variant fewer outlets carry as the odd one out, never the one most carry', () => {
    expect(variantPlaces(threeWay, date)).toEqual([
      {
        text: 'Monday',
        odd: false,
        places: [
          { outlet: 'Radio', href: '/stories/pier/radio/#s-1' },
          { outlet: 'Wire', href: '/stories/pier/wire/#s-1' },
        ],
      },
      { text: 'Tuesday', odd: true, places: [{ outlet: 'Paper', href: '/stories/pier/paper/#s-1' }] },
    ]);
    expect(evenSplit(date)).toBeUndefined();
  });

  it('on an even split marks neither, and says so', () => {
    expect(variantPlaces(story, DATE_FACT).map((variant) => variant.odd)).toEqual([false, false]);
    expect(evenSplit(DATE_FACT)).toBe('outlets split evenly, 1 and 1: neither side is marked as the odd one out');
  });
});
