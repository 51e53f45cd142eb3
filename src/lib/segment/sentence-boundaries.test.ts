import { describe, expect, it } from 'vitest';
import { sentenceRanges } from './sentence-boundaries.ts';
import { unpunctuatedLine } from '../../../tests/fixtures/hard-inputs.ts';

const split = (text: string, locale?: string): string[] => sentenceRanges(text, locale).map((range) => text.slice(range.start, range.end));

describe('sentenceRanges: abbreviations do not end a sentence', () => {
  it('U.S. before a title', () => {
    expect(split('U.S. President Donald Trump has vowed to act. He said so.')).toEqual([
      'U.S. President Donald Trump has vowed to act.',
      'He said so.',
    ]);
    expect(split('It came after U.S. Secretary of State Marco Rubio spoke.')).toEqual([
      'It came after U.S. Secretary of State Marco Rubio spoke.',
    ]);
  });

  it('titles: Mr., Dr., St.', () => {
    expect(split('Mr. Smith met Dr. Jones at St. Paul. They left.')).toEqual(['Mr. Smith met Dr. Jones at St. Paul.', 'They left.']);
  });

  it('a title still ends a sentence before a typical opener', () => {
    expect(split('He lives on Downing St. He works there.')).toEqual(['He lives on Downing St.', 'He works there.']);
  });

  it('months and No. before a number', () => {
    expect(split('It was signed on Jan. 5 at No. 10 Downing Street. It held.')).toEqual([
      'It was signed on Jan. 5 at No. 10 Downing Street.',
      'It held.',
    ]);
    expect(split('Is it? No. The answer is clear.')).toEqual(['Is it?', 'No.', 'The answer is clear.']);
  });

  it('e.g. and i.e.', () => {
    expect(split('Some nations, e.g. Rwanda, agreed; i.e. Kigali did. Others not.')).toEqual([
      'Some nations, e.g. Rwanda, agreed; i.e. Kigali did.',
      'Others not.',
    ]);
  });

  it('a.m. and p.m. mid-sentence, and at the end', () => {
    expect(split('We met at 9 a.m. Monday and left at 5 p.m. on Friday. Then it rained.')).toEqual([
      'We met at 9 a.m. Monday and left at 5 p.m. on Friday.',
      'Then it rained.',
    ]);
    expect(split('The vote closed at 5 p.m. Police then left.')).toEqual(['The vote closed at 5 p.m.', 'Police then left.']);
  });

  it('initials', () => {
    expect(split('J. K. Rowling wrote it. J.K. Rowling agreed.')).toEqual(['J. K. Rowling wrote it.', 'J.K. Rowling agreed.']);
    expect(split('Civil society hails revocation of controversial L.I. 2462 today.')).toEqual([
      'Civil society hails revocation of controversial L.I. 2462 today.',
    ]);
  });

  it('a single capital still ends a sentence before a typical opener', () => {
    expect(split('They chose Plan B. Then they left.')).toEqual(['They chose Plan B.', 'Then they left.']);
  });
});

describe('sentenceRanges: numbers', () => {
  it('decimals and amounts stay inside the sentence', () => {
    expect(split('Over 1.3m young people are out of work. The UK spent £700 million, up 3.5%. Next.')).toEqual([
      'Over 1.3m young people are out of work.',
      'The UK spent £700 million, up 3.5%.',
      'Next.',
    ]);
  });
});

describe('sentenceRanges: a dotted acronym that does end a sentence', () => {
  it('splits when the acronym is used as a noun and a name follows', () => {
    expect(split('deportees from the U.S. El Salvador, for example, offered to help.')).toEqual([
      'deportees from the U.S.',
      'El Salvador, for example, offered to help.',
    ]);
  });

  it('splits before a typical sentence opener', () => {
    expect(split('It was sent from the U.K. In March it arrived.')).toEqual(['It was sent from the U.K.', 'In March it arrived.']);
  });

  it('does not split before lower case or a modified noun after "the"', () => {
    expect(split('Talks with the U.S. began shortly after the U.S. Supreme Court ruled.')).toEqual([
      'Talks with the U.S. began shortly after the U.S. Supreme Court ruled.',
    ]);
  });
});

describe('sentenceRanges: punctuation around the end', () => {
  it('closing quotes and brackets stay with their sentence', () => {
    expect(split('He said, "It is over." Next came the vote.')).toEqual(['He said, "It is over."', 'Next came the vote.']);
    expect(split('(It arrived in March.) Then it left.')).toEqual(['(It arrived in March.)', 'Then it left.']);
    expect(split('“It’s premature to speculate,” he said. “We are open.” She left.')).toEqual([
      '“It’s premature to speculate,” he said.',
      '“We are open.”',
      'She left.',
    ]);
  });

  it('a question or exclamation inside a quote does not end the sentence before lower case', () => {
    expect(split('“Why now?” he asked. “Never!” she said.')).toEqual(['“Why now?” he asked.', '“Never!” she said.']);
  });

  it('ellipses end a sentence only before a capital', () => {
    expect(split('Wait... what? He paused… Then he left... and came back.')).toEqual([
      'Wait... what?',
      'He paused…',
      'Then he left... and came back.',
    ]);
  });

  it('a quote spanning sentences is split into its sentences', () => {
    expect(split('“We are open. We will help,” he said.')).toEqual(['“We are open.', 'We will help,” he said.']);
  });
});

describe('sentenceRanges: lost spaces', () => {
  it('splits sentences glued together', () => {
    expect(split('has said.His comments came after "human beings".Nduhungireh said so.')).toEqual([
      'has said.',
      'His comments came after "human beings".',
      'Nduhungireh said so.',
    ]);
    expect(split('in its mega-jail.Salvadorean President Nayib Bukele spoke.')).toEqual([
      'in its mega-jail.',
      'Salvadorean President Nayib Bukele spoke.',
    ]);
  });

  it('never splits domains, acronyms or glued titles', () => {
    expect(split('Go to BBCAfrica.com for more from the U.S.A. today. Mr.Smith agreed.')).toEqual([
      'Go to BBCAfrica.com for more from the U.S.A. today.',
      'Mr.Smith agreed.',
    ]);
  });
});

describe('sentenceRanges: shapes of text', () => {
  it('a line without terminal punctuation is one sentence', () => {
    expect(split('Latest Stories')).toEqual(['Latest Stories']);
    expect(split('Rwanda in talks. READ ALSO: Trump Claims Credit For Rest')).toEqual([
      'Rwanda in talks.',
      'READ ALSO: Trump Claims Credit For Rest',
    ]);
  });

  it('trims NBSP, runs of spaces and a trailing \\r, keeping inner spacing', () => {
    const text = '\u00A0 It ended.\u00A0\u00A0Next  one.\r';
    expect(split(text)).toEqual(['It ended.', 'Next  one.']);
    expect(sentenceRanges(text)).toEqual([
      { start: 2, end: 11 },
      { start: 13, end: 23 },
    ]);
  });

  it('right-to-left scripts', () => {
    expect(split('مرحبا بالعالم. هذه جملة ثانية؟ نعم!', 'ar')).toEqual(['مرحبا بالعالم.', 'هذه جملة ثانية؟', 'نعم!']);
    expect(split('שלום עולם. משפט שני.', 'he')).toEqual(['שלום עולם.', 'משפט שני.']);
  });

  it('emoji ZWJ sequences and combining marks', () => {
    expect(split('Family 👨‍👩‍👧 here. Cafe\u0301 open.')).toEqual(['Family 👨‍👩‍👧 here.', 'Cafe\u0301 open.']);
  });

  it('empty and blank text have no sentences', () => {
    expect(sentenceRanges('')).toEqual([]);
    expect(sentenceRanges(' \u00A0\t')).toEqual([]);
  });

  // Its time (a guard against backtracking on a long line) is in `npm run bench` (bench/hard-inputs.ts).
  it('a 5,000-word line without punctuation is one sentence', () => {
    const line = unpunctuatedLine();
    expect(sentenceRanges(line)).toEqual([{ start: 0, end: line.length }]);
  });
});

describe('sentenceRanges: company suffixes and state abbreviations', () => {
  it('Inc. before a bracket or a lower-case word continues the sentence', () => {
    const text = 'Solvane Semiconductor Inc. (NASDAQ: SLVN) on Tuesday announced cuts. Acme Corp. said it agreed.';
    expect(split(text)).toEqual(['Solvane Semiconductor Inc. (NASDAQ: SLVN) on Tuesday announced cuts.', 'Acme Corp. said it agreed.']);
  });
  it('state abbreviations before a comma or a lower-case word', () => {
    const text = 'The plant in Chandler, Ariz., will close. A site in Fresno, Calif. was spared.';
    expect(split(text)).toEqual(['The plant in Chandler, Ariz., will close.', 'A site in Fresno, Calif. was spared.']);
  });
  it('a company suffix still ends a sentence before a capitalised word', () => {
    expect(split('Shares rose at Acme Inc. The rest fell.')).toEqual(['Shares rose at Acme Inc.', 'The rest fell.']);
  });
});

describe('sentenceRanges: a quoted question keeps its attribution', () => {
  it('joins a short attribution with its speech verb, in capitals too', () => {
    expect(split('"Is the pier safe?" Ms Orr said. The board met.')).toEqual(['"Is the pier safe?" Ms Orr said.', 'The board met.']);
    expect(split('“Who pays?” asked Councillor Dale on Monday. Nobody answered.')).toEqual([
      '“Who pays?” asked Councillor Dale on Monday.',
      'Nobody answered.',
    ]);
  });
  it('leaves a sentence that merely follows the quote', () => {
    expect(split('"Is it safe?" The council said it was safe.')).toEqual(['"Is it safe?"', 'The council said it was safe.']);
    expect(split('"Go!" Police officers ran after him.')).toEqual(['"Go!"', 'Police officers ran after him.']);
  });
});
