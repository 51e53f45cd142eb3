import { describe, expect, it } from 'vitest';
import { describingEnding, lightStem, rootStem } from './stem.ts';

describe('rootStem (alignment)', () => {
  it('meets word forms and name spellings at one key', () => {
    expect(['deported', 'deportees', 'deportations'].map(rootStem)).toEqual(['deport', 'deport', 'deport']);
    expect(['nduhungireh', 'nduhungirehe'].map(rootStem)).toEqual(['nduhun', 'nduhun']);
    expect(['remove', 'removal', 'talks', 'given', 'giving'].map(rootStem)).toEqual(['remov', 'remov', 'talk', 'give', 'give']);
  });

  it('keeps the silent e of a short stem, so a plural -s and a dropped -e do not meet', () => {
    expect(['care', 'cares', 'cared', 'caring'].map(rootStem)).toEqual(['care', 'care', 'care', 'care']);
    expect(['car', 'cars'].map(rootStem)).toEqual(['car', 'car']);
    expect(['plane', 'planes', 'plan', 'plans', 'time', 'times', 'timing'].map(rootStem)).toEqual([
      'plane',
      'plane',
      'plan',
      'plan',
      'time',
      'time',
      'time',
    ]);
    // The e of a plural after s, x, z, ch or sh is not the word's own.
    expect(['box', 'boxes', 'tax', 'taxes', 'bus', 'buses'].map(rootStem)).toEqual(['box', 'box', 'tax', 'tax', 'bus', 'bus']);
  });
});

describe('lightStem (facts)', () => {
  it('takes off plurals, -ed and -ing, and keeps longer suffixes', () => {
    expect(['stage', 'stages', 'deported', 'deport', 'deportation', 'deportations'].map(lightStem)).toEqual([
      'stag',
      'stag',
      'deport',
      'deport',
      'deportation',
      'deportation',
    ]);
    expect(['companies', 'planning', 'stopped', 'taxes', 'classes', 'hoping', 'copied'].map(lightStem)).toEqual([
      'company',
      'plan',
      'stop',
      'tax',
      'class',
      'hop',
      'copy',
    ]);
  });

  it('drops a possessive, leaves -us and -is alone, and stems the American spelling', () => {
    expect(['Rwanda’s', 'status', 'bus', 'analysis', 'talks', 'organised'].map(lightStem)).toEqual([
      'rwanda',
      'status',
      'bus',
      'analysis',
      'talk',
      'organiz',
    ]);
  });
});

describe('describingEnding', () => {
  it('reads a describing word by its ending, of more than five letters', () => {
    expect(['Tearful', 'embattled', 'grieving', 'defensive', 'nervous', 'Helpless'].map(describingEnding)).toEqual([
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['defiant', 'red', 'king', 'Minister', 'ruled'].map(describingEnding)).toEqual([false, false, false, false, false]);
  });
});
