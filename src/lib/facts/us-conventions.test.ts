import { describe, expect, it } from 'vitest';
import { sentenceOf, sentencesOf } from '../../../tests/fixtures/facts/sentences.ts';
import { claimHunks } from './claims/claim-hunks.ts';
import { extractDates } from './extract/dates.ts';
import { extractMentions, extractVersionMentions } from './extract/extract.ts';
import { buildFactIndex, type FactInputVersion } from './index.ts';
import { extractNumbers } from './extract/numbers.ts';
import { extractSources } from './extract/sources.ts';

/** American (and British) news conventions: small direct inputs, never a fixture's text. */
const storyOf = (texts: Record<string, { text: string; published?: string }>): FactInputVersion[] =>
  Object.entries(texts).map(([id, { text, published }]) => ({ id, ...(published ? { published } : {}), sentences: sentencesOf(text, id) }));

const dates = (text: string, published?: string) =>
  extractDates(sentenceOf(text), { published }).map((mention) => [mention.text, mention.resolved ?? null]);

const kinds = (text: string, kind: string) =>
  extractMentions(sentenceOf(text))
    .filter((mention) => mention.kind === kind)
    .map((mention) => mention.text);

describe('a month and day without a year', () => {
  it('lies in the next year when a deadline or what is to come falls well before publication', () => {
    expect(dates('The chief executive told analysts the mill would stop production by Jan. 5.', '2026-09-30')).toEqual([
      ['by Jan. 5', '2027-01-05'],
    ]);
    expect(dates('The depot is to close by Feb. 12.', '2026-10-02')).toEqual([['by Feb. 12', '2027-02-12']]);
    expect(dates('The office will stay shut until March 3.', '2026-11-20')).toEqual([['until March 3', '2027-03-03']]);
  });

  it('stays in the publication year when it is near, past, or said in the past tense', () => {
    expect(dates('The mill would stop production by Sept. 29.', '2026-10-02')).toEqual([['by Sept. 29', '2026-09-29']]);
    expect(dates('The work had been finished by Jan. 5.', '2026-09-30')).toEqual([['by Jan. 5', '2026-01-05']]);
    expect(dates('The mill closed on Jan. 5.', '2026-09-30')).toEqual([['on Jan. 5', '2026-01-05']]);
  });
});

describe('a weekday', () => {
  it('is the day something was said when a reporting verb stands beside it, whatever the tense after', () => {
    // Published on a Wednesday: `said Tuesday it will cut` is the day before, not next week.
    expect(dates('The company said Tuesday it will cut 300 jobs.', '2026-09-30')).toEqual([['Tuesday', '2026-09-29']]);
    expect(dates('The firm on Tuesday announced it will cut 300 jobs.', '2026-09-30')).toEqual([['on Tuesday', '2026-09-29']]);
    expect(dates('The shop will open on Tuesday.', '2026-09-30')).toEqual([['on Tuesday', '2026-10-06']]);
  });

  it('with `last` is never after publication', () => {
    expect(dates('Last Tuesday, he learned the plant would close.', '2026-10-05')).toEqual([['Last Tuesday', '2026-09-29']]);
    expect(dates('He said last Tuesday it will cut jobs.', '2026-09-29')).toEqual([['last Tuesday', '2026-09-22']]);
  });
});

describe('dates grouped into facts', () => {
  it('keeps days one version names apart, however other versions link them', () => {
    const versions = storyOf({
      a: { text: 'The firm said Tuesday it will cut jobs. The plant would stop production by Jan. 5.', published: '2026-09-30' },
      b: { text: 'The firm said on Tuesday it would cut jobs. The plant would stop production by Jan. 15.', published: '2026-09-30' },
      c: { text: 'The firm, on Sept. 29, 2026, said it would cut jobs and stop production by Jan. 5.', published: '2026-09-30' },
    });
    const facts = buildFactIndex(versions, [
      { id: 'g-1', sentences: ['a/s-1', 'b/s-1', 'c/s-1'] },
      { id: 'g-2', sentences: ['a/s-2', 'b/s-2', 'c/s-1'] },
    ]);
    for (const fact of facts.filter((one) => one.kind === 'date')) {
      const days = new Map<string, Set<string>>();
      for (const mention of fact.mentions) days.set(mention.version, (days.get(mention.version) ?? new Set()).add(mention.text));
      for (const texts of days.values()) expect(texts.size, fact.id).toBe(1);
    }
    const deadline = facts.find((fact) => fact.kind === 'date' && fact.mentions.some((mention) => mention.text === 'by Jan. 15'));
    expect(deadline).toMatchObject({ disagreement: true, resolved: '2027-01-05 / 2027-01-15' });
  });

  it('does not join a year to a day of another event in an aligned sentence', () => {
    const versions = storyOf({
      a: { text: 'The plant, open since 1994, will close by Jan. 5.', published: '2026-09-30' },
      b: { text: 'The plant will close by Jan. 5.', published: '2026-09-30' },
    });
    const facts = buildFactIndex(versions, [{ id: 'g-1', sentences: ['a/s-1', 'b/s-1'] }]);
    expect(facts.filter((fact) => fact.kind === 'date').map((fact) => [fact.variants[0]!.text, fact.disagreement])).toEqual(
      expect.arrayContaining([
        ['by Jan. 5', false],
        ['since 1994', false],
      ]),
    );
  });
});

describe('names', () => {
  it('never takes a weekday or month phrase for a person', () => {
    expect(kinds('Last Tuesday, Maria Lopez said the plant would close.', 'person')).toEqual(['Maria Lopez']);
    expect(kinds('Next March, the mill will close, Tom Reed said.', 'person')).toEqual(['Tom Reed']);
  });

  it('reads a company word inside a name as an organisation', () => {
    expect(kinds('The Acme Semiconductor Fab plant is seen on Wednesday.', 'person')).toEqual([]);
    expect(kinds('Acme Holdings said it would cut jobs.', 'organization')).toEqual(['Acme Holdings']);
    expect(kinds('Acme Holdings said it would cut jobs.', 'person')).toEqual([]);
  });

  it('does not take a plural common noun at the start of a sentence for a person', () => {
    expect(kinds('Economists say the effects could ripple.', 'person')).toEqual([]);
    expect(kinds('Officials said the road was shut.', 'person')).toEqual([]);
    expect(kinds('Williams said the road was shut.', 'person')).toEqual(['Williams']);
  });

  it('keeps a school or bank `of` something whole, as an organisation', () => {
    expect(kinds("He is an economist at Arizona State University's Carey School of Business.", 'organization')).toEqual([
      'Arizona State University',
      'Carey School of Business',
    ]);
    expect(kinds("He is an economist at Arizona State University's Carey School of Business.", 'person')).toEqual([]);
    expect(kinds('Secretary of State Marco Rubio spoke.', 'person')).toEqual(['Marco Rubio']);
  });

  it('takes no place and common noun for an organisation, and drops a common noun after a name', () => {
    expect(kinds('Chandler workers reel after the layoffs.', 'organization')).toEqual([]);
    expect(kinds('It keeps its design center in Austin and the Austin design team.', 'organization')).toEqual([]);
    expect(kinds('Analysts had forecast a loss, according to LSEG data.', 'organization')).toEqual(['LSEG']);
    expect(kinds('The Trump administration said so.', 'organization')).toEqual(['Trump administration']);
  });

  it('joins a shorter mention of an organisation to its full name, and a lone company name after it', () => {
    const versions = storyOf({
      a: {
        text: 'The Arizona Commerce Authority voted. The Commerce Authority said it would act. Acme Semiconductor cut jobs. Acme said so.',
      },
      b: { text: 'The Arizona Commerce Authority met on Monday.' },
    });
    const organizations = buildFactIndex(versions, []).filter((fact) => fact.kind === 'organization');
    expect(organizations.map((fact) => fact.variants.map((variant) => variant.text).sort())).toEqual(
      expect.arrayContaining([
        ['Arizona Commerce Authority', 'Commerce Authority'],
        ['Acme', 'Acme Semiconductor'],
      ]),
    );
    expect(buildFactIndex(versions, []).filter((fact) => fact.kind === 'person')).toEqual([]);
  });
});

describe('numbers', () => {
  const numbers = (text: string) => extractNumbers(sentenceOf(text)).map((mention) => mention.text);

  it('leaves out a number that is part of a name', () => {
    expect(numbers('The Fab 9 plant and a Boeing 737 stood by Route 66.')).toEqual([]);
    expect(numbers('Section 230 protects platforms, Hartley told 12 News.')).toEqual([]);
  });

  it('still counts figures after a function word, a qualifier or before a plural', () => {
    expect(numbers('About 600 technicians and 12 Americans work at Fab 9.')).toEqual(['About 600', '12']);
    expect(numbers('Of 31 people taken to hospital, nine were critical.')).toEqual(['31', 'nine']);
  });

  it('leaves out telephone numbers and their pieces', () => {
    expect(numbers('Email tips@example.com or call 602-555-0112.')).toEqual([]);
    expect(numbers('Call (602) 555-0112 or 0113 496 0000 for 3 tickets.')).toEqual(['3']);
  });

  it('leaves out the figures and dates of a correction note', () => {
    const version = storyOf({
      v: {
        text:
          'The credits total $48 million.\n\nCorrection: An earlier version misstated the credits. ' +
          'They total $48 million, not $84 million.',
      },
    })[0]!;
    expect(
      extractVersionMentions(version)
        .filter((mention) => mention.kind === 'number')
        .map((mention) => mention.text),
    ).toEqual(['$48 million']);
  });

  it('does not join two figures of different orders in unaligned sentences', () => {
    const versions = storyOf({
      a: { text: 'Revenue dropped to $4.1 billion.' },
      b: { text: 'Revenue dropped to $4.1 billion. The city stands to lose about $9 million a year in tax revenue.' },
    });
    expect(buildFactIndex(versions, [{ id: 'g-1', sentences: ['a/s-1', 'b/s-2'] }]).filter((fact) => fact.disagreement)).toEqual([]);
  });
});

describe('disagreements that are not', () => {
  it('reads a quotation given in two pieces as one', () => {
    const versions = storyOf({
      a: { text: '"Taxpayers made a deal in good faith. We expect the firm to honor it, every last dollar," Reed said.' },
      b: { text: 'Reed said that "taxpayers made a deal in good faith" and that he expects the firm "to honor it, every last dollar."' },
      c: { text: '"Taxpayers made a deal in good faith," Reed said.' },
    });
    const quotes = buildFactIndex(versions, []).filter((fact) => fact.kind === 'quote');
    expect(quotes.filter((fact) => fact.disagreement)).toEqual([]);
  });

  it('still flags a quotation reworded', () => {
    const versions = storyOf({
      a: { text: '"This is the hardest decision I have made in 22 years at this company," Whitfield said.' },
      b: { text: '"This was the most painful decision I have made in my 22 years at the firm," Whitfield said.' },
    });
    expect(buildFactIndex(versions, [{ id: 'g', sentences: ['a/s-1', 'b/s-1'] }]).find((fact) => fact.kind === 'quote')?.disagreement).toBe(
      true,
    );
  });

  it('treats abbreviated titles as house style', () => {
    const versions = storyOf({
      a: { text: 'Chief Financial Officer Paul Han said costs fell. Sen. Maria Lopez agreed.' },
      b: { text: 'CFO Paul Han said costs fell. Senator Maria Lopez agreed.' },
      c: { text: 'Fire Chief Ann Cole spoke.' },
      d: { text: 'Fire Captain Ann Cole spoke.' },
    });
    const people = buildFactIndex(versions, []).filter((fact) => fact.kind === 'person');
    expect(people.filter((fact) => fact.disagreement).map((fact) => fact.label)).toEqual(['Ann Cole']);
  });

  const hunks = (a: string, b: string) =>
    claimHunks(sentenceOf(a, 'a'), sentenceOf(b, 'b'), () => false).map((hunk) => [
      hunk.a.sentence.text.slice(hunk.a.at, hunk.a.end),
      hunk.b.sentence.text.slice(hunk.b.at, hunk.b.end),
    ]);

  it('does not take a dropped clause for a changed claim', () => {
    expect(
      hunks(
        'Demand for the older chips made at the old plant slumped and rivals cut prices.',
        'Demand for the older chips slumped and rivals cut prices.',
      ),
    ).toEqual([]);
    expect(
      hunks(
        'The senator, who helped write the subsidy law, said she would ask for a review.',
        'The senator said she would ask for a review.',
      ),
    ).toEqual([]);
    expect(
      hunks(
        'The firm expects to save money once the closure is complete, or $164 million a year.',
        'The firm expects to save money once the closure is complete.',
      ),
    ).toEqual([]);
    expect(
      hunks('The firm said it would keep its newer factory in the city.', 'The firm will keep its newer factory in the city.'),
    ).toEqual([]);
  });

  it('still takes an added hedge, negation or verb for a changed claim', () => {
    expect(
      hunks(
        'Those sent there could face being deported again to other countries.',
        'Those sent there could be deported again to other countries.',
      ),
    ).toHaveLength(1);
    expect(
      hunks(
        'The union said it had been consulted about the closure of the plant.',
        'The union said it had not been consulted about the closure of the plant.',
      ),
    ).toHaveLength(1);
    expect(
      hunks('The firm said it would keep its newer factory in the city.', 'The firm will close its newer factory in the city.'),
    ).toHaveLength(1);
  });
});

describe('sources and speakers', () => {
  const sources = (text: string) => extractSources(sentenceOf(text)).map((mention) => mention.text);

  it('cites a survey, minutes or data by someone, a station by number, and a body named by what it is', () => {
    expect(sources('Analysts expected a loss, according to a survey by LSEG.')).toEqual(['LSEG']);
    expect(sources('The board voted 6-3, according to meeting minutes reviewed by 12 News.')).toEqual(['12 News']);
    expect(sources('Demand fell, according to the company.')).toEqual(['company']);
    expect(sources('"It came with strings," Lopez told CNN on Wednesday.')).toEqual(['CNN']);
    expect(sources('Demand fell, according to reports in March.')).toEqual([]);
  });

  it('finds the speaker named in the sentence a quotation ends in, with the full name the version gives', () => {
    const version = storyOf({
      v: {
        text:
          'Mayor Kevin Hartley spoke on Monday. "The plant has been here since 1994. ' +
          'Whole streets grew up around it," Hartley told 12 News.',
      },
    })[0]!;
    const quotes = extractVersionMentions(version).filter((mention) => mention.kind === 'quote');
    expect(quotes.map((mention) => mention.speaker)).toEqual(['Kevin Hartley']);
  });

  it('keeps a surname alone when two people named in the version share it', () => {
    const version = storyOf({ v: { text: 'Derek Lowe and Dana Lowe spoke. "It is hard," Lowe said.' } })[0]!;
    expect(
      extractVersionMentions(version)
        .filter((mention) => mention.kind === 'quote')
        .map((mention) => mention.speaker),
    ).toEqual(['Lowe']);
  });
});
