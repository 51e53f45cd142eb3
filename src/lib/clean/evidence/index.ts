/**
 * The story-evidence pass of the clean stage. The rules (the files beside this folder) each know one
 * kind of page chrome; this pass decides what they leave from the evidence of the whole story: support
 * from the other versions, shape, position and repetition (see judge.ts). It runs on every version of a
 * story at once, after the rules and before segmenting. Each removal keeps its score and signals.
 */
import type { Edit, FoundMetadata, MappedText, RemovedFragment } from '../../types.ts';
import { agencyNamed, creditedAgencyLine } from '../agency.ts';
import { mentionsPictureAgency } from '../photo-credit.ts';
import { dateInStoryYear, datelineDay, datelineLength } from '../../language/dateline.ts';
import { entryLabel } from './entry-labels.ts';
import { splitGluedLabels, trailingAside } from './glued.ts';
import { headlinesBelowTheTop, titleShaped, titleSupported } from './headline.ts';
import { judgeLines, type LineVerdict, type SignalWeights } from './judge.ts';
import { linesOf, type Line } from './lines.ts';
import { splitLostBreaks } from './lost-breaks.ts';
import { whoWhenBelow } from './page-head.ts';
import { creditsBeside } from './pictures.ts';
import { crossesThreshold, type Support, supportIndexBeside } from './support.ts';

export interface SiftInput {
  body: MappedText;
  found: FoundMetadata;
  /** What the rules removed (their picture credits mark the captions beside them). */
  removed?: readonly RemovedFragment[] | undefined;
  /** The outlet's name from story.yaml: a line naming it (a sign-up, `© Outlet`) is the page speaking of itself. */
  outlet?: string | undefined;
}

export interface SiftResult {
  edits: Edit[];
  /** Metadata the pass found: a headline it removed, when the rules found none or one the story does not support. */
  found: FoundMetadata;
  /**
   * The headline the rules found reports nothing the other versions report (a section label, a picture credit, a
   * teaser about another event): `found.title`, when set, replaces it, and the version has no title otherwise.
   */
  titleUnsupported?: boolean;
  verdicts: LineVerdict[];
}

export const RULE = 'story-evidence';

export interface SiftOptions {
  /** Weights other than the judge's own (`SIGNAL_WEIGHTS`): eval's weight fit tries them. */
  weights?: SignalWeights | undefined;
}

export function siftStory(versions: readonly SiftInput[], options: SiftOptions = {}): SiftResult[] {
  const unsplit = versions.map((version) => linesOf(version.body.text));
  const broken = unsplit.map((own, v) => splitLostBreaks(own, versions[v]!.body));
  const lines = splitGluedLabels(broken);
  // Most stories have no lost break: their lines are read once, and support is measured on them alone.
  const anyBroken = broken.some((own, v) => own.length !== unsplit[v]!.length);
  // The shape signals read English (function words, capitals, sentence punctuation): other scripts keep the rules alone.
  const latin = versions.map((version) => mostlyLatin(version.body.text));
  const credits = versions.map((version, v) => creditsBeside(lines[v]!, version.body, version.removed ?? []));
  const whoWhen = versions.map((version, v) => whoWhenBelow(lines[v]!, version.body, version.removed ?? []));
  const headlines = headlinesBelowTheTop(
    versions.map((version) => version.found.title),
    lines,
  );
  const judgeAll = (support: Support[][] | undefined, only?: readonly boolean[]): LineVerdict[][] =>
    versions.map((version, v) => {
      if (!latin[v] || only?.[v] === false) return [];
      const { body } = version;
      // A capture cut off mid-sentence stops right there: a saved page ends with a line break.
      const endsCapture = (line: Line): boolean => !/\n/u.test(body.original.slice(body.ends[line.end - 1]!));
      return judgeLines({
        lines: lines[v]!,
        support: support?.[v],
        endsCapture,
        credits: credits[v],
        whoWhenBelow: whoWhen[v],
        headline: headlines[v],
        outlet: version.outlet,
        title: version.found.title,
        weights: options.weights,
      });
    });
  const index = versions.length > 1 ? supportIndexBeside(lines, anyBroken ? splitGluedLabels(unsplit) : lines) : undefined;
  const support = index?.support;
  const firstLook = judgeAll(support);
  // A second look: what another version's page carries as chrome (its caption, its headline) supports nothing.
  let judged = firstLook;
  if (index !== undefined && support !== undefined && firstLook.some((verdicts) => verdicts.some((verdict) => verdict.chrome))) {
    const ignored = firstLook.map((verdicts, v) =>
      verdicts.length === 0 ? lines[v]!.map(() => false) : verdicts.map((verdict) => verdict.chrome),
    );
    const reviewed = index.again(ignored);
    // The judge reads local support only against its thresholds: a version none of whose lines crossed one stands.
    const changed = reviewed.map((perLine, v) => perLine.some((s, l) => crossesThreshold(support[v]![l]!.local, s.local)));
    const again = judgeAll(reviewed, changed);
    judged = firstLook.map((verdicts, v) => (changed[v] ? again[v]! : verdicts));
  }
  // Which versions use each term in the text the pass keeps: a title must report what the other versions report.
  const ownTerms = lines.map((own, v) => {
    const kept = judged[v]!.length === 0 ? own : judged[v]!.filter((verdict) => !verdict.chrome).map((verdict) => verdict.line);
    return new Set(kept.flatMap((line) => line.terms));
  });
  const storyTerms = new Map<string, number>();
  for (const terms of ownTerms) for (const term of terms) storyTerms.set(term, (storyTerms.get(term) ?? 0) + 1);
  // The terms of the versions other than `v`, for a line that is not in `v`'s body (the headline the rules removed).
  const otherTerms = (v: number): Map<string, number> =>
    new Map([...storyTerms].map(([term, count]) => [term, count - (ownTerms[v]!.has(term) ? 1 : 0)]));
  const days: ({ month: number; day: number } | undefined)[] = versions.map(() => undefined);
  const results = versions.map((version, v) => {
    const { body } = version;
    if (!latin[v]) return { edits: [], found: {}, verdicts: [] };
    const verdicts = judged[v]!;
    const edits: Edit[] = [];
    const found: FoundMetadata = {};
    const ruleTitle = version.found.title === undefined ? undefined : linesOf(version.found.title)[0];
    const titleUnsupported =
      ruleTitle !== undefined &&
      (!titleShaped(ruleTitle, [ruleTitle]) || !titleSupported(ruleTitle, new Set(), otherTerms(v), versions.length));
    for (const verdict of verdicts) {
      if (!verdict.chrome) continue;
      const { line } = verdict;
      edits.push({
        start: line.start,
        end: line.end,
        replacement: '',
        rule: RULE,
        reason: verdict.reason,
        score: verdict.score,
        signals: verdict.signals,
      });
      if (
        (version.found.title === undefined || titleUnsupported) &&
        found.title === undefined &&
        verdict.reason.startsWith('headline') &&
        titleShaped(line, lines[v]!) &&
        titleSupported(line, ownTerms[v]!, storyTerms, versions.length)
      )
        found.title = line.text;
    }
    const lastKept = verdicts.findLast((verdict) => !verdict.chrome);
    const aside = lastKept !== undefined ? trailingAside(lastKept.line) : undefined;
    if (aside !== undefined)
      edits.push({
        ...aside,
        replacement: '',
        rule: RULE,
        reason: 'link text after the article’s last sentence',
        score: 0.8,
        signals: ['a short aside in brackets', 'run onto the article’s last paragraph after its last sentence'],
      });
    // The dateline opens the lede, which a kept deck or caption may precede.
    let ledeAt: Line | undefined;
    for (const lede of verdicts
      .filter((verdict) => !verdict.chrome)
      .slice(0, 3)
      .map((verdict) => verdict.line)) {
      const dateline = datelineLength(lede.text);
      if (dateline === 0) continue;
      ledeAt = lede;
      const text = lede.text.slice(0, dateline).trimEnd();
      const agency = datelineAgency(text);
      if (agency !== undefined) found.agency = agency;
      days[v] = datelineDay(text);
      edits.push({
        start: lede.start,
        end: lede.start + text.length,
        replacement: '',
        rule: RULE,
        reason: 'dateline',
        score: 0.9,
        signals: ['opens the first paragraph: a place and source before a dash or colon'],
      });
      break;
    }
    // A live page's later entries open with labels of their own: a time, or their own wire dateline.
    for (const { chrome, line } of verdicts) {
      const label = chrome || line === ledeAt ? undefined : entryLabel(line.text);
      if (label === undefined) continue;
      edits.push({
        start: line.start,
        end: line.start + label.length,
        replacement: '',
        rule: RULE,
        reason: label.reason,
        score: 0.9,
        signals: [label.signal],
      });
    }
    found.agency ??= creditedAgency(verdicts, version.removed ?? [], body.original);
    edits.push(...wrapRepairs(body.text, verdicts, edits));
    return { edits, found, ...(titleUnsupported ? { titleUnsupported } : {}), verdicts };
  });
  // A dateline's day without its year (`PASADENA, Calif., Aug 5 (Reuters) -`) dates an undated version in the year
  // that puts it near the dates the other versions give.
  const dates = versions.map((version) => version.found.published);
  for (const [v, day] of days.entries()) {
    if (day === undefined || dates[v] !== undefined) continue;
    const published = dateInStoryYear(
      day,
      dates.filter((date, other): date is string => other !== v && date !== undefined),
    );
    if (published !== undefined) results[v]!.found.published = published;
  }
  return results;
}

/**
 * A kept paragraph the capture hard-wrapped (`killing at least 80` / `people, …`) reads as one: each line
 * break inside it becomes a space, so the segmenter never ends a sentence at the wrap.
 */
function wrapRepairs(text: string, verdicts: readonly LineVerdict[], taken: readonly Edit[]): Edit[] {
  const repairs: Edit[] = [];
  for (const { line, chrome } of verdicts) {
    if (chrome || !line.text.includes('\n')) continue;
    for (const match of text.slice(line.start, line.end).matchAll(/[^\S\n]*\n\s*/gu)) {
      const start = line.start + match.index;
      const end = start + match[0].length;
      if (taken.some((edit) => edit.start < end && start < edit.end)) continue;
      repairs.push({ start, end, replacement: ' ', rule: RULE, reason: 'line break inside a sentence (a hard-wrapped capture)' });
    }
  }
  return repairs;
}

/** An agency's name or initials: `AFP`, `PNA/Kyodo`, `Coastline Press`, `Northern Wire`. */
const AGENCY_SHAPE = /^[\p{Lu}]{2,6}(?:\/[\p{Lu}][\p{L}]+)?$|\b(?:Press|News|Wire|Newswire|Agency|Service)\b/u;

/**
 * The agency a dateline credits in brackets (`(AP)`, `(Reuters)`), not a reporter's name (`(Jane Doe)`), or a wire
 * standing for the whole dateline (`AP —`).
 */
function datelineAgency(dateline: string): string | undefined {
  const credit = /\(([^()]+)\)/u.exec(dateline)?.[1]?.trim();
  if (credit === undefined) return agencyNamed(dateline.replace(/\s*(?:--?|[–—:])$/u, ''));
  return mentionsPictureAgency(credit) || AGENCY_SHAPE.test(credit) ? credit : undefined;
}

/**
 * The agency a credit line names, among the lines the rules or this pass removed (`Source: Reuters.`, `(Agencies)`):
 * a labelled or bracketed credit anywhere but beside a picture, a bare wire name (`Associated Press`) only on the
 * line under a byline or the headline, where a wire signs its copy (under a picture it credits the photo).
 */
function creditedAgency(verdicts: readonly LineVerdict[], removed: readonly RemovedFragment[], original: string): string | undefined {
  const bare = (text: string): boolean => !text.includes('(') && agencyNamed(text) !== undefined;
  for (const { chrome, line, reason } of verdicts) {
    if (!chrome || reason.startsWith('photo')) continue;
    const agency = creditedAgencyLine(line.text);
    if (agency !== undefined && !bare(line.text)) return agency;
  }
  for (const [i, fragment] of removed.entries()) {
    const agency = creditedAgencyLine(fragment.text);
    if (agency === undefined) continue;
    const above = removed[i - 1];
    const signs =
      above !== undefined &&
      (above.rule === 'byline' || above.reason === 'headline') &&
      original.slice(above.end, fragment.start).trim() === '';
    if (!bare(fragment.text) ? fragment.rule !== 'photo-credit' : signs) return agency;
  }
  return undefined;
}

/** At least 70% of the letters are Latin script (judged on the first 20,000 characters: a page's script does not change). */
function mostlyLatin(text: string): boolean {
  let letters = 0;
  let latin = 0;
  const end = Math.min(text.length, 20_000);
  for (let i = 0; i < end; i++) {
    const code = text.charCodeAt(i);
    // ASCII and Latin-1 letters decide almost every page without a Unicode property test.
    if ((code >= 65 && code <= 90) || (code >= 97 && code <= 122)) {
      letters++;
      latin++;
    } else if (code >= 0xc0 && LETTER.test(text[i]!)) {
      letters++;
      if (LATIN.test(text[i]!)) latin++;
    }
  }
  return letters > 0 && latin / letters >= 0.7;
}

const LETTER = /\p{L}/u;
const LATIN = /\p{Script=Latin}/u;
