import { describe, expect, it } from 'vitest';
import { flags, storyFacts } from '../../../../tests/fixtures/facts/flag-story.ts';
import { sentenceOf } from '../../../../tests/fixtures/facts/sentences.ts';
import { extractMentions } from '../index.ts';

// Slots a figure or a title fills that the words around it do not show: a unit glued to its figure,
// a person's age set off by commas, a title's qualifier (`former`). Stories written for these tests.

describe('units of measure', () => {
  it('reads a unit glued to its figure as what the figure measures, and not a million glued on', () => {
    const numbers = extractMentions(sentenceOf('The barge slowed from 14mph to about 3.5kph, 40km from Port Ellan, after a £2m refit.'))
      .filter((mention) => mention.kind === 'number')
      .map((mention) => [mention.text, mention.number?.amount, mention.number?.noun]);
    expect(numbers).toEqual([
      ['14mph', 14, 'mph'],
      ['about 3.5kph', 3.5, 'kph'],
      ['40km', 40, 'km'],
      ['£2m', 2_000_000, 'refit'],
    ]);
  });

  it('flags two speeds in one unit, written glued and spaced, in loosely corresponding sentences (possible)', () => {
    const found = flags(
      'Winches lowered the survey sled onto the ice shelf at 3 mph after a long descent from the ridge.',
      'As planned, the crew cut the tow from the ridge line and the sled touched the ice at about 2.4mph; ' +
        'the team then logged the depth with sonar pings.',
    );
    expect(found.map((fact) => [fact.kind, fact.confidence, fact.evidence?.rule, fact.evidence?.slot, fact.evidence?.values])).toEqual([
      ['number', 'possible', 'value', 'mph', ['3', 'about 2.4mph']],
    ]);
  });

  it('flags as possible two figures in one unit, each its version’s only one, in sentences the alignment did not pair', () => {
    const found = flags(
      'The probe reached the asteroid Vell on Friday. Both were racing through space at 38,000 mph when it touched down.',
      'The probe reached the asteroid Vell on Friday. Landing was hard because the rock spins and travels at 51,000 MPH, engineers said.',
      1,
    );
    expect(found.map((fact) => [fact.kind, fact.confidence, fact.evidence?.slot, fact.evidence?.values.slice().sort()])).toEqual([
      ['number', 'possible', 'mph', ['38,000', '51,000']],
    ]);
  });

  it('counts kilometres and km as one unit, and never puts figures of two counted things in one fact', () => {
    const same = flags('The quarry lies 25 kilometres from Dunmere.', 'The quarry lies 30km from Dunmere.');
    expect(same.map((fact) => fact.evidence?.values)).toEqual([['25', '30km']]);
    const facts = storyFacts(
      'Crews lowered the sled on three steel cables at 3 mph.',
      'Crews lowered the sled at 2 mph from a hovering crane.',
    );
    const together = facts.filter((fact) => fact.kind === 'number').map((fact) => fact.mentions.map((mention) => mention.text).sort());
    expect(together).toEqual([['2', '3'], ['three']]);
  });
});

describe('a person’s age', () => {
  it('flags one named person’s age given two ways, wherever the sentences sit (likely)', () => {
    const found = flags(
      'Velin, 23, came off the bench in the second half. The harbour club won the cup.',
      'The harbour club won the cup on Saturday night. Marta Velin, 24, had been dropped for the semi-final.',
      0,
    );
    expect(found.map((fact) => [fact.kind, fact.confidence, fact.evidence?.slot, fact.evidence?.values])).toEqual([
      ['number', 'likely', 'age velin', ['23', '24']],
    ]);
  });

  it('reads no age after a month or a place the lexicon knows', () => {
    const found = flags(
      'Leeds, 40, miles away, was spared. Ticket sales rose by June, 12, the club said.',
      'The club said its ticket sales rose in the spring. Leeds, 45, miles away, was spared.',
      0,
    );
    expect(found).toEqual([]);
  });
});

describe('a title’s qualifier', () => {
  it('keeps a lower-case qualifier before a title as part of the title', () => {
    const people = extractMentions(sentenceOf('The plan was praised by former Harbour Commissioner Ines Loyola on Monday.')).filter(
      (mention) => mention.kind === 'person',
    );
    expect(people.map((mention) => [mention.text, mention.role])).toEqual([['Ines Loyola', 'former Harbour Commissioner']]);
  });

  it('flags a title given with and without `former` as likely, and one title written shorter not at all', () => {
    const former = flags(
      'The plan was praised by former Harbour Commissioner Ines Loyola on Monday.',
      'Harbour Commissioner Ines Loyola praised the plan on Monday.',
    );
    expect(former.map((fact) => [fact.kind, fact.confidence, fact.evidence?.rule, fact.evidence?.values])).toEqual([
      ['person', 'likely', 'title', ['former Harbour Commissioner', 'Harbour Commissioner']],
    ]);
    const shorter = flags(
      'The plan was praised by Harbour Commissioner Ines Loyola on Monday.',
      'Commissioner Ines Loyola praised the plan on Monday.',
    );
    expect(shorter).toEqual([]);
  });
});

describe('a person’s legal status', () => {
  it('flags a word of custody, arrest or charge on one side of corresponding sentences as likely', () => {
    const found = flags(
      'The county court said the magistrate had ordered officers to take down an account from the skipper.',
      'The county court said that the magistrate had ordered officers to hold the skipper in custody and take down his account.',
    );
    expect(found.map((fact) => [fact.kind, fact.confidence, fact.evidence?.rule])).toEqual([['claim', 'likely', 'legal status']]);
    expect(found[0]!.variants.map((variant) => variant.text).sort()).toEqual(['to hold the skipper in custody and take', 'to take']);
  });

  it('does not flag the same status said in both, nor a clause without such a word', () => {
    const same = flags(
      'Officers arrested the skipper at the harbour on Friday night after the collision.',
      'Officers arrested the skipper at the quay on Friday night after the collision.',
    );
    expect(same.filter((fact) => fact.evidence?.rule === 'legal status')).toEqual([]);
    const other = flags(
      'The county court said the magistrate had ordered officers to take down an account from the skipper.',
      'The county court said that the magistrate had ordered officers to visit the skipper at home and take down his account.',
    );
    expect(other).toEqual([]);
  });
});

describe('a person’s legal status, said both ways', () => {
  it('does not flag one status in two words (found guilty / convicted), nor a sentence the capture cut off', () => {
    const synonyms = flags(
      'The tribunal found the harbour master guilty of fraud for having hidden the ledger from auditors in 2019.',
      'The former harbour master was convicted of fraud for having hidden the ledger from auditors in 2019.',
    );
    expect(synonyms.filter((fact) => fact.evidence?.rule === 'legal status')).toEqual([]);
    const cut = flags(
      'The ruling means the harbour master will be the first official convicted of fraud to keep a seat on the board.',
      'The ruling means the harbour master will be the first official to keep a seat on the board with a',
    );
    expect(cut.filter((fact) => fact.evidence?.rule === 'legal status')).toEqual([]);
  });
});

describe('tolls and counted things', () => {
  /** The figures flagged in a two-version story: confidence, slot and the two values. */
  const figureFlags = (a: string, b: string, aligned?: number): unknown[] =>
    flags(a, b, aligned)
      .filter((fact) => fact.kind === 'number')
      .map((fact) => [fact.confidence, fact.evidence?.slot, fact.variants.map((variant) => variant.text).sort()]);

  it('takes the words of one toll as one slot: killed, died, dead and a death toll', () => {
    expect(
      figureFlags(
        'Floods swept through Brenlow on Sunday. By Monday night the death toll had reached 31 in the river valley.',
        'Floods swept through Brenlow on Sunday. In the river valley 27 people had died by Monday night, officials said.',
        1,
      ),
    ).toEqual([['possible', 'toll dead', ['27', '31']]]);
  });

  it('reads no toll in a part of it, nor across `and` into another clause', () => {
    // `nine of the dead` counts pupils; `killing 24 people and injuring scores` does not count the injured.
    const storm = 'A storm hit Brenlow on Sunday.';
    expect(
      figureFlags(
        `${storm} Nine of the dead were pupils at the village school.`,
        `${storm} Rescuers said 24 people were killed in the town.`,
        1,
      ),
    ).toEqual([]);
    expect(
      figureFlags(
        `${storm} The storm tore through the town, killing 24 people and injuring scores more.`,
        `${storm} At least 120 people were injured across the valley, the mayor said.`,
        1,
      ),
    ).toEqual([]);
  });

  it('flags as possible two figures of one named thing, each its sentence’s only one, in loosely aligned sentences', () => {
    expect(
      figureFlags(
        'A section of the dam gave way at dawn, sweeping more than 30 barges and tons of mud into the gorge below.',
        'Below the broken dam, divers have little hope of reaching the wrecks in the gorge, where almost 40 barges sank.',
      ),
    ).toEqual([['possible', 'barges', ['almost 40', 'more than 30']]]);
  });

  it('does not flag people on board against people killed, two sides of one threshold, nor a revised figure against its new value', () => {
    const pairs: [string, string][] = [
      [
        'Camera footage shows the ferry, with 247 people on board, striking the stone pier in thick fog.',
        'The ferry rammed the stone pier at full speed, killing 80 people, witnesses told police on Thursday.',
      ],
      [
        'Savers with balances up to $250,000 will be paid back in full, the regulator said.',
        'Savers with balances over $250,000 will be paid back in part, the regulator said.',
      ],
      [
        'The coroner revised the toll from 51 to 24 on Tuesday, including seven pupils.',
        'The coroner said at least 24 had died by Tuesday, including seven pupils.',
      ],
    ];
    expect(pairs.map(([a, b]) => figureFlags(a, b))).toEqual([[], [], []]);
  });
});
