import { describe, expect, it } from 'vitest';
import { credits, directionCues, judgeDirection, type VersionClues } from './direction.ts';
import { outletName } from '../text/outlet-name.ts';
import type { SharedTextFigures } from './types.ts';

const figures = (shareA: number, shareB: number): SharedTextFigures => ({
  minRun: 5,
  words: 100,
  runs: 3,
  longestRun: 50,
  shareA,
  shareB,
  capped: false,
});
const clues = (id: string, name: string, extra: Partial<VersionClues> = {}): VersionClues => ({
  id,
  name,
  fullText: 'The minister spoke on Sunday.',
  ...extra,
});

describe('directionCues and judgeDirection', () => {
  it('calls the earlier of two dated versions the likely source', () => {
    const cues = directionCues(
      clues('a', 'Later Times', { published: '2025-05-06' }),
      clues('b', 'Early Post', { published: '2025-05-04' }),
      figures(0.9, 0.9),
      'copy',
    );
    expect(cues).toEqual([
      { toward: 'b', weight: 2, text: 'Later Times is dated 2025-05-06, Early Post 2025-05-04: the earlier one is the likelier source' },
    ]);
    expect(judgeDirection(cues)).toMatchObject({ source: 'b', direction: 'likely' });
  });

  it('reads a credit to the other outlet in the page text', () => {
    const cues = directionCues(
      clues('bbc', 'BBC News'),
      clues('copy', 'Daily Copy', { fullText: 'Source: BBC\nRwanda is in talks.' }),
      figures(0.8, 0.8),
      'copy',
    );
    expect(cues).toEqual([
      { toward: 'a', weight: 2, text: "Daily Copy's page names “BBC”, the outlet of BBC News: it likely took the text from there" },
    ]);
    expect(judgeDirection(cues)).toMatchObject({ source: 'a', direction: 'likely' });
  });

  it('makes a byline and a trimmed subset only a possible direction', () => {
    const cues = directionCues(
      clues('bbc', 'BBC News', { byline: 'Cecilia Macaulay' }),
      clues('rep', 'Republisher'),
      figures(0.885, 0.949),
      'copy',
    );
    expect(cues.map((cue) => [cue.toward, cue.weight])).toEqual([
      ['a', 1],
      ['a', 1],
    ]);
    expect(judgeDirection(cues)).toMatchObject({ source: 'a', direction: 'possible' });
  });

  it('ignores the subset cue for a rewrite and says unknown when nothing points either way', () => {
    const cues = directionCues(clues('a', 'Alpha'), clues('b', 'Beta'), figures(0.1, 0.3), 'rewrite');
    expect(cues).toEqual([]);
    expect(judgeDirection(cues)).toEqual({ source: undefined, direction: 'unknown', cues: [] });
  });

  it('leaves the direction unknown when the cues cancel out', () => {
    const cues = directionCues(clues('a', 'Alpha', { byline: 'A. Writer' }), clues('b', 'Beta'), figures(0.95, 0.9), 'copy');
    expect(judgeDirection(cues).direction).toBe('unknown');
  });
});

describe('credits and outletName', () => {
  it('finds the name or its leading acronym as a whole word only', () => {
    expect(credits('Getty Images/BBC', 'BBC News')).toBe('BBC');
    expect(credits('Go to BBCAfrica.com', 'BBC News')).toBeUndefined();
    expect(credits('as reported by BBC News today', 'BBC News')).toBe('BBC News');
    expect(credits('according to Reuters', 'Reuters')).toBe('Reuters');
    expect(credits('a US official', 'US Weekly')).toBeUndefined();
  });

  it('drops the parenthetical description editors add to an outlet', () => {
    expect(outletName('Republisher (Ghanaian news site)')).toBe('Republisher');
    expect(outletName('BBC News')).toBe('BBC News');
  });
});
