import { describe, expect, it } from 'vitest';
import * as provenance from './index.ts';

describe('provenance module', () => {
  it('exports exactly its public API', () => {
    expect(Object.keys(provenance).sort()).toEqual([
      'CLASSIFY_DEFAULTS',
      'PROVENANCE_DEFAULTS',
      'analyseProvenance',
      'onlyInOneVersion',
      'pairKey',
    ]);
  });

  it('gives a story of one version no links and no derivation', () => {
    const result = provenance.analyseProvenance(
      [{ id: 'only', outlet: 'Only', text: 'One.', removed: [], sentences: [], published: undefined, byline: undefined }],
      [],
    );
    expect(result.provenance).toEqual({ minRun: 5, links: [], derivation: [], independent: ['only'], note: undefined });
    expect(result.sharedText.size).toBe(0);
  });
});
