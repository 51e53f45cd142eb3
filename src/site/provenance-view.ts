import { formatCitation } from './citation.ts';
import type { ProvenanceLink } from '../lib/provenance/types.ts';
import type { AnalysedVersion, Sentence } from '../lib/types.ts';
import type { StoryAnalysis } from '../lib/story-analysis.ts';
import { shortOutlet } from './glance-view.ts';
import { compareUrl, formatDate, inStoryOrder, urls } from './urls.ts';

export interface VersionRef {
  id: string;
  outlet: string;
  /** "5 May 2025", or "no date shown". */
  date: string;
  href: string;
}

export interface ProvenanceStepView {
  version: VersionRef;
  source: VersionRef;
  /** Is it a copy: "a near-copy of", "a rewrite of" (how sure: `confidence`). */
  relation: string;
  /** Which came first, said apart: "Likely BBC News.", "Probably BBC News, on weak clues.", "Unknown: …". */
  order: string;
  kind: ProvenanceLink['kind'];
  confidence: ProvenanceLink['confidence'];
  evidence: string[];
  differences: string[];
  alsoClose: VersionRef[];
  compareHref: string;
}

/** One source and the versions derived from it, for the small tree. */
export interface DerivationTreeNode {
  version: VersionRef;
  children: { node: DerivationTreeNode; kind: ProvenanceLink['kind']; direction: ProvenanceLink['direction'] }[];
}

export interface ProvenanceView {
  steps: ProvenanceStepView[];
  tree: DerivationTreeNode[];
  independent: VersionRef[];
  links: (ProvenanceLink & { fromRef: VersionRef; toRef: VersionRef; compareHref: string })[];
  minRun: number;
  note?: string | undefined;
}

export function versionRef(slug: string, version: Pick<AnalysedVersion, 'id' | 'outlet' | 'published'>): VersionRef {
  return {
    id: version.id,
    outlet: shortOutlet(version.outlet),
    date: version.published ? formatDate(version.published) : 'no date shown',
    href: urls.version(slug, version.id),
  };
}

const RELATIONS = { copy: 'a near-copy of', rewrite: 'a rewrite of', independent: 'independent of' } as const;

/**
 * "Is it a copy" and "which came first" rest on different evidence (shared runs of words against
 * dates, credits and bylines), so a page says them apart: a sure copy may still have an unknown order.
 */
function orderOf(link: ProvenanceLink, source: VersionRef): string {
  if (link.direction === 'likely') return `Likely ${source.outlet}.`;
  if (link.direction === 'possible') return `Probably ${source.outlet}, on weak clues.`;
  return 'Unknown: nothing in the texts shows which one came first.';
}

export function provenanceView(story: StoryAnalysis): ProvenanceView {
  const refs = new Map(story.versions.map((version) => [version.id, versionRef(story.slug, version)]));
  const ref = (id: string): VersionRef => refs.get(id) ?? { id, outlet: id, date: 'no date shown', href: urls.version(story.slug, id) };
  const { provenance } = story;
  const compareHref = (link: ProvenanceLink): string => compareUrl(story, ...inStoryOrder(story.versions, link.from, link.to));
  const steps = provenance.derivation.map((step) => {
    const link = provenance.links[step.link]!;
    const source = ref(link.from);
    return {
      version: ref(step.version),
      source,
      relation: RELATIONS[link.kind],
      order: orderOf(link, source),
      kind: link.kind,
      confidence: link.confidence,
      evidence: link.evidence,
      differences: link.differences,
      alsoClose: step.alsoClose.map(ref),
      compareHref: compareHref(link),
    };
  });
  return {
    steps,
    tree: derivationTree(story, ref),
    independent: provenance.independent.map(ref),
    links: provenance.links.map((link) => ({ ...link, fromRef: ref(link.from), toRef: ref(link.to), compareHref: compareHref(link) })),
    minRun: provenance.minRun,
    note: provenance.note,
  };
}

/** Sources at the root, each derived version under its likeliest source; independent versions left out. */
function derivationTree(story: StoryAnalysis, ref: (id: string) => VersionRef): DerivationTreeNode[] {
  const { derivation, links } = story.provenance;
  const nodes = new Map<string, DerivationTreeNode>();
  const node = (id: string): DerivationTreeNode => nodes.get(id) ?? nodes.set(id, { version: ref(id), children: [] }).get(id)!;
  const derived = new Set<string>();
  for (const step of derivation) {
    const link = links[step.link]!;
    node(link.from).children.push({ node: node(step.version), kind: link.kind, direction: link.direction });
    derived.add(step.version);
  }
  return story.versions.filter((version) => nodes.has(version.id) && !derived.has(version.id)).map((version) => node(version.id));
}

export interface OnlyHereView {
  version: VersionRef;
  sentences: { n: number; text: string; href: string }[];
  facts: { id: string; label: string; kind: string; href: string }[];
}

/** What each outlet alone carries, for the overview. */
export function onlyHereView(story: StoryAnalysis): OnlyHereView[] {
  const facts = story.facts ?? [];
  const factById = new Map(facts.map((fact) => [fact.id, fact]));
  return story.onlyHere.map((entry) => {
    const version = story.versions.find((candidate) => candidate.id === entry.version)!;
    const byId = new Map(version.sentences.map((sentence) => [sentence.id, sentence]));
    return {
      version: versionRef(story.slug, version),
      sentences: entry.sentences.flatMap((id) => {
        const sentence = byId.get(id);
        return sentence ? [{ n: sentence.n, text: sentence.text, href: urls.sentence(story.slug, version.id, sentence.n) }] : [];
      }),
      facts: entry.facts.flatMap((id) => {
        const fact = factById.get(id);
        return fact ? [{ id, label: fact.label, kind: fact.kind, href: urls.fact(story.slug, fact.id) }] : [];
      }),
    };
  });
}

/** Ids of the sentences of a version that no other version carries, for marking them in the reading view. */
export function onlyHereSentences(story: StoryAnalysis, versionId: string): Set<string> {
  return new Set(story.onlyHere.find((entry) => entry.version === versionId)?.sentences);
}

/** The citation of one sentence as plain text, with an absolute permalink. */
export function sentenceCitation(site: URL | undefined, story: StoryAnalysis, version: AnalysedVersion, sentence: Sentence): string {
  const path = urls.sentence(story.slug, version.id, sentence.n);
  return formatCitation({
    outlet: version.outlet,
    date: version.published ? formatDate(version.published) : undefined,
    quote: sentence.text,
    url: site ? new URL(path, site).href : path,
  });
}
