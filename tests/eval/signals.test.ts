import { describe, expect, it } from 'vitest';
import { SIGNAL_WEIGHTS } from '../../src/lib/clean/evidence/judge.ts';
import { cleanVersion } from '../../src/lib/clean/index.ts';
import { mapOriginal } from '../../src/lib/text/mapped-text.ts';
import { fitWeights, junkLikeArticle, removedWith, weightChanges } from '../../eval/fit.ts';
import { figures } from '../../eval/report.ts';
import { scoreFolder } from '../../eval/score-folder.ts';
import {
  articleMask,
  prepareStory,
  siftPrepared,
  storyFigures,
  type JudgedStory,
  type ParagraphRow,
  type PreparedStory,
} from '../../eval/signals.ts';

// An invented story of two versions: a label between the two labelled sentences of one.
const LABEL = 'Valley tide tables and ferry times';
const FIRST = 'The Tarn ferry stopped running on Monday after a crack was found in its hull, the operator said.';
const SECOND = 'Engineers from the port will inspect the vessel on Wednesday, and crossings could resume next week.';
const OTHER_FIRST = 'A crack found in the hull of the Tarn ferry stopped its crossings on Monday, its operator said.';
const OTHER_SECOND = 'Port engineers inspect the vessel on Wednesday; the crossings could resume next week.';

function invented(): PreparedStory {
  const texts = [`${FIRST}\n\n${LABEL}\n\n${SECOND}\n`, `${OTHER_FIRST}\n\n${OTHER_SECOND}\n`];
  const labelled = [
    [FIRST, SECOND],
    [OTHER_FIRST, OTHER_SECOND],
  ];
  const cleaned = texts.map((text) => cleanVersion(mapOriginal(text)));
  return {
    story: 'tarn-ferry',
    cleaned,
    versions: texts.map((text, v) => ({
      id: ['wire', 'daily'][v]!,
      body: cleaned[v]!.body,
      article: articleMask(
        text.length,
        labelled[v]!.map((sentence) => ({ start: text.indexOf(sentence), end: text.indexOf(sentence) + sentence.length, text: sentence })),
      ),
    })),
  };
}

const ink = (text: string): number => text.replace(/\s/gu, '').length;

const row = (features: ParagraphRow['features'], article: number, junk: number, safe = false): ParagraphRow => ({
  story: 's',
  version: 'v',
  line: 0,
  article,
  junk,
  features,
  score: 0,
  chrome: false,
  safe,
  text: '',
});

describe('the story-evidence pass, paragraph by paragraph against the labels', () => {
  it('counts each paragraph’s labelled article and junk characters (non-space), with the signals that moved it', () => {
    const judged = siftPrepared(invented());
    const wire = judged.rows.filter((r) => r.version === 'wire');
    expect(wire.map((r) => [r.line, r.article, r.junk])).toEqual([
      [0, ink(FIRST), 0],
      [1, 0, ink(LABEL)],
      [2, ink(SECOND), 0],
    ]);
    expect(ink(LABEL)).toBe(29);
    // The label: no sentence ending, few words, in no other version, between the two sentences; the sentences: prose
    // another version matches.
    expect(wire.map((r) => r.chrome)).toEqual([false, true, false]);
    expect(wire[1]!.features).toEqual(['noEndingShort', 'upTo7Words', 'inNoOtherVersion', 'unfinishedBetweenParagraphs']);
    expect(wire[0]!.features).toEqual(['prose', 'matchingParagraph']);
    expect(judged.versions[0]).toEqual({
      story: 'tarn-ferry',
      version: 'wire',
      article: ink(FIRST) + ink(SECOND),
      junk: 29,
      articleOutside: 0,
      junkOutside: 0,
    });
    expect(storyFigures(judged)).toEqual([{ story: 'tarn-ferry', junkRemoved: 1, articleKept: 1, articleLost: 0, lowVersions: [] }]);
  });

  it('scores a story with any paragraphs removed: what no paragraph holds counts as removed before the pass', () => {
    const judged: JudgedStory = {
      rows: [row(['upTo3Words'], 0, 30), { ...row(['prose'], 60, 10), line: 1 }, { ...row(['prose'], 100, 0), line: 2 }],
      versions: [{ story: 's', version: 'v', article: 160, junk: 80, articleOutside: 0, junkOutside: 40 }],
    };
    // Nothing removed by the pass: 40 of 80 junk characters went before it.
    expect(storyFigures(judged, () => false)).toEqual([
      { story: 's', junkRemoved: 0.5, articleKept: 1, articleLost: 0, lowVersions: ['v'] },
    ]);
    // The short line and the mixed paragraph removed: 80 of 80 junk characters, 60 of 160 article characters lost.
    expect(storyFigures(judged, (r) => r.line < 2)).toEqual([
      { story: 's', junkRemoved: 1, articleKept: 100 / 160, articleLost: 60, lowVersions: [] },
    ]);
  });

  it('removes a row when the prior and its signals sum above 0, never a safe row', () => {
    const removed = removedWith(SIGNAL_WEIGHTS);
    // -1 + 1.5 + 2 = 2.5
    expect(removed(row(['upTo3Words', 'inNoOtherVersion'], 0, 5))).toBe(true);
    expect(removed(row(['upTo3Words', 'inNoOtherVersion'], 0, 5, true))).toBe(false);
    // -1 + 0.5 = -0.5
    expect(removed(row(['upTo7Words'], 0, 5))).toBe(false);
  });

  it('fits a weight that removes junk only when no article text goes with it', () => {
    // Junk at -1 + 0.5 = -0.5 and article at -1 - 1.5 = -2.5: a prior of -0.25 removes the junk and keeps the article.
    const separable: JudgedStory = {
      rows: [row(['upTo7Words'], 0, 20), { ...row(['prose'], 50, 0), line: 1 }],
      versions: [{ story: 's', version: 'v', article: 50, junk: 20, articleOutside: 0, junkOutside: 0 }],
    };
    expect(weightChanges(fitWeights(separable))).toEqual(['prior: -1 → -0.25']);
    // The same signals on an article row: any weights that remove the junk remove the article too.
    const alike: JudgedStory = {
      rows: [row(['upTo7Words'], 0, 20), { ...row(['upTo7Words'], 50, 0), line: 1 }],
      versions: separable.versions,
    };
    expect(weightChanges(fitWeights(alike))).toEqual([]);
    expect(junkLikeArticle(alike)).toEqual({ kept: 20, likeArticle: 20, safe: 0 });
    // An untried signal starts at 0 and takes the first grid value (a multiple of its hand weight, 2.5) that pays: -1 + 1.25 > 0.
    const pointing: JudgedStory = {
      rows: [row(['pointsToLink'], 0, 20), { ...row(['prose'], 50, 0), line: 1 }],
      versions: separable.versions,
    };
    const start = { ...SIGNAL_WEIGHTS, pointsToLink: 0 };
    expect(weightChanges(fitWeights(pointing, start), start)).toEqual(['pointsToLink: 0 → 1.25']);
    expect(junkLikeArticle(separable)).toEqual({ kept: 20, likeArticle: 0, safe: 0 });
  });

  it('gives the eval’s own junk and kept figures on a fixture story', async () => {
    const dir = 'tests/fixtures/eval/port-ellan-barge-fire';
    const [pass] = storyFigures(siftPrepared(await prepareStory(dir, 'tests/fixtures/eval')));
    const f = figures((await scoreFolder(dir, 'tests/fixtures/eval')).score);
    expect(pass!.story).toBe('port-ellan-barge-fire');
    expect(pass!.junkRemoved).toBe(f.junkRemoved);
    expect(pass!.articleKept).toBe(f.articleKept);
  });
});
