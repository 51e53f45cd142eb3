import { describe, expect, it } from 'vitest';
import { sentenceOf, sentencesOf } from '../../../tests/fixtures/facts/sentences.ts';
import { claimHunks } from './claims/claim-hunks.ts';
import { boundSide, hedgesDiffer, qualifierSense } from './compare/hedge.ts';
import { resolveDate } from '../language/date-resolve.ts';
import { datelineEnd } from './extract/dateline.ts';
import { extractDates } from './extract/dates.ts';
import { extractMentions, extractVersionMentions } from './extract/extract.ts';
import { buildFactIndex, type FactAlignmentGroup, type FactInputVersion } from './index.ts';
import { slugify } from './normalize.ts';
import { extractNumbers } from './extract/numbers.ts';
import { extractSources } from './extract/sources.ts';

const speakers = (text: string) =>
  extractMentions(sentenceOf(text))
    .filter((mention) => mention.kind === 'quote')
    .map((mention) => mention.speaker ?? null);

const storyOf = (texts: Record<string, { text: string; published?: string }>): FactInputVersion[] =>
  Object.entries(texts).map(([id, { text, published }]) => ({ id, ...(published ? { published } : {}), sentences: sentencesOf(text, id) }));

describe('speakers named with a title', () => {
  it('reads `said <title> <name>` and `<title> <name> said`', () => {
    expect(speakers('"It was hard," said Chief Fire Officer Sarah Okafor.')).toEqual(['Sarah Okafor']);
    expect(speakers('"We will act," said Health Secretary Wes Streeting.')).toEqual(['Wes Streeting']);
    expect(speakers('"It is early," Detective Inspector Mark Jones said.')).toEqual(['Mark Jones']);
    expect(speakers('"We are in shock," said Council leader James Lewthwaite.')).toEqual(['James Lewthwaite']);
    expect(speakers('"We are in shock," said the leader of Leeds City Council, James Lewthwaite.')).toEqual(['James Lewthwaite']);
  });

  it('does not reach past words that are no title', () => {
    expect(speakers('"It was hard," said the report, which named Sarah Okafor.')).toEqual([null]);
  });

  it('gives a sentence that is only a quotation the speaker of the quotation just before it', () => {
    const version = {
      id: 'v',
      sentences: sentencesOf('"It was hard," said Chief Fire Officer Sarah Okafor. "I thank every firefighter."'),
    };
    const quotes = extractVersionMentions(version).filter((mention) => mention.kind === 'quote');
    expect(quotes.map((mention) => [mention.text, mention.speaker])).toEqual([
      ['It was hard', 'Sarah Okafor'],
      ['I thank every firefighter.', 'Sarah Okafor'],
    ]);
  });
});

describe('a quote attributed to different people', () => {
  const quote = 'This was one of the most difficult fires our crews have faced';
  const versions = storyOf({
    a: { text: `"${quote}," said Chief Fire Officer Sarah Okafor.` },
    b: { text: `"${quote}," said Sarah Okafor, the chief fire officer.` },
    c: { text: `"${quote}," said James Lewthwaite, the council leader.` },
  });
  const alignment: FactAlignmentGroup[] = [{ id: 'g-1', sentences: ['a/s-1', 'b/s-1', 'c/s-1'] }];

  it('is a disagreement naming every attribution, with the majority as its speaker', () => {
    const fact = buildFactIndex(versions, alignment).find((candidate) => candidate.kind === 'quote')!;
    expect(fact).toMatchObject({
      disagreement: true,
      speaker: 'Sarah Okafor',
      note: 'attributed to Sarah Okafor (a, b) and to James Lewthwaite (c)',
    });
  });

  it('names no one speaker when the versions are evenly split', () => {
    const fact = buildFactIndex(
      versions.filter((version) => version.id !== 'b'),
      [{ id: 'g-1', sentences: ['a/s-1', 'c/s-1'] }],
    ).find((candidate) => candidate.kind === 'quote')!;
    expect(fact).toMatchObject({ disagreement: true, speaker: 'James Lewthwaite / Sarah Okafor' });
  });
});

describe('hedges that say the same', () => {
  it('reads about/around/some, nearly/almost/just under, more than/over as one sense each', () => {
    expect([qualifierSense('about'), qualifierSense('around'), qualifierSense('some'), qualifierSense('approximately')]).toEqual([
      'approximately',
      'approximately',
      'approximately',
      'approximately',
    ]);
    expect([qualifierSense('nearly'), qualifierSense('almost'), qualifierSense('just under'), qualifierSense('close to')]).toEqual([
      'just below',
      'just below',
      'just below',
      'just below',
    ]);
    expect([qualifierSense('more than'), qualifierSense('over')]).toEqual(['above', 'above']);
  });

  it('keeps different senses apart, and a stress word changes nothing', () => {
    expect(qualifierSense('at least')).not.toBe(qualifierSense('more than'));
    expect(qualifierSense('nearly')).not.toBe(qualifierSense('about'));
    expect([qualifierSense('only'), qualifierSense('just'), qualifierSense(undefined)]).toEqual(['', '', '']);
  });

  it('reads which side of its figure a bound is on once, for hedges and bounds alike', () => {
    const sides = ['more than', 'at least', 'nearly', 'up to', 'fewer than', 'about', undefined].map(boundSide);
    expect(sides).toEqual(['up', 'up', 'down', 'down', 'down', undefined, undefined]);
    // Two bounds on one side of one figure are no hedge; bounds on opposite sides, or a bound beside a bare figure, are.
    const pairs: [string | undefined, string | undefined][] = [
      ['nearly', 'up to'],
      ['at least', 'more than'],
      ['at least', 'as many as'],
      ['nearly', undefined],
    ];
    expect(pairs.map(([a, b]) => hedgesDiffer(a, b))).toEqual([false, false, true, true]);
  });
});

describe('datelines and fuller mentions are not claims', () => {
  it('finds where a wire dateline ends', () => {
    expect(datelineEnd('LEEDS, March 3 (Northern Wire) - Twelve people died.')).toBe('LEEDS, March 3 (Northern Wire) - '.length);
    expect(datelineEnd('WASHINGTON (Reuters) — Talks began.')).toBe('WASHINGTON (Reuters) — '.length);
    expect(datelineEnd('PARIS, France, 4 May 2025 – Winds rose.')).toBe('PARIS, France, 4 May 2025 – '.length);
    expect(datelineEnd('US - China talks resumed.')).toBe(0);
    expect(datelineEnd('Twelve people died - the fire service said.')).toBe(0);
  });

  const hunks = (a: string, b: string) =>
    claimHunks(sentenceOf(a, 'a'), sentenceOf(b, 'b'), () => false).map((hunk) => [
      hunk.a.sentence.text.slice(hunk.a.at, hunk.a.end),
      hunk.b.sentence.text.slice(hunk.b.at, hunk.b.end),
    ]);

  it('leaves a dateline and a class noun after a name out of wording changes', () => {
    expect(
      hunks(
        'LEEDS, March 3 (Northern Wire) - Twelve people were killed in a fire at the factory.',
        'Twelve people were killed in a fire at the factory.',
      ),
    ).toEqual([]);
    expect(
      hunks(
        'Smoke drifted across the M621 motorway, which was closed for hours.',
        'Smoke drifted across the M621, which was closed for hours.',
      ),
    ).toEqual([]);
    expect(
      hunks('Smoke drifted across the M621, which was closed for hours.', 'Smoke drifted across the M621, which was opened for hours.'),
    ).toHaveLength(1);
  });
});

describe('dates', () => {
  const found = (text: string, published?: string, storyYear?: number) =>
    extractDates(sentenceOf(text), { published, storyYear }).map((mention) => [mention.text, mention.resolved ?? null]);

  it('puts a coming day later in the month of publication in the same year', () => {
    expect(found('A book of condolence will open on Thursday, March 5.', '2026-03-03')).toEqual([['on Thursday, March 5', '2026-03-05']]);
    expect(found('A book of condolence will open on March 5.', '2026-03-03')).toEqual([['on March 5', '2026-03-05']]);
    expect(found('A book of condolence will open on March 1.', '2026-03-03')).toEqual([['on March 1', '2027-03-01']]);
    expect(resolveDate({ month: 3, which: 'next' }, '2026-03-03')).toBe('2027-03');
  });

  it('puts a bare month in the year its tense points to, else the publication year', () => {
    expect(found('Energy bills to rise by 6% in April, regulator confirms.', '2026-03-03')).toEqual([['in April', '2026-04']]);
    expect(found('Bills will rise in April.', '2026-03-03')).toEqual([['in April', '2026-04']]);
    expect(found('The plant was inspected in April.', '2026-03-03')).toEqual([['in April', '2025-04']]);
    expect(found('Staff warned bosses in January.', '2026-03-03')).toEqual([['in January', '2026-01']]);
  });

  it('reads a clock time with a dot whole, never its minutes as a time', () => {
    expect(found('The blaze broke out at about 6.40am.')).toEqual([['6.40am', null]]);
    expect(found('It ended at 7:15 p.m. on the day.').map(([text]) => text)).toEqual(['7:15 p.m.']);
  });

  it('resolves a weekday and date in a version without a date in the story year, when the weekday fits', () => {
    expect(found('Twelve died on Monday, March 2, in the fire.', undefined, 2026)).toEqual([['on Monday, March 2', '2026-03-02']]);
    expect(found('Twelve died on Tuesday, March 2, in the fire.', undefined, 2026)).toEqual([['on Tuesday, March 2', null]]);
    expect(found('Twelve died on Monday, March 2, in the fire.')).toEqual([['on Monday, March 2', null]]);
  });

  it('flags two versions dating one event to different days', () => {
    const versions = storyOf({
      a: {
        text: 'Twelve people were killed when a fire tore through a factory in Leeds on Tuesday morning, the fire service said.',
        published: '2026-03-03',
      },
      b: { text: 'Twelve people were killed on Monday, March 2, when a huge fire engulfed a factory in Leeds.', published: '2026-03-03' },
      c: { text: 'At least twelve workers died on Monday, March 2, when a fire engulfed the Leeds site.' },
    });
    const facts = buildFactIndex(versions, [{ id: 'g-1', sentences: ['a/s-1', 'b/s-1', 'c/s-1'] }]);
    const date = facts.find((fact) => fact.kind === 'date')!;
    expect(date).toMatchObject({ disagreement: true, resolved: '2026-03-02 / 2026-03-03' });
  });
});

describe('smaller readings', () => {
  it('slugs `hours` whole', () => {
    expect(slugify('nearly five hours')).toBe('nearly-five-hours');
  });

  it('counts a spelled-out number that stands for what it counts', () => {
    const numbers = (text: string) => extractNumbers(sentenceOf(text)).map((mention) => mention.text);
    expect(numbers('Of the 31 people taken to hospital, nine were in a critical condition.')).toEqual(['31', 'nine']);
    expect(numbers('Two of them died; one of them was hurt.')).toEqual(['Two']);
  });

  it('keeps an organisation name whole across `and` and a possessive', () => {
    const names = (text: string) =>
      extractMentions(sentenceOf(text))
        .filter((mention) => mention.kind === 'organization')
        .map((mention) => mention.text);
    expect(names('Most went to St James’s University Hospital, West Yorkshire Fire and Rescue Service said.')).toEqual([
      'St James’s University Hospital',
      'West Yorkshire Fire and Rescue Service',
    ]);
    expect(names('France and the UK Parliament agreed with Starmer’s Labour Party.')).toEqual(['UK Parliament', 'Labour Party']);
  });

  it('cites whoever saw the records', () => {
    const sources = (text: string) => extractSources(sentenceOf(text)).map((mention) => mention.text);
    expect(sources('According to court records seen by Reuters, the company was fined.')).toEqual(['Reuters']);
    expect(sources('Documents obtained by the BBC show it.')).toEqual(['BBC']);
    expect(sources('West Yorkshire Fire and Rescue Service said it was hard.')).toEqual(['West Yorkshire Fire and Rescue Service']);
  });
});
