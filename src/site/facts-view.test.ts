import { describe, expect, it } from 'vitest';
import { CLAIM_FACT, DATE_FACT, NUMBER_FACT, smallStory, threeVersionStory } from '../../tests/fixtures/site/small-story.ts';
import { factCitation, factsView, flagsToShow } from './facts-view.ts';

const story = smallStory();

describe('factsView', () => {
  const view = factsView(story);

  it('gives each fact one cell per version: the variant it carries, where it says it, and how often more', () => {
    expect(view.rows.map((row) => [row.fact.id, row.cells, row.carriers, row.onlyIn])).toEqual([
      [
        'date-pier-closed',
        [
          { version: 'wire', text: 'Monday', href: '/stories/pier/wire/#s-1', more: 0, odd: false },
          { version: 'paper', text: 'Tuesday', href: '/stories/pier/paper/#s-1', more: 0, odd: false },
        ],
        2,
        undefined,
      ],
      [
        'claim-fishermen-angry',
        [
          { version: 'wire', text: undefined, href: undefined, more: 0, odd: false },
          { version: 'paper', text: 'Fishermen were angry', href: '/stories/pier/paper/#s-3', more: 0, odd: false },
        ],
        1,
        'Paper',
      ],
      [
        'number-2-million',
        [
          { version: 'wire', text: '£2 million', href: '/stories/pier/wire/#s-2', more: 0, odd: false },
          { version: 'paper', text: '£2 million', href: '/stories/pier/paper/#s-2', more: 0, odd: false },
        ],
        2,
        undefined,
      ],
    ]);
  });

  it('counts facts and disagreements by kind, in the kinds order, and what each outlet carries', () => {
    expect(view.kinds).toEqual([
      { kind: 'number', label: 'Numbers', count: 1, disagreements: 0 },
      { kind: 'date', label: 'Dates', count: 1, disagreements: 1 },
      { kind: 'claim', label: 'Claims', count: 1, disagreements: 1 },
    ]);
    expect(view.coverage.map((entry) => [entry.version.id, entry.total, entry.unique, entry.byKind.claim, entry.byKind.date])).toEqual([
      ['wire', 2, 0, 0, 1],
      ['paper', 3, 1, 1, 1],
    ]);
    expect(view.disagreements).toBe(2);
    expect(view.coverage.map((entry) => entry.skipped)).toEqual([false, false]);
    expect(view.skippedNotice).toBeUndefined();
  });

  it("names a quote's other spellings of its speaker by outlet, and nothing for a quote without them", () => {
    const quote = {
      ...CLAIM_FACT,
      id: 'quote-port-reopen',
      kind: 'quote' as const,
      speaker: 'Ilse Brannock',
      speakerVariants: [{ text: 'Ilse Brannick', versions: ['paper', 'wire'] }],
    };
    const { speakerVariants: _unused, ...plain } = quote;
    const rows = factsView({ ...story, facts: [quote, { ...plain, id: 'quote-plain' }] }).rows;
    expect(rows.map((row) => [row.fact.id, row.speakerAlso])).toEqual([
      ['quote-port-reopen', 'also written “Ilse Brannick” (Paper, Wire)'],
      ['quote-plain', undefined],
    ]);
  });

  it('marks an outlet the facts stage left out (another language) and says why', () => {
    const skipped = factsView({ ...story, factsSkipped: [{ version: 'paper', reason: 'language', englishShare: 0.03 }] });
    expect(skipped.coverage.map((entry) => [entry.version.id, entry.skipped])).toEqual([
      ['wire', false],
      ['paper', true],
    ]);
    expect(skipped.skippedNotice).toMatch(/^Facts are read from English text only\. Paper \(3%\) reads as another language/u);
  });

  it('counts further mentions of a fact in the same version', () => {
    const twice = { ...DATE_FACT, mentions: [...DATE_FACT.mentions, { ...DATE_FACT.mentions[0]!, sentence: 'wire/s-2' }] };
    expect(factsView({ ...story, facts: [twice] }).rows[0]!.cells[0]).toEqual({
      version: 'wire',
      text: 'Monday',
      href: '/stories/pier/wire/#s-1',
      more: 1,
      odd: false,
    });
  });

  it('marks the cells of the variant fewer outlets carry, and says how the outlets stand', () => {
    // A third version dates it as the wire does: Tuesday (paper) is the odd one out.
    const { story: threeWay, date } = threeVersionStory();
    const row = factsView(threeWay).rows[0]!;
    expect(row.cells.map((cell) => [cell.version, cell.odd])).toEqual([
      ['wire', false],
      ['paper', true],
      ['radio', false],
    ]);
    expect(row.standing).toBe('2 outlets against 1; ⚠ marks the one that differs');
    const noted = factsView({ ...threeWay, facts: [{ ...date, note: 'different dates: “Monday” (wire) vs “Tuesday” (paper)' }] }).rows[0]!;
    expect(noted.note).toBe('different dates: “Monday” (Wire) vs “Tuesday” (Paper)');
    // One outlet each way: a tie, no cell marked.
    const tie = view.rows[0]!;
    expect(tie.cells.map((cell) => cell.odd)).toEqual([false, false]);
    expect(tie.standing).toBe('outlets split evenly, 1 and 1: neither side is marked as the odd one out');
  });
});

describe('factsView: folding and duplicates', () => {
  it('folds facts one outlet alone carries, and keeps disagreements and shared facts open', () => {
    const lone = { ...CLAIM_FACT, disagreement: false };
    const view = factsView({ ...story, facts: [DATE_FACT, lone, NUMBER_FACT] });
    expect(view.shared.map((row) => row.fact.id)).toEqual(['date-pier-closed', 'number-2-million']);
    expect(view.single.map((row) => row.fact.id)).toEqual(['claim-fishermen-angry']);
    // A flag stays open even when one outlet carries it.
    expect(factsView({ ...story, facts: [CLAIM_FACT] }).single).toEqual([]);
  });

  it('shows an organisation also listed as a source, under the same name, as one row that keeps both anchors', () => {
    const council = { ...NUMBER_FACT, id: 'organization-council', kind: 'organization' as const, label: 'The council' };
    const source = { ...NUMBER_FACT, id: 'source-council', kind: 'source' as const, label: 'the  Council' };
    const view = factsView({ ...story, facts: [council, source, DATE_FACT] });
    expect(view.rows.map((row) => [row.fact.id, row.kinds, row.aliases])).toEqual([
      ['source-council', ['source', 'organization'], ['organization-council']],
      ['date-pier-closed', ['date'], []],
    ]);
    expect(view.kinds.map((kind) => [kind.kind, kind.count])).toEqual([
      ['date', 1],
      ['organization', 1],
      ['source', 1],
    ]);
    // A flagged organisation is the row kept; two flagged facts both stay.
    const flagged = { ...council, disagreement: true };
    expect(factsView({ ...story, facts: [flagged, source] }).rows.map((row) => [row.fact.id, row.aliases])).toEqual([
      ['organization-council', ['source-council']],
    ]);
    expect(factsView({ ...story, facts: [flagged, { ...source, disagreement: true }] }).rows).toHaveLength(2);
  });
});

describe('factCitation', () => {
  it('cites each variant with the outlets and dates that carry it and the fact permalink', () => {
    expect(factCitation(new URL('https://same-story.example'), story, DATE_FACT)).toBe(
      'Wire (4 May 2025): “Monday” — https://same-story.example/stories/pier/facts/#date-pier-closed\n' +
        'Paper (no date shown): “Tuesday” — https://same-story.example/stories/pier/facts/#date-pier-closed',
    );
    expect(factCitation(undefined, story, DATE_FACT).split('\n')[0]).toBe(
      'Wire (4 May 2025): “Monday” — /stories/pier/facts/#date-pier-closed',
    );
  });
});

describe('flagsToShow', () => {
  it('shows likely flags first and keeps possible ones apart; a flag without a confidence counts as likely', () => {
    const base = story.facts.find((fact) => fact.disagreement)!;
    const likely = { ...base, id: 'likely', confidence: 'likely' as const };
    const possible = { ...base, id: 'possible', confidence: 'possible' as const };
    const { confidence: _unused, ...unrated } = base;
    const older = { ...unrated, id: 'older' };
    const agreed = { ...base, id: 'agreed', disagreement: false };
    const flags = flagsToShow([possible, likely, older, agreed]);
    expect(flags.likely.map((fact) => fact.id)).toEqual(['likely', 'older']);
    expect(flags.possible.map((fact) => fact.id)).toEqual(['possible']);
  });
});
