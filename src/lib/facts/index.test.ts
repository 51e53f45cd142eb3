import { describe, expect, it } from 'vitest';
import { sentencesOf } from '../../../tests/fixtures/facts/sentences.ts';
import * as facts from './index.ts';
import { buildFactIndex, type FactAlignmentGroup, type FactInputVersion } from './index.ts';

const texts: Record<string, string> = {
  a: 'The U.S. envoy Maria Lopez arrived in Lima on Monday. "We will organise talks at 5pm," Lopez said. Nearly 300 people met her.',
  b: 'The US envoy Maria Lopes arrived in Lima on Tuesday. “We will organize talks at 5 p.m.,” Lopes said. Nearly 300 people met her.',
  c: 'Envoy Maria Lopez reached Lima on Monday. About 300 people greeted her.',
};
const versions: FactInputVersion[] = Object.entries(texts).map(([id, text]) => ({ id, sentences: sentencesOf(text, id) }));
// Hand-made alignment: the arrival, the quote, the crowd.
const alignment: FactAlignmentGroup[] = [
  { id: 'g-1', sentences: ['a/s-1', 'b/s-1', 'c/s-1'] },
  { id: 'g-2', sentences: ['a/s-2', 'b/s-2'] },
  { id: 'g-3', sentences: ['a/s-3', 'b/s-3', 'c/s-2'] },
  { id: 'g-4', sentences: ['c/s-3'] },
];

describe("a quote's speaker", () => {
  it('is spelled as most versions spell the name; the other spellings are kept with their versions, a shorter telling is none', () => {
    const written: Record<string, string> = {
      a: 'Mayor Ilse Brannock visited the harbour on Monday. “We will reopen the port by spring,” said Mayor Ilse Brannock.',
      b: 'Mayor Ilse Brannock visited the harbour on Monday. “We will reopen the port by spring,” Brannock said.',
      c: 'Mayor Ilse Brannick visited the harbour on Monday. “We will reopen the port by spring,” said Mayor Ilse Brannick.',
    };
    const quote = buildFactIndex(
      Object.entries(written).map(([id, text]) => ({ id, sentences: sentencesOf(text, id) })),
      [
        { id: 'g-1', sentences: ['a/s-1', 'b/s-1', 'c/s-1'] },
        { id: 'g-2', sentences: ['a/s-2', 'b/s-2', 'c/s-2'] },
      ],
    ).find((fact) => fact.kind === 'quote');
    expect([quote?.speaker, quote?.speakerVariants]).toEqual(['Ilse Brannock', [{ text: 'Ilse Brannick', versions: ['c'] }]]);
  });
});

describe('buildFactIndex', () => {
  const index = buildFactIndex(versions, alignment);
  const byId = new Map(index.map((fact) => [fact.id, fact]));

  it('flags the differences of substance, with every variant and its outlets, likely flags first', () => {
    const disagreements = index.filter((fact) => fact.disagreement).map((fact) => [fact.id, fact.confidence, fact.variants]);
    expect(disagreements).toEqual([
      [
        'date-on-monday-envoy-maria-lima',
        'likely',
        [
          { text: 'on Monday', versions: ['a', 'c'] },
          { text: 'on Tuesday', versions: ['b'] },
        ],
      ],
      [
        'person-maria-lopez',
        'likely',
        [
          { text: 'Maria Lopez', versions: ['a', 'c'] },
          { text: 'Maria Lopes', versions: ['b'] },
        ],
      ],
    ]);
    // A shortfall (`nearly`) beside a rounding (`about`): two approximations of one figure, no flag.
    expect(byId.get('number-nearly-300-people')).toMatchObject({ disagreement: false });
  });

  it('gives every flag its evidence: the rule, the slot, the two values, their sentences and link', () => {
    expect(byId.get('date-on-monday-envoy-maria-lima')?.evidence).toMatchObject({
      rule: 'value',
      // The pair whose sentences correspond best: a and b are near copies.
      values: ['on Monday', 'on Tuesday'],
      versions: ['a', 'b'],
      sentences: ['a/s-1', 'b/s-1'],
    });
    for (const fact of index) expect(fact.disagreement, fact.id).toBe(fact.evidence !== undefined && fact.confidence !== undefined);
  });

  it('does not count house style: U.S./US, organise/organize, 5pm/5 p.m., curly/straight quotes', () => {
    expect(byId.get('place-us')?.disagreement).toBe(false);
    expect(byId.get('quote-we-will-organize-talks-at-5pm')).toMatchObject({ disagreement: false, variants: [{ versions: ['a', 'b'] }] });
    expect(index.filter((fact) => fact.kind === 'claim')).toEqual([]);
  });

  it('keeps the public field names, and mention offsets that point at the mention in the original', () => {
    for (const fact of index) {
      expect(Object.keys(fact).slice(0, 6)).toEqual(['id', 'kind', 'label', 'mentions', 'variants', 'disagreement']);
      for (const mention of fact.mentions) {
        expect(Object.keys(mention)).toEqual(['version', 'sentence', 'text', 'start', 'end']);
        expect(texts[mention.version]!.slice(mention.start, mention.end)).toBe(mention.text);
      }
    }
  });

  it('does not depend on the order of the versions or of the groups', () => {
    const reversed = buildFactIndex([...versions].reverse(), [...alignment].reverse());
    expect(reversed).toEqual(index);
  });

  it('exports exactly its public API', () => {
    expect(Object.keys(facts).sort()).toEqual([
      'FACT_KINDS',
      'FACT_WORK_LIMITS',
      'buildFactIndex',
      'buildFactIndexWithWork',
      'extractMentions',
      'extractVersionMentions',
      'resolveDate',
    ]);
  });
});
