import { describe, expect, it } from 'vitest';
import { clauseAround, clauseBreakIn, clausePieces, joinedClauseAround } from './clauses.ts';

/** The text of the parts of the clause around `span` in `sentence`, as `clauseAround` gives them. */
function clauseOf(sentence: string, span: string): string[] {
  const start = sentence.indexOf(span);
  return clauseAround(sentence, start, start + span.length).map((part) => sentence.slice(part.start, part.end));
}

describe('clausePieces', () => {
  it('cuts at clause marks and openers, never at the comma of a figure or the period of an abbreviation', () => {
    const sentence = 'By Jan. 5, the mill at Dunmore will shed 1,200 jobs because orders fell (a third since May).';
    expect(clausePieces(sentence).map((piece) => sentence.slice(piece.start, piece.end))).toEqual([
      'By Jan. 5',
      'the mill at Dunmore will shed 1,200 jobs',
      'orders fell',
      'a third since May',
    ]);
  });

  it('cuts before `that` only when a subject follows it: not inside `a storm that flooded`', () => {
    const said = 'The mayor said that the pier would close.';
    expect(clausePieces(said).map((piece) => said.slice(piece.start, piece.end))).toEqual(['The mayor said', 'the pier would close']);
    const storm = 'A storm that flooded Dunmore closed the pier.';
    expect(clausePieces(storm).map((piece) => storm.slice(piece.start, piece.end))).toEqual([
      'A storm that flooded Dunmore closed the pier',
    ]);
  });
  it('cuts at an opener word with punctuation around it, in any case, not at one inside a longer word', () => {
    const text = "The pier shut (while) 'crews worked', and co-while staff left; that's all.";
    expect(clausePieces(text).map((piece) => text.slice(piece.start, piece.end))).toEqual([
      'The pier shut',
      "'crews worked'",
      'and co-while staff left',
      "that's all",
    ]);
    const glued = 'Crews left.While the pier shut, BUT-- the cafe stayed open';
    expect(clausePieces(glued).map((piece) => glued.slice(piece.start, piece.end))).toEqual([
      'Crews left.While the pier shut',
      '-- the cafe stayed open',
    ]);
  });
});

describe('clauseBreakIn', () => {
  it('finds a clause mark or a stop in the gap between two words, not a space, a hyphen or an apostrophe', () => {
    expect([', ', '; ', ': ', ' (', ') ', ' — ', '—', ' - ', ' “', '. ', '? '].map(clauseBreakIn)).toEqual(Array(11).fill(true));
    expect([' ', '  ', '-', '’', "'"].map(clauseBreakIn)).toEqual([false, false, false, false, false]);
  });
});

describe('clauseAround', () => {
  it('takes the clause the span sits in', () => {
    expect(clauseOf('Velmora received a deportee from Ostrava in April, the Courier reported.', 'in April')).toEqual([
      'Velmora received a deportee from Ostrava in April',
    ]);
  });

  it('joins the next clause when the span is a clause of its own', () => {
    expect(clauseOf('In April, Velmora received a deportee from Ostrava.', 'In April')).toEqual([
      'In April, Velmora received a deportee from Ostrava',
    ]);
  });

  it('reads an aside with both its neighbours (an age, a converted figure)', () => {
    expect(clauseOf('Ilse Brannock, 52, was charged on Friday.', '52')).toEqual(['Ilse Brannock, 52, was charged on Friday']);
    expect(clauseOf('The van fell 20 metres (65 feet) into the quarry.', '65 feet')).toEqual([
      'The van fell 20 metres (65 feet) into the quarry',
    ]);
  });

  it('gives a clause that opens with an auxiliary its subject from before the aside', () => {
    expect(clauseOf('The chief said the mill, known locally as the Old Works, would close by March 9.', 'by March 9')).toEqual([
      'The chief said the mill',
      'would close by March 9',
    ]);
  });

  it('reads an aside that opens with a relative pronoun with the noun it describes', () => {
    expect(clauseOf('The firm, which employs 640 people, was sold.', '640')).toEqual(['The firm', 'which employs 640 people']);
  });

  it('follows an attribution with what was said, marked as reported', () => {
    expect(clauseOf('A ferry ran aground near Dunmore, the coastguard said on Sunday.', 'on Sunday')).toEqual([
      'the coastguard said on Sunday',
      'A ferry ran aground near Dunmore',
    ]);
    const sentence = 'A ferry ran aground near Dunmore, the coastguard said on Sunday.';
    const at = sentence.indexOf('on Sunday');
    expect(clauseAround(sentence, at, at + 9).map((part) => part.reported ?? false)).toEqual([false, true]);
  });

  it('reads a piece opening on a preposition, then a relative, after the clause with the noun it describes', () => {
    expect(clauseOf('Crews fought a blaze near Dunmore, in the north, on Friday that closed 14 schools, police said.', '14')).toEqual([
      'Crews fought a blaze near Dunmore',
      'that closed 14 schools',
    ]);
    // Without a relative, a prepositional piece stays as it is.
    expect(clauseOf('The pier reopened, after a repair costing 30,000 euros.', '30,000')).toEqual(['after a repair costing 30,000 euros']);
  });
});

describe('joinedClauseAround', () => {
  it('cuts at stops and at a word joining two clauses, not inside the span', () => {
    const text = 'The party won 49% and is forecast to take 64 seats, officials said.';
    const at = text.indexOf('64');
    expect(joinedClauseAround(text, at, at + 2)).toEqual({ start: text.indexOf('is forecast'), end: text.indexOf(',') });
    const first = text.indexOf('49%');
    expect(joinedClauseAround(text, first, first + 3)).toEqual({ start: 0, end: text.indexOf(' and ') });
  });

  it('is the whole text when nothing cuts it', () => {
    expect(joinedClauseAround('Ferries resumed at noon', 9, 16)).toEqual({ start: 0, end: 23 });
  });
});
