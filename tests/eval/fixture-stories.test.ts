import { describe, expect, it } from 'vitest';
import { figures } from '../../eval/report.ts';
import { scoreFolder } from '../../eval/score-folder.ts';

// Invented stories, each version built like a kind of real page met in the real-capture samples (menus,
// decks, captions with slash credits, wire datelines, a hard-wrapped feed with bullets, a cut-off excerpt,
// teasers, subheads), scored by the eval against their hand labels.
describe('cleaning the invented fixture stories', () => {
  it('the barge fire: every article sentence kept and split as labelled, every piece of junk removed', async () => {
    const scored = await scoreFolder('tests/fixtures/eval/port-ellan-barge-fire', 'tests/fixtures/eval');
    const f = figures(scored.score);
    expect(f.articleKept).toBe(1);
    expect(f.sentenceF1).toBe(1);
    expect(f.linkF1).toBe(1);
    // The comment form's notice reads like a sentence; it goes because it speaks to the reader.
    expect(scored.score.versions.flatMap((v) => v.keptJunk)).toEqual([]);
    expect(scored.score.metadata.title).toEqual({ right: 4, wrong: 0, gold: 4 });
  });
  it('the ferry halt: captions, glued labels, subheads, asides and notices go; a paragraph the page cut short stays', async () => {
    const scored = await scoreFolder('tests/fixtures/eval/glenmoor-ferry-halt', 'tests/fixtures/eval');
    const f = figures(scored.score);
    expect(scored.score.versions.flatMap((v) => v.keptJunk)).toEqual([]);
    expect(scored.score.versions.flatMap((v) => v.lostArticle)).toEqual([]);
    expect(f.junkRemoved).toBe(1);
    expect(f.articleKept).toBe(1);
    expect(f.sentenceF1).toBe(1);
  });
  it('the footbridge: the dateline and the share line go too', async () => {
    const scored = await scoreFolder('tests/fixtures/eval/kestrel-bridge', 'tests/fixtures/eval');
    expect(scored.score.versions.flatMap((v) => v.keptJunk)).toEqual([]);
    expect(scored.score.versions.flatMap((v) => v.lostArticle)).toEqual([]);
  });
});
