import { describe, expect, it } from 'vitest';
import { smallStory } from '../../tests/fixtures/site/small-story.ts';
import { onlyHereSentences, onlyHereView, provenanceView, sentenceCitation, versionRef } from './provenance-view.ts';

const story = smallStory();
const wireRef = { id: 'wire', outlet: 'Wire', date: '4 May 2025', href: '/stories/pier/wire/' };
const paperRef = { id: 'paper', outlet: 'Paper', date: 'no date shown', href: '/stories/pier/paper/' };

describe('provenanceView', () => {
  it('words each likely derivation as no more than likely, with its evidence and the pair to compare', () => {
    const view = provenanceView(story);
    expect(view.steps).toEqual([
      {
        version: paperRef,
        source: wireRef,
        relation: 'a rewrite of',
        order: 'Probably Wire, on weak clues.',
        kind: 'rewrite',
        confidence: 'medium',
        evidence: ['8 words in one shared run'],
        differences: ['Tuesday for Monday'],
        alsoClose: [],
        compareHref: '/stories/pier/compare/wire/paper/',
      },
    ]);
    expect(view.tree).toEqual([
      { version: wireRef, children: [{ node: { version: paperRef, children: [] }, kind: 'rewrite', direction: 'possible' }] },
    ]);
    expect([view.independent, view.minRun, view.note]).toEqual([[], 5, undefined]);
    expect(view.links.map((link) => [link.fromRef, link.toRef, link.compareHref])).toEqual([
      [wireRef, paperRef, '/stories/pier/compare/wire/paper/'],
    ]);
  });

  it('says "is it a copy" apart from "which came first", and compares in story order whatever the direction', () => {
    const link = { ...story.provenance.links[0]!, from: 'paper', to: 'wire', kind: 'copy' as const, direction: 'unknown' as const };
    const view = provenanceView({ ...story, provenance: { ...story.provenance, links: [link] } });
    expect(view.steps[0]).toMatchObject({
      relation: 'a near-copy of',
      order: 'Unknown: nothing in the texts shows which one came first.',
      compareHref: '/stories/pier/compare/wire/paper/',
    });
    const likely = { ...link, direction: 'likely' as const };
    expect(provenanceView({ ...story, provenance: { ...story.provenance, links: [likely] } }).steps[0]).toMatchObject({
      relation: 'a near-copy of',
      order: 'Likely Paper.',
    });
  });
});

describe('what one outlet alone carries', () => {
  it('lists, per version, the sentences and facts stored as only there', () => {
    expect(onlyHereView(story)).toEqual([
      { version: wireRef, sentences: [], facts: [] },
      {
        version: paperRef,
        sentences: [{ n: 3, text: 'Fishermen were angry.', href: '/stories/pier/paper/#s-3' }],
        facts: [
          { id: 'claim-fishermen-angry', label: 'fishermen angry', kind: 'claim', href: '/stories/pier/facts/#claim-fishermen-angry' },
        ],
      },
    ]);
    expect([...onlyHereSentences(story, 'paper')]).toEqual(['paper/s-3']);
    expect(onlyHereSentences(story, 'wire').size).toBe(0);
  });
});

describe('citations and version references', () => {
  it('cites a sentence with its outlet, date and absolute permalink', () => {
    const wire = story.versions[0]!;
    expect(sentenceCitation(new URL('https://same-story.example'), story, wire, wire.sentences[0]!)).toBe(
      'Wire (4 May 2025): “The pier closed on Monday.” — https://same-story.example/stories/pier/wire/#s-1',
    );
    expect(versionRef('pier', story.versions[1]!)).toEqual(paperRef);
  });
});
