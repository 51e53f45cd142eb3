// The eval's table: one row per story and the mean of each figure over the stories (every story weighs the
// same, so a long story cannot hide a failing one), then the pooled counts behind the ratios.
import type { DisagreementMisses } from './misses.ts';
import { f1, FACT_KINDS, ratio, type Ratio, type StoryScore } from './score.ts';

export interface ScoredStory {
  story: string;
  versions: number;
  score: StoryScore;
  /** Each missed must-see disagreement with its cause, and each wrong flag (eval/misses.ts). */
  misses?: DisagreementMisses;
}

export interface StoryFigures {
  junkRemoved: number;
  articleKept: number;
  sentenceF1: number;
  linkP: number;
  linkR: number;
  linkF1: number;
  factRecall: number;
  factPrecision: number;
  found: number;
  mustSeeFound: number;
  flagsRight: number;
  likelyFlagsRight: number;
}

export function figures(score: StoryScore): StoryFigures {
  const mentions = Object.values(score.factMentions);
  const sum = (pick: (m: (typeof mentions)[number]) => number): number => mentions.reduce((total, m) => total + pick(m), 0);
  const { links } = score;
  return {
    junkRemoved: ratio(score.junkRemoved),
    articleKept: ratio(score.articleKept),
    sentenceF1: f1(score.sentences.matched, score.sentences.predicted, score.sentences.gold),
    linkP: links.predicted === 0 ? 1 : links.matched / links.predicted,
    linkR: links.gold === 0 ? 1 : links.matched / links.gold,
    linkF1: f1(links.matched, links.predicted, links.gold),
    factRecall: ratio({ hit: sum((m) => m.found), of: sum((m) => m.gold) }),
    factPrecision: ratio({ hit: sum((m) => m.right), of: sum((m) => m.predicted) }),
    found: ratio(score.disagreements.found),
    mustSeeFound: ratio(score.disagreements.mustSeeFound),
    flagsRight: ratio(score.disagreements.flagsRight),
    likelyFlagsRight: ratio(score.disagreements.likelyFlagsRight),
  };
}

const COLUMNS: [keyof StoryFigures, string][] = [
  ['junkRemoved', 'junk'],
  ['articleKept', 'kept'],
  ['sentenceF1', 'sentF1'],
  ['linkP', 'linkP'],
  ['linkR', 'linkR'],
  ['linkF1', 'linkF1'],
  ['factRecall', 'factR'],
  ['factPrecision', 'factP'],
  ['found', 'disFound'],
  ['mustSeeFound', 'mustSee'],
  ['flagsRight', 'flagsOK'],
  ['likelyFlagsRight', 'likelyOK'],
];

const fraction = (r: Ratio): string => `${r.hit}/${r.of}`;

export function formatReport(stories: readonly ScoredStory[]): string {
  const width = Math.max(5, ...stories.map((s) => s.story.length));
  const head = ['story'.padEnd(width), 'v', ...COLUMNS.map(([, name]) => name.padStart(8))].join(' ');
  const rows = stories.map((s) => {
    const f = figures(s.score);
    return [s.story.padEnd(width), String(s.versions), ...COLUMNS.map(([key]) => f[key].toFixed(2).padStart(8))].join(' ');
  });
  const mean = COLUMNS.map(([key]) =>
    (stories.reduce((total, s) => total + figures(s.score)[key], 0) / stories.length).toFixed(2).padStart(8),
  );
  const counts = stories.map((s) => {
    const d = s.score.disagreements;
    const m = s.score.metadata;
    const low = s.score.versions.filter((v) => ratio(v.junkRemoved) < 0.85).map((v) => `${v.id} ${ratio(v.junkRemoved).toFixed(2)}`);
    return (
      `${s.story}: disagreements found ${fraction(d.found)}, must-see ${fraction(d.mustSeeFound)}, flags right ${fraction(d.flagsRight)}` +
      ` (likely ${fraction(d.likelyFlagsRight)}); links ${s.score.links.matched}/${s.score.links.predicted} predicted, ` +
      `${s.score.links.gold} gold; metadata right/wrong/gold: title ${m.title.right}/${m.title.wrong}/${m.title.gold}, ` +
      `byline ${m.byline.right}/${m.byline.wrong}/${m.byline.gold}, date ${m.published.right}/${m.published.wrong}/${m.published.gold}, ` +
      `agency ${m.agency.right}/${m.agency.wrong}/${m.agency.gold}` +
      (low.length > 0 ? `; junk below 0.85: ${low.join(', ')}` : '')
    );
  });
  return [head, ...rows, ['mean'.padEnd(width), ' ', ...mean].join(' '), '', ...counts, '', formatMentionsByKind(stories)].join('\n');
}

type Tally = StoryScore['factMentions'][keyof StoryScore['factMentions']];

/**
 * Mention recall and precision per kind (quote, number, date): per story with its counts (found/labelled,
 * right/analysed), the mean over the stories that have labelled or analysed mentions of the kind, and the pooled
 * counts; last, how many wrong mentions lie in page junk (the cleaner's to remove, not the extractor's).
 */
export function formatMentionsByKind(stories: readonly ScoredStory[]): string {
  const width = Math.max(5, ...stories.map((s) => s.story.length));
  const recall = (t: Tally): string => ratio({ hit: t.found, of: t.gold }).toFixed(2);
  const precision = (t: Tally): string => ratio({ hit: t.right, of: t.predicted }).toFixed(2);
  const cell = (t: Tally): string => `${recall(t)} ${precision(t)} (${t.found}/${t.gold}, ${t.right}/${t.predicted})`;
  const cellWidth = 28;
  const head = ['mentions'.padEnd(width), ...FACT_KINDS.map((kind) => `${kind} R P`.padEnd(cellWidth)), 'wrong in junk'].join(' ');
  const junkOf = (s: ScoredStory): number => s.score.mentionMistakes.filter((m) => m.kind === 'wrong' && m.junk).length;
  const rows = stories.map((s) =>
    [s.story.padEnd(width), ...FACT_KINDS.map((kind) => cell(s.score.factMentions[kind]).padEnd(cellWidth)), String(junkOf(s))].join(' '),
  );
  const mean = FACT_KINDS.map((kind) => {
    const tallies = stories.map((s) => s.score.factMentions[kind]);
    const average = (pick: (t: Tally) => Ratio): string => {
      const counted = tallies.filter((t) => pick(t).of > 0);
      return counted.length === 0 ? '-' : (counted.reduce((total, t) => total + ratio(pick(t)), 0) / counted.length).toFixed(2);
    };
    return `${average((t) => ({ hit: t.found, of: t.gold }))} ${average((t) => ({ hit: t.right, of: t.predicted }))}`.padEnd(cellWidth);
  });
  const pooled = FACT_KINDS.map((kind) =>
    cell(
      stories.reduce(
        (total, s) => {
          const t = s.score.factMentions[kind];
          return {
            found: total.found + t.found,
            gold: total.gold + t.gold,
            right: total.right + t.right,
            predicted: total.predicted + t.predicted,
          };
        },
        { found: 0, gold: 0, right: 0, predicted: 0 },
      ),
    ).padEnd(cellWidth),
  );
  const junk = stories.reduce((total, s) => total + junkOf(s), 0);
  return [head, ...rows, ['mean'.padEnd(width), ...mean, ''].join(' '), ['pooled'.padEnd(width), ...pooled, String(junk)].join(' ')].join(
    '\n',
  );
}

/**
 * Per version, the junk the analysis kept and the article text it lost, one quoted run a line; then per story,
 * the labelled links it missed and the links it made that the labels do not have, and the labelled quote, number
 * and date mentions it missed and the mentions it made that no label has, each with its sentence.
 */
export function formatMistakes(stories: readonly ScoredStory[]): string {
  const lines: string[] = [];
  for (const s of stories) {
    for (const v of s.score.versions) {
      if (v.keptJunk.length === 0 && v.lostArticle.length === 0 && v.missedSentences.length === 0) continue;
      lines.push(`\n== ${s.story} / ${v.id}`);
      for (const run of v.keptJunk) lines.push(`  kept junk: ${JSON.stringify(run)}`);
      for (const run of v.lostArticle) lines.push(`  LOST text: ${JSON.stringify(run)}`);
      for (const sentence of v.missedSentences) lines.push(`  sentence not split as labelled: ${JSON.stringify(sentence)}`);
    }
    if (s.score.links.mistakes.length > 0) lines.push(`\n== ${s.story}: links`);
    for (const m of s.score.links.mistakes)
      lines.push(`  ${m.kind === 'missed' ? 'MISSED' : 'wrong'} ${m.a} ~ ${m.b}: ${JSON.stringify(m.textA)} ~ ${JSON.stringify(m.textB)}`);
    if (s.score.mentionMistakes.length > 0) lines.push(`\n== ${s.story}: mentions`);
    for (const m of s.score.mentionMistakes)
      lines.push(
        `  ${m.kind === 'missed' ? 'MISSED' : m.junk ? 'wrong (in junk)' : 'wrong'} ${m.fact} ${m.version} ${JSON.stringify(m.text)} in ` +
          JSON.stringify(m.sentence),
      );
  }
  return lines.join('\n');
}
