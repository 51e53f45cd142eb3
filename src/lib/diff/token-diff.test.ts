import { describe, expect, it } from 'vitest';
import { describeOps, tokens } from '../../../tests/fixtures/diff/sentences.ts';
import { diffTokens } from './index.ts';

/** Diffs two strings and describes the ops (see `describeOps`). */
function diff(aText: string, bText: string, options?: Parameters<typeof diffTokens>[2]): { lines: string[]; degraded: boolean } {
  const a = tokens(aText);
  const b = tokens(bText);
  const result = diffTokens(a, b, options);
  return { lines: describeOps(result.ops, a, b), degraded: result.degraded };
}

describe('diffTokens on sentences of the seed story', () => {
  it('marks one replaced word and one inserted title (BBC vs republisher)', () => {
    const result = diff(
      "However, the UK abandoned the scheme, which faced numerous legal changes, after Keir Starmer's Labour government " +
        'took office last July.',
      "However, the UK abandoned the scheme, which faced numerous legal challenges, after Sir Keir Starmer's Labour government " +
        'took office last July.',
    );
    expect(result).toEqual({
      lines: [
        '= However , the UK abandoned the scheme , which faced numerous legal',
        '- changes',
        '+ challenges',
        '= , after',
        '+ Sir',
        "= Keir Starmer's Labour government took office last July .",
      ],
      degraded: false,
    });
  });

  it('replaces two words by one', () => {
    expect(
      diff(
        'those sent to the East African nation could face being deported again',
        'those sent to the East African nation could be deported again',
      ).lines,
    ).toEqual(['= those sent to the East African nation could', '- face being', '+ be', '= deported again']);
  });

  it('gives the exact op ranges', () => {
    expect(diffTokens(tokens('could face being deported again'), tokens('could be deported again')).ops).toEqual([
      { kind: 'equal', aStart: 0, aEnd: 1, bStart: 0, bEnd: 1, trivial: false },
      { kind: 'delete', aStart: 1, aEnd: 3, bStart: 1, bEnd: 1, trivial: false },
      { kind: 'insert', aStart: 3, aEnd: 3, bStart: 1, bEnd: 2, trivial: false },
      { kind: 'equal', aStart: 3, aEnd: 5, bStart: 2, bEnd: 4, trivial: false },
    ]);
  });
});

describe('trivial changes', () => {
  it('calls curly against straight quotes trivial, token by token', () => {
    expect(diff('Nduhungirehe said the talks were “not new to us”.', 'Nduhungirehe said the talks were "not new to us".').lines).toEqual([
      '= Nduhungirehe said the talks were',
      '≈ “ | "',
      '= not new to us',
      '≈ ” | "',
      '= .',
    ]);
  });

  it('calls case and dash style trivial', () => {
    expect(diff('the Government of the United Kingdom—one that', 'the government of the United Kingdom - one that').lines).toEqual([
      '= the',
      '≈ Government | government',
      '= of the United Kingdom',
      '≈ — | -',
      '= one that',
    ]);
  });

  it('calls a hyphen against a space trivial', () => {
    expect(diff('house them in its mega-jail', 'house them in its mega jail').lines).toEqual([
      '= house them in its mega',
      '-~ -',
      '= jail',
    ]);
  });

  it('does not call U.S. against US trivial', () => {
    expect(diff('after U.S. Secretary of State Marco Rubio', 'after US Secretary of State Marco Rubio').lines).toEqual([
      '= after',
      '- U.S.',
      '+ US',
      '= Secretary of State Marco Rubio',
    ]);
  });

  it('does not call dropping quotation marks trivial', () => {
    expect(diff('was in the "spirit" of giving', 'was in the spirit of giving').lines).toEqual([
      '= was in the',
      '- "',
      '= spirit',
      '- "',
      '= of giving',
    ]);
  });
});

describe('limits and edge cases', () => {
  it('falls back to prefix, one replacement and suffix when jsdiff gives up', () => {
    const result = diff('the talks with the US were continuing', 'the talks with Washington are ongoing', { maxEditLength: 0 });
    expect(result).toEqual({ lines: ['= the talks with', '- the US were continuing', '+ Washington are ongoing'], degraded: true });
  });

  it('is not degraded when the limit is never reached', () => {
    expect(diff('the talks were continuing', 'the talks were continuing', { maxEditLength: 0 })).toEqual({
      lines: ['= the talks were continuing'],
      degraded: false,
    });
  });

  it('handles empty sides', () => {
    expect(diff('', '').lines).toEqual([]);
    expect(diff('', 'new text').lines).toEqual(['+ new text']);
    expect(diff('old text', '').lines).toEqual(['- old text']);
  });

  it('keeps deletes before inserts inside a block', () => {
    expect(diff('a b c d', 'a x b y d').lines).toEqual(['= a', '+ x', '= b', '- c', '+ y', '= d']);
  });
});
