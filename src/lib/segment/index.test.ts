import { expect, it } from 'vitest';
import * as segment from './index.ts';

it('exports exactly the stage API', () => {
  expect(Object.keys(segment).sort()).toEqual(['normalizeForMatching', 'segmentVersion', 'tokenize']);
});
