import { describe, expect, it } from 'vitest';
import { flags } from '../../../../tests/fixtures/facts/flag-story.ts';

// The false-flag patterns seen on real captures, each in a story written for this test (tests/fixtures/facts/flag-story.ts).
describe('flags need corresponding sentences, one slot and a difference of substance', () => {
  it('flags a changed figure in corresponding sentences as likely, with its evidence', () => {
    const found = flags(
      'The ferry carried 212 passengers when it ran aground off the island on Sunday.',
      'The ferry carried 230 passengers when it ran aground off the island on Sunday.',
    );
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ kind: 'number', confidence: 'likely' });
    expect(found[0]!.evidence).toMatchObject({ rule: 'value', slot: 'passengers', values: ['212', '230'] });
    // Everything but the figure is shared: the two sentences correspond.
    expect(found[0]!.evidence!.link).toBeGreaterThan(0.5);
  });

  it('does not flag figures of different things that a loose group puts side by side', () => {
    const found = flags(
      'The bakery chain will close 40 shops this spring, its owners said.',
      'A rival grocer shut 25 stores two years ago after sales slumped across the north.',
    );
    expect(found).toEqual([]);
  });

  it('does not flag a forecast against an outcome', () => {
    const found = flags(
      'The new plan will save $40 million in running costs over two years, the council said.',
      'The council said its last plan saved $25 million in running costs over two years.',
    );
    expect(found).toEqual([]);
  });

  it('reads the tense of the clause a figure sits in, not of its whole sentence', () => {
    const found = flags(
      'With most ballots counted, the Green Party was on 41% and forecast to take 30 seats in the assembly.',
      'With all ballots counted, the Green Party won 43%, giving it 30 seats in the assembly.',
    );
    expect(found.map((fact) => [fact.kind, fact.evidence?.rule, fact.variants.map((variant) => variant.text).sort()])).toEqual([
      ['number', 'value', ['41%', '43%']],
    ]);
  });

  it('holds as possible one counted thing given two values when only the wider words around both agree', () => {
    const found = flags(
      'Nine walkers are still in hospital in Marlow, four of them badly hurt, the trust said.',
      'There are 16 walkers being treated in hospital in Marlow after the rockfall on the ridge.',
    );
    expect(found.map((fact) => [fact.confidence, fact.evidence?.slot, fact.variants.map((variant) => variant.text).sort()])).toEqual([
      ['possible', 'walkers', ['16', 'Nine']],
    ]);
  });

  it('does not flag a rounding noted, nor two approximations, nor a span of time said loosely', () => {
    expect(flags('The dam is about 30 km from the town.', 'The dam is 30 km from the town.')).toEqual([]);
    expect(flags('Almost 6% of the staff will go.', 'Around 6% of the staff will go.')).toEqual([]);
    expect(flags('More than two days after the storm, roads were still shut.', 'Two days after the storm, roads were still shut.')).toEqual(
      [],
    );
  });

  it('does not flag two bounds on one side of a figure, nor a rounding beside a figure passed from below', () => {
    expect(
      flags(
        'The flood killed at least 60 people in Varno, officials said.',
        'The flood killed more than 60 people in Varno, officials said.',
      ),
    ).toEqual([]);
    expect(
      flags('The cuts hit fewer than 8% of the staff at Pellow Mills.', 'The cuts hit up to 8% of the staff at Pellow Mills.'),
    ).toEqual([]);
    expect(
      flags('The mill is cutting 900 jobs, less than 7% of its staff.', 'The mill is cutting 900 jobs, about 7% of its staff.'),
    ).toEqual([]);
    // Bounds on opposite sides still differ.
    expect(
      flags(
        'The flood killed at least 60 people in Varno, officials said.',
        'The flood killed as many as 60 people in Varno, officials said.',
      ).map((fact) => fact.evidence?.rule),
    ).toEqual(['hedge']);
  });

  it('reports a bound added to a toll as a possible hedge, not a value conflict', () => {
    const found = flags('The blast killed at least 80 people, police said.', 'The blast killed 80 people, police said.');
    expect(found.map((fact) => [fact.confidence, fact.evidence?.rule])).toEqual([['possible', 'hedge']]);
  });

  it('finds one toll given two values in sentences the alignment did not pair, as possible', () => {
    const found = flags(
      'A landslide buried the mountain road on Sunday. Rescuers said 94 people were injured in the slide near the pass.',
      'A landslide buried the mountain road on Sunday. The slide near the pass has left more than 160 injured, officials said.',
      1,
    );
    expect(found.map((fact) => [fact.confidence, fact.evidence?.slot, fact.variants.map((variant) => variant.text).sort()])).toEqual([
      ['possible', 'toll injur', ['94', 'more than 160']],
    ]);
  });

  it('reads ordinals and flags a different minute', () => {
    const found = flags(
      'The visitors scored in the 11th minute through a header.',
      'The visitors scored in the 10th minute through a header.',
    );
    expect(found.map((fact) => [fact.kind, fact.variants.map((variant) => variant.text).sort()])).toEqual([['number', ['10th', '11th']]]);
  });

  it('never flags a unit conversion in brackets: it answers for the figure it converts, and two versions may convert two', () => {
    const found = flags(
      'A 30-metre (100 feet) stretch of the pier fell into the harbour, 12 metres below.',
      'A 30-metre stretch of the pier fell into the harbour, 12 metres (40 feet) below.',
    );
    expect(found).toEqual([]);
  });

  it('does not flag a figure the other sentence states too, and holds one whose slot it counts twice as possible', () => {
    const minute = flags(
      'After Lund headed in during the 20th minute, Ravel struck from range to level the match.',
      'After Lund headed in during the 20th minute, Ravel struck from range in the 71st minute to level the match.',
    );
    expect(minute).toEqual([]);
    const cents = flags(
      'Profit is forecast at 73 to 81 cents a share, against hopes of 78 cents.',
      'The firm expects profit of 73 cents to 81 cents a share in the quarter to March.',
    );
    expect(cents).toEqual([]);
    const parts = flags(
      'The mayor was found guilty on five charges of bribery after a two-week hearing.',
      'The mayor was found guilty on four charges of bribery and one charge of fraud on Friday.',
    );
    expect(parts.filter((fact) => fact.kind === 'number').map((fact) => fact.confidence)).toEqual(['possible']);
  });

  it('holds two days of weakly linked sentences as possible when the words around them differ', () => {
    const found = flags(
      'The governor warned on Monday that more homes could be lost to the flood along the river valley.',
      'More than 40 homes along the river valley have been lost to the flood so far, an engineer said Wednesday.',
    );
    expect(found.filter((fact) => fact.kind === 'date').map((fact) => fact.confidence)).toEqual(['possible']);
  });

  it('takes about as a hedge only before a figure, and reportedly anywhere', () => {
    const debate = flags(
      'The ruling ends a trial that started a debate on the city council’s habit of awarding contracts to friends.',
      'The ruling ends a trial that has sparked debate about the city council’s habit of awarding contracts to friends.',
    );
    expect(debate.filter((fact) => fact.evidence?.rule === 'hedge')).toEqual([]);
    const reported = flags(
      'Rescuers reportedly pulled 40 people from the river after the ferry tipped over near the weir.',
      'Rescuers pulled 40 people from the river after the ferry tipped over near the weir.',
    );
    expect(reported.map((fact) => [fact.kind, fact.confidence, fact.evidence?.rule])).toEqual([['claim', 'likely', 'hedge']]);
  });

  it('does not flag a quotation that differs only in one word spelled two ways, or a slip', () => {
    const found = flags(
      'The coach said the defence looked like “a walrus with a drooping moustache” all season.',
      'The coach said the defense looked like “a walrus with a drooping mustache.” all season.',
    );
    expect(found.filter((fact) => fact.kind === 'quote')).toEqual([]);
    const slip = flags(
      '"His patience, sense of timing and strenght of will made him a great keeper," Orla Venn said.',
      'Orla Venn said "his patience, sense of timing and strength of will made him a great keeper."',
    );
    expect(slip.filter((fact) => fact.kind === 'quote')).toEqual([]);
  });

  it('does not flag a quotation a capture cut off or glued, which holds the other letter for letter', () => {
    const cut = flags(
      'Orla Venn said: “We have asked for the gates to be opened before the tide tur',
      'Orla Venn said: “We have asked for the gates to be opened before the tide turns,” on Monday.',
    );
    expect(cut.filter((fact) => fact.kind === 'quote')).toEqual([]);
    const glued = flags(
      'Orla Venn said: “We heard the wall go and we ran. I carried two children out of the yard.”',
      'Orla Venn said: “We heard the wall go and we ran. Icarried two children out of the yard.”',
    );
    expect(glued.filter((fact) => fact.kind === 'quote')).toEqual([]);
  });

  it('holds a title qualified differently as possible when the two sentences are not aligned, likely when they are', () => {
    const former = 'The board met on Monday. Former Pellow Mills CEO Ida Marsh was fined on Monday for hiding the losses of the mill.';
    const then = 'The board met on Monday. Years ago, magazines praised Pellow Mills founder and CEO Ida Marsh as a genius.';
    const titles = (aligned: number): unknown[] =>
      flags(former, then, aligned)
        .filter((fact) => fact.kind === 'person')
        .map((fact) => [fact.confidence, fact.evidence?.rule, fact.evidence?.values]);
    expect(titles(1)).toEqual([['possible', 'title', ['Former Pellow Mills CEO', 'CEO']]]);
    expect(titles(2)).toEqual([['likely', 'title', ['Former Pellow Mills CEO', 'CEO']]]);
  });

  it('holds a hedge between loosely linked sentences as possible', () => {
    const found = flags(
      'The coach reportedly left the road near Tolva while going far above the limit.',
      'The twelve-seat coach left the road just outside the old market town of Tolva in the hills.',
    );
    expect(found.filter((fact) => fact.kind === 'claim').map((fact) => [fact.confidence, fact.evidence?.rule])).toEqual([
      ['possible', 'hedge'],
    ]);
    expect(found.find((fact) => fact.kind === 'claim')!.evidence!.link).toBeLessThan(0.3);
  });

  it('flags one person given two surnames when the given names agree', () => {
    const found = flags(
      'Health minister Karin Elise Dahl said the clinic would reopen.',
      'Health minister Karin Elise Moberg said the clinic would reopen.',
    );
    expect(found.map((fact) => [fact.kind, fact.confidence, fact.evidence?.rule])).toEqual([['person', 'likely', 'spelling']]);
  });

  it('flags a given name spelled two ways that sound alike', () => {
    const found = flags('Site manager Raphael Oduya said the crane had failed.', 'Site manager Rafael Oduya said the crane had failed.');
    expect(found.map((fact) => [fact.kind, fact.confidence, fact.evidence?.rule, fact.evidence?.values])).toEqual([
      ['person', 'likely', 'spelling', ['raphael', 'rafael']],
    ]);
  });

  it('flags one office of two different places as a title difference, and a title naming no place as none', () => {
    const titles = (a: string, b: string): unknown[] =>
      flags(a, b)
        .filter((fact) => fact.kind === 'person')
        .map((fact) => [fact.confidence, fact.evidence?.rule, fact.evidence?.values]);
    expect(
      titles('Ohio Attorney General Dana Pruitt praised the jurors.', 'Iowa Attorney General Dana Pruitt praised the jurors.'),
    ).toEqual([['likely', 'title', ['Ohio Attorney General', 'Iowa Attorney General']]]);
    expect(titles('Ohio Attorney General Dana Pruitt praised the jurors.', 'Attorney General Dana Pruitt praised the jurors.')).toEqual([]);
  });

  it('never flags an umlaut written out or left off', () => {
    expect(flags('Jonas Mueller scored twice for the visitors.', 'Jonas Muller scored twice for the visitors.')).toEqual([]);
  });

  it('does not flag a copy reworded throughout with synonyms, nor a contraction of a negation', () => {
    const found = flags(
      'The firm expects weaker sales in the first half. The firm said it will not change its plan. Prices rose within the quarter.',
      'The corporate expects weaker sales in the primary half. The corporate said it won’t change its plan. Prices rose in the quarter.',
    );
    expect(found).toEqual([]);
  });

  it('does not take a short phrase several people repeat as a quote attributed to two people', () => {
    const found = flags(
      'Judge Anna Berg said there was evidence of a “secret deal” between the two men.',
      'Prosecutor Tom Hale told the court the men had struck a “secret deal” in 2019.',
    );
    expect(found.filter((fact) => fact.kind === 'quote')).toEqual([]);
  });

  it('does not flag a negation the other sentence says with a verb', () => {
    const found = flags(
      'The mayor was fined on Monday but the court imposed no ban on him standing again.',
      'The mayor was fined on Monday but the court declined to impose a ban on him standing again.',
    );
    expect(found.filter((fact) => fact.kind === 'claim')).toEqual([]);
  });

  it('flags a negation that bears on what both sentences say', () => {
    const found = flags('The fire was not yet under control on Tuesday night.', 'The fire was under control on Tuesday night.');
    expect(found.map((fact) => [fact.kind, fact.confidence, fact.evidence?.rule])).toEqual([['claim', 'likely', 'negation']]);
  });

  it('reads no hedge from a sentence adverb set off by a comma before a word both sentences share', () => {
    const found = flags(
      'Reportedly, the train was travelling too fast when it left the rails near Corran station.',
      'The eight-carriage train ran off the rails close to Corran station in the north.',
    );
    expect(found).toEqual([]);
  });

  it('reads no reporting-verb change from one verb in two forms', () => {
    expect(
      flags(
        'The late goal denied Kestrel the one prize he needs.',
        'The late goal came on Sunday, denying Kestrel the one prize he needs.',
      ),
    ).toEqual([]);
  });

  it('reads one office written in one word or two as one title', () => {
    const found = flags(
      'Former Leeds Police officer Aldo Vance was convicted on Tuesday of all charges.',
      'Former Leeds policeman Aldo Vance was convicted on Tuesday of all charges.',
    );
    expect(found).toEqual([]);
  });

  it("compares a named person's age only with an age, and a stretch of time only with another", () => {
    expect(
      flags('Varga, 45, was found guilty of both charges on Tuesday.', 'The 12-member jury found Varga guilty of both charges on Tuesday.'),
    ).toEqual([]);
    expect(
      flags('Varga, 45, was found guilty of both charges on Tuesday.', 'Varga faces up to 40 years for both charges on Tuesday.'),
    ).toEqual([]);
    expect(
      flags(
        'The oldest serving mayor in the province, at 91, said he would retire.',
        'The oldest serving mayor in the province is retiring after 37 years in office.',
      ),
    ).toEqual([]);
    const ages = flags(
      'Varga, 45, was found guilty of both charges on Tuesday.',
      'Varga, 46, was found guilty of both charges on Tuesday.',
    );
    expect(ages.map((fact) => [fact.confidence, fact.evidence?.rule, fact.evidence?.values])).toEqual([['likely', 'value', ['45', '46']]]);
  });

  it('does not compare a change or a margin with a level, and compares two changes', () => {
    expect(flags('Dunmore have now won 14 league titles in all.', 'Dunmore still trail Castlebar by three league titles in all.')).toEqual(
      [],
    );
    expect(
      flags(
        'The party won 31.5% of the vote, its lowest share.',
        'The party won 31% of the vote, down about nine percent, its lowest share.',
      ),
    ).toEqual([]);
    const moves = flags('Shares of Velco opened up 6.1% in Oslo on Friday.', 'Shares of Velco closed 8.2% higher in Oslo on Friday.');
    expect(moves.map((fact) => fact.evidence?.values)).toEqual([['6.1%', '8.2%']]);
  });

  it('dates one event with two days of loosely linked sentences only when the words beside both days agree', () => {
    const events = flags(
      'Rescue crews dug into the mill on Tuesday in a race to find survivors after the collapse.',
      'Families wept outside a chapel on Monday while rescue crews searched the ruined mill.',
    );
    expect(events.filter((fact) => fact.kind === 'date')).toEqual([]);
    const transfer = flags(
      'Olsen completed his transfer from Tarn to Castlebar Rovers on Thursday, signing a four-year deal.',
      'Olsen joined Castlebar Rovers early Friday morning, hours after Tarn confirmed the fee.',
    );
    expect(transfer.filter((fact) => fact.kind === 'date').map((fact) => fact.evidence?.values)).toEqual([
      ['on Thursday', 'early Friday morning'],
    ]);
  });

  it('compares one counted thing of two sentences the alignment did not pair when they share words and the words beside both', () => {
    const tenure = flags(
      'Olsen, who will stay until a successor is chosen, has been council leader for just 45 days.',
      'Olsen quit after 44 days as council leader, the shortest spell in the town history.',
      0,
    );
    expect(tenure.map((fact) => [fact.confidence, fact.evidence?.rule, fact.evidence?.link, fact.evidence?.values])).toEqual([
      ['possible', 'value', 0, ['just 45', '44']],
    ]);
    const other = flags(
      'Olsen, who will stay until a successor is chosen, has been council leader for just 45 days.',
      'The town hall renovation took 44 days, Olsen said at the opening of the council offices.',
      0,
    );
    expect(other).toEqual([]);
  });

  it('does not compare a measure with a bare figure', () => {
    expect(
      flags(
        'Rescuers reached the hikers about 6 km up the trail on Monday.',
        'Rescuers reached the 9 hikers several kilometres up the trail on Monday.',
      ),
    ).toEqual([]);
  });

  it('flags one part of a three-part name spelled a letter off, even a short one, when the others agree', () => {
    const found = flags(
      'Envoy Kim Jon-ho arrived in Tarn on Monday for the talks.',
      'Envoy Kim Jong-ho arrived in Tarn on Monday for the talks.',
    );
    expect(found.map((fact) => [fact.kind, fact.confidence, fact.evidence?.rule, fact.note])).toEqual([
      ['person', 'likely', 'spelling', 'name spelled “Jon” (one) vs “Jong” (two)'],
    ]);
  });

  it('reads no reporting-verb change against a quotation given bare', () => {
    const found = flags(
      '“I will always be sorry the ferry link to Orla was never built.”',
      'But she admitted: “I will always be sorry the ferry link to Orla was never built.”',
    );
    expect(found.filter((fact) => fact.evidence?.rule === 'reporting verb')).toEqual([]);
  });

  it('reads no wording change from one role written for a man and for a woman', () => {
    expect(
      flags(
        'Spokeswoman Ada Brill said she believes some boats were counted twice.',
        'Spokesman Ada Brill said she believes some boats were counted twice in the storm.',
      ),
    ).toEqual([]);
  });
});
