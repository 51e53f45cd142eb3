import { describe, expect, it } from 'vitest';
import { DATE_FACT, NUMBER_FACT, smallStory } from '../../tests/fixtures/site/small-story.ts';
import { disagreementFlags, factIndex, factLinks, markIn, markNumbers, sentenceFacts, withFacts, type FactMention } from './fact-links.ts';

const fact = { id: 'number-55', href: '/stories/s/facts/#number-55', label: 'number: 55%', disagreement: false };
const person = { id: 'person-petrovic', href: '/stories/s/facts/#person-petrovic', label: 'person: Marek Petrovic', disagreement: true };

describe('withFacts', () => {
  it('leaves runs alone when the sentence mentions no fact', () => {
    const runs = [{ text: 'No facts here.', kind: 'same' as const }];
    expect(withFacts(runs, [])).toBe(runs);
  });

  it('splits a change where a mention starts and ends, marking the piece inside', () => {
    const mentions: Omit<FactMention, 'fact'>[] = [{ start: 0, end: 3, link: fact }];
    expect(withFacts([{ text: '55% of voters', kind: 'ins' }], mentions)).toEqual([
      { text: '55%', kind: 'ins', continuesPrevious: false, continuesNext: true, fact },
      { text: ' of voters', kind: 'ins', continuesPrevious: true, continuesNext: false },
    ]);
  });

  it('marks a mention that spans several runs in each of them, and mentions that touch', () => {
    const mentions: Omit<FactMention, 'fact'>[] = [
      { start: 0, end: 8, link: person },
      { start: 8, end: 11, link: fact },
    ];
    expect(
      withFacts(
        [
          { text: 'Petr', kind: 'same' },
          { text: 'ovic55% said', kind: 'del' },
        ],
        mentions,
      ),
    ).toEqual([
      { text: 'Petr', kind: 'same', continuesPrevious: false, continuesNext: false, fact: person },
      { text: 'ovic', kind: 'del', continuesPrevious: false, continuesNext: true, fact: person },
      { text: '55%', kind: 'del', continuesPrevious: true, continuesNext: true, fact },
      { text: ' said', kind: 'del', continuesPrevious: true, continuesNext: false },
    ]);
  });
});

describe('the fact links of a story', () => {
  const story = smallStory();
  const dateMark = {
    id: 'date-pier-closed',
    href: '/stories/pier/facts/#date-pier-closed',
    label: 'date — outlets disagree: pier closed',
    disagreement: true,
  };
  const numberMark = {
    id: 'number-2-million',
    href: '/stories/pier/facts/#number-2-million',
    label: 'number: £2 million',
    disagreement: false,
  };
  const claimFlag = { href: '/stories/pier/facts/#claim-fishermen-angry', label: 'Outlets disagree on this claim: fishermen angry' };
  const dateFlag = { href: '/stories/pier/facts/#date-pier-closed', label: 'Outlets disagree on this date: pier closed' };

  it('marks numbers, dates and names inside the text, and flags a disagreeing claim beside it (the reading view)', () => {
    expect([...sentenceFacts(story, 'wire')]).toEqual([
      ['wire/s-1', { mentions: [{ start: 19, end: 25, link: dateMark, fact: 'date-pier-closed' }], flags: [] }],
      ['wire/s-2', { mentions: [{ start: 18, end: 28, link: numberMark, fact: 'number-2-million' }], flags: [] }],
    ]);
    expect(sentenceFacts(story, 'paper').get('paper/s-3')).toEqual({ mentions: [], flags: [claimFlag] });
  });

  it('flags every disagreeing fact of a sentence, marked inside it or not (the compare view)', () => {
    expect([...disagreementFlags(story, undefined)]).toEqual([
      ['wire/s-1', [dateFlag]],
      ['paper/s-1', [dateFlag]],
      ['paper/s-3', [claimFlag]],
    ]);
  });

  it('makes each link once per story, so every view shares it', () => {
    const links = factLinks(story, DATE_FACT);
    expect(links).toMatchObject({ mark: dateMark, agreeing: { ...dateMark, disagreement: false }, flag: dateFlag });
    expect(sentenceFacts(story, 'wire').get('wire/s-1')!.mentions[0]!.link).toBe(links.mark);
    expect(disagreementFlags(story, undefined).get('paper/s-1')![0]).toBe(links.flag);
  });

  it('marks the disagreement only where a version stands out: never on the spelling most outlets give', () => {
    // Three versions: two give the fact one way, the third another (made up for this test).
    const spelt = (version: string, text: string) => ({ version, sentence: `${version}/s-1`, text, start: 0, end: text.length });
    const twoAgainstOne = (id: string, kind: 'person' | 'quote', most: string, odd: string) => ({
      id,
      kind,
      label: most,
      mentions: [spelt('wire', most), spelt('paper', most), spelt('blog', odd)],
      variants: [
        { text: most, versions: ['paper', 'wire'] },
        { text: odd, versions: ['blog'] },
      ],
      disagreement: true,
      evidence: { versions: ['wire', 'blog'] as [string, string] },
    });
    const name = twoAgainstOne('person-ana-holt', 'person', 'Ana Holt', 'Ana Hult');
    const quote = twoAgainstOne('quote-we-rebuild', 'quote', 'we rebuild', 'we give up');
    const three = { slug: 'pier', facts: [name, quote] };
    expect(markIn(three, name, 'wire').disagreement).toBe(false);
    expect(markIn(three, name, 'paper').disagreement).toBe(false);
    expect(markIn(three, name, 'blog').disagreement).toBe(true);
    expect([...disagreementFlags(three, undefined).keys()]).toEqual(['blog/s-1']);
  });

  it('marks both sides of a tie, and every mention of a flag whose sides are not known', () => {
    // Monday (wire) against Tuesday (paper): one outlet each.
    expect(markIn(story, DATE_FACT, 'wire').disagreement).toBe(true);
    expect(markIn(story, DATE_FACT, 'paper').disagreement).toBe(true);
    expect(markIn(story, NUMBER_FACT, 'paper').disagreement).toBe(false);
  });

  it('keeps the first of two overlapping mentions', () => {
    const overlapping = {
      ...NUMBER_FACT,
      id: 'number-2',
      label: '2',
      mentions: [{ ...NUMBER_FACT.mentions[0]!, text: '2', start: 57, end: 58 }],
    };
    const withOverlap = { ...story, facts: [...story.facts, overlapping] };
    expect(
      sentenceFacts(withOverlap, 'wire')
        .get('wire/s-2')!
        .mentions.map((mention) => [mention.start, mention.end]),
    ).toEqual([[18, 28]]);
  });
});

describe("a page's fact index", () => {
  it('lists each fact once, in the order the page first marks it, and numbers the marks by that place', () => {
    const link = (id: string, label: string) => ({ id, href: `/stories/s/facts/#${id}`, label, disagreement: false });
    const index = factIndex('/stories/s/facts/', [
      link('place-orrin', 'place: Orrin'),
      link('number-48', 'number: 48'),
      { ...link('place-orrin', 'place: Orrin'), disagreement: true },
    ]);
    expect(index).toEqual({
      url: '/stories/s/facts/',
      facts: [
        ['place-orrin', 'place: Orrin'],
        ['number-48', 'number: 48'],
      ],
    });
    expect([...markNumbers(index)]).toEqual([
      ['place-orrin', 0],
      ['number-48', 1],
    ]);
  });
});
