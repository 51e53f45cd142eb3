import { describe, expect, it } from 'vitest';
import { onlyInOneVersion } from './only-here.ts';

const versions = [{ id: 'a' }, { id: 'b' }];

describe('onlyInOneVersion', () => {
  it('lists sentences in groups of one version, split sentences included, and facts one version mentions', () => {
    const alignment = [
      { sentences: ['a/s-1', 'b/s-1'] },
      { sentences: ['a/s-10'] },
      { sentences: ['b/s-2', 'b/s-3'] },
      { sentences: ['a/s-2'] },
    ];
    const facts = [
      { id: 'person-x', mentions: [{ version: 'a' }, { version: 'b' }] },
      { id: 'number-700', mentions: [{ version: 'b' }, { version: 'b' }] },
    ];
    expect(onlyInOneVersion(versions, alignment, facts)).toEqual([
      { version: 'a', sentences: ['a/s-2', 'a/s-10'], facts: [] },
      { version: 'b', sentences: ['b/s-2', 'b/s-3'], facts: ['number-700'] },
    ]);
  });

  it('says nothing is "only here" in a story of one version', () => {
    expect(onlyInOneVersion([{ id: 'a' }], [{ sentences: ['a/s-1'] }])).toEqual([{ version: 'a', sentences: [], facts: [] }]);
  });
});
