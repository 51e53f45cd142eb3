// Why a must-see disagreement was missed and what a wrong flag was (`npm run eval -- <folder> --misses`). Each missed
// must-see disagreement is traced through the stages a flag needs, with the pipeline's own functions (the facts
// stage's story context on the analysis's sentences and alignment, the export's facts): its variants' mentions
// extracted, their sentences in one alignment group, the mentions in one fact, a rule firing on that fact.
import type { StoryAnalysis } from '../src/lib/story-analysis.ts';
import { storyContext } from '../src/lib/facts/story-context.ts';
import type { LocatedDisagreement, LocatedLabels, LocatedMention } from './labels.ts';
import { variantCounter, type ScoredExport } from './score.ts';

/**
 * Where the flag was lost, from the earliest stage: `not-extracted` (no analysed fact mention overlaps a variant's
 * labelled mention, or the cleaner lost its sentence), `not-linked` (the two sentences are in no one alignment group),
 * `grouped-apart` (aligned, but grouping put the mentions in other facts), `no-rule-fired` (one fact holds both
 * mentions and no flag touches two variants).
 */
export const MISS_CAUSES = ['not-extracted', 'not-linked', 'grouped-apart', 'no-rule-fired'] as const;
export type MissCause = (typeof MISS_CAUSES)[number];

/** One side of a missed disagreement: a labelled mention, the analysed sentence it sits in and the facts overlapping it. */
export interface MissSide {
  /** The labelled variant's text. */
  variant: string;
  version: string;
  /** The labelled mention as the capture writes it. */
  text: string;
  /** The analysed sentence id holding the mention; absent when the cleaner lost it. */
  sentence?: string;
  /** Ids of the export's facts with a mention overlapping it. */
  facts: string[];
}

/** A must-see disagreement no flag stands for, traced on the pair of its mentions that went furthest. */
export interface MissedDisagreement {
  /** 1-based index into the story's labelled disagreements. */
  index: number;
  kind: string;
  slot: string;
  cause: MissCause;
  sides: [MissSide, MissSide];
  /** The two sentences in one alignment group. */
  aligned: boolean;
  /** The rarity-weighted share of content words the two sentences have in common, 0..1, whether aligned or not. */
  similarity: number;
}

/** A flag that stands for no labelled disagreement. */
export interface WrongFlag {
  fact: string;
  kind: string;
  confidence?: string;
  rule?: string;
  slot?: string;
  versions?: [string, string];
  values?: [string, string];
  /** How surely the flag's two sentences correspond, as the flag's evidence gives it. */
  link?: number;
  note?: string;
  /** Slots of labelled disagreements the flag touches one variant of (a near miss). */
  touches: string[];
}

export interface DisagreementMisses {
  missed: MissedDisagreement[];
  wrongFlags: WrongFlag[];
}

type ScoredFact = ScoredExport['facts'][number];

/** The part of the export the trace reads: facts with their ids and notes, and each flag's rule, slot and link. */
export type TracedExport = Omit<ScoredExport, 'facts'> & {
  facts: (Omit<ScoredFact, 'evidence'> & {
    id: string;
    note?: string;
    evidence?: NonNullable<ScoredFact['evidence']> & { rule?: string; slot?: string; link?: number };
  })[];
};

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;
const round = (n: number): number => Math.round(n * 100) / 100;
/** A labelled mention as printed: a claim's variant can be a whole sentence. */
const clip = (text: string): string => (text.length > 120 ? `${text.slice(0, 119)}…` : text);

export function traceMisses(
  labels: LocatedLabels,
  texts: ReadonlyMap<string, string>,
  analysis: Pick<StoryAnalysis, 'versions' | 'alignment'>,
  exported: TracedExport,
): DisagreementMisses {
  const context = storyContext(analysis.versions, analysis.alignment);
  const variantsHit = variantCounter(exported, texts);
  const flags = exported.facts.filter((fact) => fact.disagreement);
  const sentenceOf = (m: LocatedMention): string | undefined =>
    exported.versions.find((v) => v.id === m.version)?.sentences.find((s) => overlaps(s, m))?.id;
  const factsAt = (m: LocatedMention): string[] =>
    exported.facts.filter((f) => f.mentions.some((x) => x.version === m.version && overlaps(x, m))).map((f) => f.id);
  const side = (variant: string, m: LocatedMention): MissSide => {
    const sentence = sentenceOf(m);
    return {
      variant,
      version: m.version,
      text: texts.get(m.version)?.slice(m.start, m.end) ?? '',
      ...(sentence ? { sentence } : {}),
      facts: factsAt(m),
    };
  };
  const trace = (d: LocatedDisagreement, index: number): MissedDisagreement | undefined => {
    let best: MissedDisagreement | undefined;
    d.variants.forEach((va, i) => {
      for (const vb of d.variants.slice(i + 1))
        for (const ma of va.mentions)
          for (const mb of vb.mentions) {
            const a = side(va.text, ma);
            const b = side(vb.text, mb);
            const aligned = a.sentence !== undefined && b.sentence !== undefined && context.aligned(a.sentence, b.sentence);
            const similarity = a.sentence && b.sentence ? round(context.similarity(a.sentence, b.sentence)) : 0;
            const cause: MissCause =
              a.facts.length === 0 || b.facts.length === 0
                ? 'not-extracted'
                : a.facts.some((id) => b.facts.includes(id))
                  ? 'no-rule-fired'
                  : aligned
                    ? 'grouped-apart'
                    : 'not-linked';
            const candidate = {
              index,
              kind: d.kind,
              slot: d.slot ?? '',
              cause,
              sides: [a, b] as [MissSide, MissSide],
              aligned,
              similarity,
            };
            const rank = (m: MissedDisagreement): number => MISS_CAUSES.indexOf(m.cause) + m.similarity / 2;
            if (!best || rank(candidate) > rank(best)) best = candidate;
          }
    });
    return best;
  };
  const missed: MissedDisagreement[] = [];
  labels.disagreements.forEach((d, i) => {
    if (!d.mustSee || flags.some((flag) => variantsHit(flag, d.variants) >= 2)) return;
    const traced = trace(d, i + 1);
    if (traced) missed.push(traced);
  });
  const wrongFlags: WrongFlag[] = flags
    .filter((flag) => !labels.disagreements.some((d) => variantsHit(flag, d.variants) >= 2))
    .map((flag) => {
      const e = flag.evidence;
      return {
        fact: flag.id,
        kind: flag.kind,
        ...(flag.confidence ? { confidence: flag.confidence } : {}),
        ...(e?.rule ? { rule: e.rule } : {}),
        ...(e?.slot ? { slot: e.slot } : {}),
        ...(e ? { versions: e.versions, values: e.values } : {}),
        ...(e?.link === undefined ? {} : { link: round(e.link) }),
        ...(flag.note ? { note: flag.note } : {}),
        touches: labels.disagreements.filter((d) => variantsHit(flag, d.variants) === 1).map((d) => d.slot ?? d.kind),
      };
    });
  return { missed, wrongFlags };
}

/** The `--misses` listing: per story, each missed must-see disagreement with its cause, and each wrong flag. */
export function formatMisses(stories: readonly { story: string; misses?: DisagreementMisses }[]): string {
  const lines: string[] = [];
  const counts = new Map<string, number>();
  let wrong = 0;
  for (const s of stories) {
    const m = s.misses;
    if (!m || (m.missed.length === 0 && m.wrongFlags.length === 0)) continue;
    lines.push(`\n== ${s.story}: missed must-see disagreements and wrong flags`);
    for (const d of m.missed) {
      counts.set(d.cause, (counts.get(d.cause) ?? 0) + 1);
      const [a, b] = d.sides;
      lines.push(
        `  MISSED #${d.index} ${d.kind} ${JSON.stringify(d.slot)}: ${d.cause} (${d.aligned ? 'aligned' : 'not aligned'}, ` +
          `similarity ${d.similarity.toFixed(2)})`,
      );
      for (const x of [a, b]) {
        const where = `${x.sentence ?? '(no sentence)'}: ${x.facts.join(', ') || 'no fact'}`;
        lines.push(`    ${x.version} ${JSON.stringify(x.variant)} at ${JSON.stringify(clip(x.text))} in ${where}`);
      }
    }
    for (const f of m.wrongFlags) {
      wrong++;
      const values =
        f.values && f.versions
          ? `${JSON.stringify(f.values[0])} (${f.versions[0]}) vs ${JSON.stringify(f.values[1])} (${f.versions[1]})`
          : '';
      const link = f.link === undefined ? '' : ` link ${f.link.toFixed(2)}`;
      const near = f.touches.length ? `; touches one variant of ${f.touches.map((t) => JSON.stringify(t)).join(', ')}` : '';
      lines.push(`  wrong flag ${f.rule ?? f.kind} ${f.confidence ?? ''} slot ${JSON.stringify(f.slot ?? '')}: ${values}${link}${near}`);
    }
  }
  const total = MISS_CAUSES.map((cause) => `${cause} ${counts.get(cause) ?? 0}`).join(', ');
  lines.push(`\nmissed must-see by cause: ${total}; wrong flags ${wrong}`);
  return lines.join('\n');
}
