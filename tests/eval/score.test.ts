import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LabelError, locateLabels } from '../../eval/labels.ts';
import { figures, formatMentionsByKind, formatMistakes } from '../../eval/report.ts';
import { scoreStory, type ScoredExport } from '../../eval/score.ts';

const dir = 'tests/fixtures/eval/kestrel-bridge';
const texts = new Map([
  ['wire', readFileSync(`${dir}/wire.txt`, 'utf8')],
  ['daily', readFileSync(`${dir}/daily.txt`, 'utf8')],
]);
const labels = locateLabels(readFileSync(`${dir}/labels.yaml`, 'utf8'), texts, 'labels.yaml');
const wire = texts.get('wire')!;
const daily = texts.get('daily')!;
const span = (text: string, part: string): { start: number; end: number } => {
  const start = text.indexOf(part);
  if (start < 0) throw new Error(`no "${part}"`);
  return { start, end: start + part.length };
};

/** An analysis that keeps the dateline and the share line, splits the quote wrongly, and flags two things. */
const analysis: ScoredExport = {
  versions: [
    {
      id: 'wire',
      title: 'Bridge shut',
      removed: [span(wire, 'Home | News | Local'), span(wire, 'Bridge shut')],
      sentences: [
        {
          id: 'wire/s-1',
          ...span(
            wire,
            'DUNMERE (EW) -- Engineers closed the Kestrel footbridge on Tuesday after finding cracks in two of its steel hangers.',
          ),
        },
        { id: 'wire/s-2', ...span(wire, 'The council said 4,000 people cross the bridge each day.') },
        { id: 'wire/s-3', ...span(wire, '"We will not take risks with public safety,"') },
        { id: 'wire/s-4', ...span(wire, 'said council leader Maya Orr.') },
        { id: 'wire/s-5', ...span(wire, 'Share this story') },
      ],
    },
    {
      id: 'daily',
      byline: 'Subscribe',
      removed: [span(daily, 'Subscribe to our newsletter'), span(daily, 'Read more: Ferry fares to rise in spring')],
      sentences: [
        {
          id: 'daily/s-1',
          ...span(daily, 'The Kestrel footbridge was closed on Tuesday when engineers found cracks in three steel hangers.'),
        },
        { id: 'daily/s-2', ...span(daily, 'About 4,000 people use it daily, according to the council.') },
      ],
    },
  ],
  alignment: [
    { sentences: ['wire/s-1', 'daily/s-1'] },
    { sentences: ['wire/s-2', 'daily/s-1'] },
    { sentences: ['daily/s-2'] },
    { sentences: ['wire/s-3'] },
    { sentences: ['wire/s-4', 'wire/s-5'] },
  ],
  facts: [
    {
      kind: 'number',
      disagreement: true,
      mentions: [
        { version: 'wire', ...span(wire, 'two') },
        { version: 'daily', ...span(daily, 'three') },
      ],
    },
    { kind: 'number', disagreement: false, mentions: [{ version: 'wire', ...span(wire, '4,000') }] },
    {
      kind: 'date',
      disagreement: true,
      confidence: 'possible',
      mentions: [
        { version: 'wire', ...span(wire, 'Tuesday') },
        { version: 'daily', ...span(daily, 'Tuesday') },
      ],
    },
    { kind: 'person', disagreement: false, mentions: [{ version: 'wire', ...span(wire, 'Maya Orr') }] },
  ],
};

describe('eval scoring', () => {
  const score = scoreStory(labels, texts, analysis);
  it('weighs junk and article text by non-space characters', () => {
    // Junk: wire 15 + 10 + 13 + 14 and daily 24 + 33 characters of ink; left: the dateline (13) and the share line (14).
    expect(score.junkRemoved).toEqual({ hit: 109 - 27, of: 109 });
    expect(score.articleKept.hit).toBe(score.articleKept.of);
  });
  it('counts a sentence right when its article characters match, and a split quote wrong', () => {
    expect(score.sentences).toEqual({ matched: 4, predicted: 6, gold: 5 });
  });
  it('maps links onto labelled sentences and counts each pair once', () => {
    const { mistakes, ...counts } = score.links;
    expect(counts).toEqual({ matched: 1, predicted: 2, gold: 2 });
    expect(mistakes.map((m) => `${m.kind} ${m.a} ~ ${m.b}`)).toEqual(['missed daily#2 ~ wire#2', 'wrong daily#1 ~ wire#2']);
  });
  it('links a sentence that also covers a row with that row, in the labels and in the analysis', () => {
    const merged = readFileSync(`${dir}/labels.yaml`, 'utf8').replace('  - [wire#2, daily#2]', '  - {refs: [wire#2], also: [daily#1]}');
    const coveringLabels = locateLabels(merged, texts, 'labels.yaml');
    expect(coveringLabels.groups).toEqual([
      {
        refs: [
          ['wire', 1],
          ['daily', 1],
        ],
        also: [],
      },
      { refs: [['wire', 2]], also: [['daily', 1]] },
    ]);
    const rows = (alignment: ScoredExport['alignment']): ScoredExport => ({ ...analysis, alignment });
    // daily/s-1 sits in the lede's row and also covers the row of the wire's figure sentence.
    const covering = scoreStory(
      coveringLabels,
      texts,
      rows([
        { sentences: ['wire/s-1', 'daily/s-1'] },
        { sentences: ['wire/s-2'], alsoCoveredBy: [{ sentence: 'daily/s-1' }] },
        { sentences: ['daily/s-2'] },
      ]),
    ).links;
    expect([covering.matched, covering.predicted, covering.gold]).toEqual([2, 2, 2]);
    // Without the covers link the row's link is missed; with it but labels without `also`, it is wrong.
    const plain = scoreStory(coveringLabels, texts, rows([{ sentences: ['wire/s-1', 'daily/s-1'] }, { sentences: ['wire/s-2'] }])).links;
    expect(plain.mistakes.map((m) => `${m.kind} ${m.a} ~ ${m.b}`)).toEqual(['missed daily#1 ~ wire#2']);
    const unlabelled = scoreStory(
      labels,
      texts,
      rows([{ sentences: ['wire/s-1', 'daily/s-1'] }, { sentences: ['wire/s-2'], alsoCoveredBy: [{ sentence: 'daily/s-1' }] }]),
    ).links;
    expect(unlabelled.mistakes.map((m) => `${m.kind} ${m.a} ~ ${m.b}`)).toEqual(['missed daily#2 ~ wire#2', 'wrong daily#1 ~ wire#2']);
  });
  it('refuses a group that names one sentence', () => {
    const lone = readFileSync(`${dir}/labels.yaml`, 'utf8').replace('  - [wire#2, daily#2]', '  - {refs: [wire#2]}');
    expect(() => locateLabels(lone, texts, 'labels.yaml')).toThrow(
      new LabelError('labels.yaml: groups.1: a group names at least two sentences'),
    );
  });
  it('scores mentions by kind, with quote recall zero when no quote is read', () => {
    expect(score.factMentions.number).toEqual({ found: 3, gold: 4, right: 3, predicted: 3 });
    expect(score.factMentions.date).toEqual({ found: 2, gold: 2, right: 2, predicted: 2 });
    expect(score.factMentions.quote).toEqual({ found: 0, gold: 1, right: 0, predicted: 0 });
  });
  it('matches a labelled stretch of time with an analysed number or date, and every other mention only by its kind', () => {
    const story = 'The hearing lasted four days.\nIt ended on Friday.';
    const stretchTexts = new Map([
      ['one', story],
      ['two', story],
    ]);
    const version = (id: string): string =>
      `  ${id}:\n    kind: rewrite\n    title: null\n    byline: null\n    published: null\n    agency: null\n` +
      `    sentences:\n      - "The hearing lasted four days."\n      - "It ended on Friday."\n`;
    const yaml = (stretchKind: string, dayKind: string): string =>
      `event: invented\nversions:\n${version('one')}${version('two')}groups:\n  - [one#1, two#1]\nfacts:\n` +
      `  - kind: ${stretchKind}\n    mentions:\n      - one#1: four days\n      - two#1: four days\n` +
      `  - kind: ${dayKind}\n    mentions:\n      - one#2: Friday\n`;
    const at = (part: string): { start: number; end: number } => span(story, part);
    const read: ScoredExport = {
      versions: ['one', 'two'].map((id) => ({ id, removed: [], sentences: [] })),
      alignment: [],
      facts: [
        { kind: 'number', disagreement: false, mentions: [{ version: 'one', ...at('four days') }] },
        { kind: 'date', disagreement: false, mentions: [{ version: 'two', ...at('four days') }] },
        { kind: 'number', disagreement: false, mentions: [{ version: 'one', ...at('Friday') }] },
      ],
    };
    const asDate = scoreStory(locateLabels(yaml('date', 'date'), stretchTexts, 'labels.yaml'), stretchTexts, read).factMentions;
    // Both readings of the labelled stretch count; 'Friday' read as a number is no date.
    expect(asDate.date).toEqual({ found: 2, gold: 3, right: 1, predicted: 1 });
    expect(asDate.number).toEqual({ found: 0, gold: 0, right: 1, predicted: 2 });
    const asNumber = scoreStory(locateLabels(yaml('number', 'number'), stretchTexts, 'labels.yaml'), stretchTexts, read).factMentions;
    expect(asNumber.number).toEqual({ found: 3, gold: 3, right: 2, predicted: 2 });
    expect(asNumber.date).toEqual({ found: 0, gold: 0, right: 1, predicted: 1 });
  });
  it('lists each missed and wrong mention with its sentence, and tells a wrong one in page junk', () => {
    const withWrong = scoreStory(labels, texts, {
      ...analysis,
      facts: [
        ...analysis.facts,
        { kind: 'number', disagreement: false, mentions: [{ version: 'wire', ...span(wire, 'each day') }] },
        { kind: 'date', disagreement: false, mentions: [{ version: 'wire', ...span(wire, 'Local') }] },
      ],
    });
    expect(withWrong.factMentions.number).toEqual({ found: 3, gold: 4, right: 3, predicted: 4 });
    expect(withWrong.factMentions.date).toEqual({ found: 2, gold: 2, right: 2, predicted: 3 });
    expect(withWrong.mentionMistakes).toEqual([
      {
        kind: 'missed',
        fact: 'quote',
        version: 'wire',
        text: 'We will not take risks with public safety,',
        sentence: '"We will not take risks with public safety," said council leader Maya Orr.',
        junk: false,
      },
      {
        kind: 'missed',
        fact: 'number',
        version: 'daily',
        text: '4,000',
        sentence: 'About 4,000 people use it daily, according to the council.',
        junk: false,
      },
      {
        kind: 'wrong',
        fact: 'number',
        version: 'wire',
        text: 'each day',
        sentence: 'The council said 4,000 people cross the bridge each day.',
        junk: false,
      },
      // "Local" lies in the menu line, which no sentence of the analysis covers: the mention's own text stands for its sentence.
      { kind: 'wrong', fact: 'date', version: 'wire', text: 'Local', sentence: 'Local', junk: true },
    ]);
    const scored = [{ story: 'kestrel-bridge', versions: 2, score: withWrong }];
    expect(formatMentionsByKind(scored).split('\n')).toEqual([
      'mentions       quote R P                    number R P                   date R P                     wrong in junk',
      'kestrel-bridge 0.00 1.00 (0/1, 0/0)         0.75 0.75 (3/4, 3/4)         1.00 0.67 (2/2, 2/3)         1',
      'mean           0.00 -                       0.75 0.75                    1.00 0.67                    ',
      'pooled         0.00 1.00 (0/1, 0/0)         0.75 0.75 (3/4, 3/4)         1.00 0.67 (2/2, 2/3)         1',
    ]);
    expect(formatMistakes(scored)).toContain(
      '\n== kestrel-bridge: mentions\n  MISSED quote wire "We will not take risks with public safety," in ' +
        '"\\"We will not take risks with public safety,\\" said council leader Maya Orr."',
    );
    expect(formatMistakes(scored)).toContain('\n  wrong (in junk) date wire "Local" in "Local"');
  });
  it('finds the labelled disagreement and judges each flag, likely ones apart', () => {
    expect(score.disagreements).toEqual({
      found: { hit: 1, of: 1 },
      mustSeeFound: { hit: 1, of: 1 },
      flagsRight: { hit: 1, of: 2 },
      likelyFlagsRight: { hit: 1, of: 1 },
    });
  });
  it('counts a flag by its evidence values too, found in their sentences (a title flag names the person, not the titles)', () => {
    const byEvidence = (values: [string, string]): ScoredExport => ({
      ...analysis,
      facts: [
        {
          kind: 'person',
          disagreement: true,
          confidence: 'likely',
          mentions: [
            { version: 'wire', ...span(wire, 'Engineers') },
            { version: 'daily', ...span(daily, 'engineers') },
          ],
          evidence: { values, versions: ['wire', 'daily'], sentences: ['wire/s-1', 'daily/s-1'] },
        },
      ],
    });
    expect(scoreStory(labels, texts, byEvidence(['two', 'three'])).disagreements).toEqual({
      found: { hit: 1, of: 1 },
      mustSeeFound: { hit: 1, of: 1 },
      flagsRight: { hit: 1, of: 1 },
      likelyFlagsRight: { hit: 1, of: 1 },
    });
    // Values not in the sentences named point at nothing.
    expect(scoreStory(labels, texts, byEvidence(['six', 'seven'])).disagreements.flagsRight).toEqual({ hit: 0, of: 1 });
  });
  it('checks metadata against the labels', () => {
    expect(score.metadata.title).toEqual({ right: 1, wrong: 0, gold: 1 });
    expect(score.metadata.byline).toEqual({ right: 0, wrong: 1, gold: 0 });
  });
  it('turns counts into the printed figures', () => {
    const f = figures(score);
    expect(f.sentenceF1).toBeCloseTo(8 / 11, 5);
    expect(f.linkF1).toBeCloseTo(0.5, 5);
    expect(f.factRecall).toBeCloseTo(5 / 7, 5);
  });
  it('names the label that cannot be found', () => {
    const bad = readFileSync(`${dir}/labels.yaml`, 'utf8').replace('cracks in three', 'cracks in four');
    expect(() => locateLabels(bad, texts, 'labels.yaml')).toThrow(
      new LabelError('labels.yaml: versions.daily.sentences[1] not found in order in the file'),
    );
  });
});
