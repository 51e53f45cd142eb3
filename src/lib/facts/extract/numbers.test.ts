import { describe, expect, it } from 'vitest';
import { sentenceOf } from '../../../../tests/fixtures/facts/sentences.ts';
import { extractNumbers, readFigure } from './numbers.ts';
import { FRACTIONS } from '../../language/number-words.ts';

const found = (text: string) =>
  extractNumbers(sentenceOf(text)).map((mention) => [mention.text, mention.key, mention.number?.noun ?? null]);

const extractNumbersOf = (text: string): [string, string | undefined][] =>
  extractNumbers(sentenceOf(text)).map((mention) => [mention.text, mention.number?.noun]);

describe('extractNumbers', () => {
  it('keeps an amount and its conversion in brackets as one mention, and spelled-out counts', () => {
    expect(found('The UK spent £700 million (approximately €821 million) with only four voluntary transfers.')).toEqual([
      ['£700 million (approximately €821 million)', '£ 700000000', null],
      ['only four', 'only 4', 'voluntary transfers'],
    ]);
  });

  it('keeps qualifiers and reads vague plurals as orders of magnitude', () => {
    expect(found('Nearly 300 residents and some 2,500 tourists left; thousands of people stayed.')).toEqual([
      ['Nearly 300', 'nearly 300', 'residents'],
      ['some 2,500', 'some 2500', 'tourists'],
      ['thousands', '~1000', 'people'],
    ]);
  });

  it('reads percentages, ranges and scaled currency', () => {
    expect(found('Prices rose 4.5 per cent, between 10 and 12 points, to $3bn.').map(([text, key]) => [text, key])).toEqual([
      ['4.5 per cent', '4.5 %'],
      ['between 10 and 12', '10 12'],
      ['$3bn', '$ 3000000000'],
    ]);
  });

  it('ends the counted thing at a preposition or an adverb after it', () => {
    expect(extractNumbersOf('The nebula lies 40 million light-years away within the Orrin cluster.')).toEqual([
      ['40 million', 'light-years'],
    ]);
    expect(extractNumbersOf('The camp sits 3 kilometres inside the border.')).toEqual([['3', 'kilometres']]);
  });

  it('skips years and a pronoun "one"; reads an ordinal as a place in an order, never as a count', () => {
    expect(found('In 2022 the 20th survey found 1,000 cases.').map(([text, key]) => [text, key])).toEqual([
      ['20th', '20th'],
      ['1,000', '1000'],
    ]);
    expect(found('The visitors scored an 11th-minute opener and a second in the 13th minute.').map(([text]) => text)).toEqual([
      '11th',
      'second',
      '13th',
    ]);
    expect(extractNumbersOf('Four goals came in a seven-minute span.')).toEqual([
      ['Four', 'goals'],
      ['seven', 'minute'],
    ]);
    // What is counted is the first thing named: not a verb after it, another thing after `and`, nor an `and` clause.
    expect(extractNumbersOf('About 25 barges sank and 12 tugs and cranes drifted off; the tally rose to 9 and kept climbing.')).toEqual([
      ['About 25', 'barges'],
      ['12', 'tugs'],
      ['9', undefined],
    ]);
    // In words after a determiner; a number word joined to what it measures.
    expect(found('It was the third eight-story block to fall in a three-year span.').map(([text, key]) => [text, key])).toEqual([
      ['third', '3th'],
      ['eight', '8'],
      ['three', '3'],
    ]);
    // A sentence whose only figure is an ordinal in words.
    expect(found('He slipped to the second landing and was stuck beneath a crate.')).toEqual([['second', '2th', 'landing']]);
    expect(found('The verdict is the first time a mayor of Dunmere has gone to prison.')).toEqual([['first', '1th', 'time']]);
    expect(found('One of them said a dozen eggs cost twenty-five pence.').map(([text, key]) => [text, key])).toEqual([
      ['a dozen', '12'],
      ['twenty-five', '25'],
    ]);
  });

  it('counts a figure after a capitalised preposition opening the sentence, which makes no name of it', () => {
    expect(found('Within 18 first-half minutes the hosts led; despite that, Route 9 stayed shut.')).toEqual([
      ['18', '18', 'first-half minutes'],
    ]);
    expect(found('Despite 40 complaints the Fab 9 plant stayed open.')).toEqual([['40', '40', 'complaints']]);
  });

  it('reads billions glued as a capital B after a currency sign', () => {
    expect(found('Banks lost $52B and nearly €1.5B; Flat 4B stood empty.').map(([text, key]) => [text, key])).toEqual([
      ['$52B', '$ 52000000000'],
      ['nearly €1.5B', 'nearly € 1500000000'],
    ]);
  });

  it('reads an ordinal after a possessive or as a rank, never in a compound that names a kind', () => {
    expect(found('Rovers drew with second-placed Vell.')).toEqual([['second', '2th', 'placed']]);
    expect(found('It was the first and only trial of a sitting mayor.').map(([text, key]) => [text, key])).toEqual([['first', '1th']]);
    expect(found("He scored his side's second goal and Norland's seventh with a first-time shot in your second term.")).toEqual([
      ['second', '2th', 'goal'],
      ['seventh', '7th', null],
      ['second', '2th', 'term'],
    ]);
  });

  it('counts a number word standing for what it counts, where or whence it is, or after `of` at a phrase end', () => {
    expect(found('They included four people from Norland, three from Vell, two from Osk and one each from Tarn.')).toEqual([
      ['four', '4', 'people'],
      ['three', '3', null],
      ['two', '2', null],
    ]);
    expect(found('Nine people were treated at the clinic, four in a serious state, and a family of eight in a van.')).toEqual([
      ['Nine', '9', 'people'],
      ['four', '4', null],
      ['eight', '8', null],
    ]);
    expect(found('The remains of a family of three — a boy among them — were found.')).toEqual([['three', '3', null]]);
    expect(found('Which one in the row was it?')).toEqual([]);
  });

  it('reads multiples: twice, double or triple what follows, and half with a qualifier', () => {
    expect(found('The barge ran at least twice the limit, more than double the 12-knot cap, and the double hull held.')).toEqual([
      ['at least twice', 'at least 2', 'times'],
      ['more than double', 'more than 2', 'times'],
      ['12', '12', 'knot'],
    ]);
    expect(found('It was triple what was planned; nearly half of them were hurt; the first half ended; costs doubled.')).toEqual([
      ['triple', '3', 'times'],
      ['nearly half', 'nearly 0.5', 'half'],
    ]);
    expect(found('Some votes were counted twice.')).toEqual([['twice', '2', 'times']]);
  });

  it('reads half of a scale as half, not one', () => {
    expect(
      found('The club pledged half a million pounds to the youth league, with half a dozen coaches.').map(([text, key]) => [text, key]),
    ).toEqual([
      ['half a million pounds', '£ 500000'],
      ['half a dozen', '6'],
    ]);
    expect(readFigure('half a billion euros')).toEqual(readFigure('€500m'));
  });

  it('reads a fraction after the whole number, glued or as a half, third or quarter in slash form', () => {
    expect(found('The ferry was held for about 3½ hours after a wait of 1 1/2 days.').map(([text, key]) => [text, key])).toEqual([
      ['about 3½', 'about 3.5'],
      ['1 1/2', '1.5'],
    ]);
    expect(readFigure('2¾')).toEqual({ amount: 2.75 });
    expect(readFigure('6 3/8')).toEqual({ amount: 6 });
    // A slash form that runs on is no half: the reader and the extractor share one pattern.
    expect(readFigure('4 1/25')).toEqual({ amount: 4 });
    expect(Object.keys(FRACTIONS).map((fraction) => readFigure(/\//u.test(fraction) ? `7 ${fraction}` : `7${fraction}`)?.amount)).toEqual([
      7.5, 7.333333, 7.666667, 7.25, 7.75, 7.5, 7.333333, 7.666667, 7.25, 7.75,
    ]);
  });

  it('gives house-style variants one value', () => {
    expect(readFigure('€12m')).toEqual(readFigure('€12 million'));
    expect(readFigure('20%')).toEqual(readFigure('20 per cent'));
  });
});
