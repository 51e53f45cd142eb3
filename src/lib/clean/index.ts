/**
 * The clean stage: takes a version's text (with its mapping to the original file) and returns the
 * article body, every fragment removed or repaired (with rule, reason and original offsets), and
 * the metadata found in the page chrome. Each rule is a small module; this file only orders them.
 *
 * Passes, each applied with `applyEdits` so offsets always point into the original file:
 * 1. mojibake repairs, so later rules read clean characters;
 * 2. a date line at the very start;
 * 3. structure: header chrome above the first sentence, the trailer after the last one, related
 *    lists and widget lines inside the body;
 * 4. run-together repairs in what is left.
 */
import { agencyNamed } from './agency.ts';
import { DATED_CREDIT, addDatedCredit, parseBylineLabel, parseCreditReporter, parseWritesFor } from './byline.ts';
import type { CleanResult, Edit, FoundMetadata, MappedText, RemovedFragment, VersionFormat } from '../types.ts';
import { applyEdits } from '../text/mapped-text.ts';
import { findDateLine, parseDateIn, parseDateLine, parseWireDateline } from './date-line.ts';
import { editsFromDecisions } from './decisions.ts';
import { finalizeFragments } from './fragments.ts';
import { findHeader } from './header-chrome.ts';
import { findLineChrome } from './line-chrome.ts';
import { normaliseLineBreaks } from './line-breaks.ts';
import { findNotices } from './notices.ts';
import { wholeLineFragments } from './whole-line.ts';
import { repairMojibake } from './mojibake.ts';
import { repairRunTogether } from './run-together.ts';
import { findTrailer } from './trailer.ts';

export interface CleanOptions {
  /**
   * The format of the source file. Markdown text arrives already extracted by ingest; the same
   * rules apply to both formats today, so this is accepted for callers and future format rules.
   */
  format?: VersionFormat;
  /**
   * The outlet's name from story.yaml, when the caller has it: a header line equal to it is the
   * masthead, never the headline or byline. Without it, the page's own copyright notice names it.
   */
  outlet?: string;
}

/** Edits of the structure pass, plus the metadata the header carried. */
function structureEdits(text: string, outlet: string | undefined): { edits: Edit[]; found: FoundMetadata } {
  const header = findHeader(text, { outlet });
  const trailer = findTrailer(text, header.bodyStart);
  const groups = [header.decisions, trailer.decisions, ...trailer.inlineLists];
  const taken = [
    { start: 0, end: header.bodyStart },
    { start: trailer.start, end: text.length },
    ...trailer.inlineLists.map((list) => ({ start: list[0]!.piece.start, end: list[list.length - 1]!.piece.end })),
  ];
  const lines = findLineChrome(text, header.bodyStart, trailer.start, taken);
  groups.push(...lines);
  const found = { ...header.found };
  // A date or byline standing on its own line below the header still describes the version; a
  // `By …` line outranks a bare name the header guessed.
  let bylineLabelled = header.bylineLabelled;
  for (const { piece, match } of lines.flat()) {
    if (match?.rule === 'date-line') found.published ??= parseDateLine(piece.text);
    if (match?.rule === 'timestamp') found.published ??= parseDateIn(piece.text);
    if (match === DATED_CREDIT) addDatedCredit(found, piece.text);
    const labelled = match?.rule === 'byline' && match.reason === 'byline' ? parseBylineLabel(piece.text) : undefined;
    if (labelled !== undefined) found.agency ??= agencyNamed(parseWritesFor(piece.text) ?? '');
    if (labelled !== undefined && !bylineLabelled) {
      found.byline = labelled;
      bylineLabelled = true;
    }
  }
  // Last resort: the reporter a wire credit names (`(Reporting by Jane Doe; editing by …)`).
  for (const { piece, match } of [...trailer.decisions, ...lines.flat()]) {
    if (match?.reason === 'reporting credits') found.byline ??= parseCreditReporter(piece.text);
  }
  return { edits: groups.flatMap((decisions) => editsFromDecisions(text, decisions)), found };
}

export function cleanVersion(source: MappedText, options: CleanOptions = {}): CleanResult {
  let body = normaliseLineBreaks(source);
  const fragments: RemovedFragment[] = [];
  const apply = (edits: readonly Edit[]): void => {
    const applied = applyEdits(body, edits);
    body = applied.text;
    fragments.push(...applied.fragments);
  };
  const found: FoundMetadata = {};

  apply(repairMojibake(body.text));
  const beforeNotices = fragments.length;
  apply(findNotices(body.text));
  const beforeStructure = fragments.length;
  const dateLine = findDateLine(body.text);
  if (dateLine) {
    apply(dateLine.edits);
    found.published = dateLine.published;
  }
  const structure = structureEdits(body.text, options.outlet);
  apply(structure.edits);
  fragments.splice(
    beforeStructure,
    fragments.length,
    ...cutAround(fragments.slice(beforeStructure), fragments.slice(beforeNotices, beforeStructure), source.original),
  );
  if (structure.found.title !== undefined) found.title = structure.found.title;
  if (structure.found.byline !== undefined) found.byline = structure.found.byline;
  if (structure.found.agency !== undefined) found.agency = structure.found.agency;
  if (found.published === undefined && structure.found.published !== undefined) found.published = structure.found.published;
  apply(repairRunTogether(body.text));
  // A wire dateline with a full date (`CHANDLER, Ariz., Sept. 29, 2026 — …`) dates the version; the evidence pass removes its text.
  found.published ??= parseWireDateline(body.text);

  return { body, removed: wholeLineFragments(body, finalizeFragments(fragments)), found };
}

/**
 * A fragment of a later pass that spans text an earlier pass already removed (two menu lines
 * around a cookie banner) is cut around it, so each removed line keeps its own rule and reason.
 */
function cutAround(later: readonly RemovedFragment[], earlier: readonly RemovedFragment[], original: string): RemovedFragment[] {
  const holes = earlier.filter((fragment) => fragment.replacement === undefined && fragment.end > fragment.start);
  return later.flatMap((fragment) => {
    if (fragment.replacement !== undefined) return [fragment];
    const inside = holes.filter((hole) => fragment.start < hole.start && hole.end < fragment.end).sort((a, b) => a.start - b.start);
    if (inside.length === 0) return [fragment];
    const parts: RemovedFragment[] = [];
    let from = fragment.start;
    for (const hole of [...inside, { start: fragment.end, end: fragment.end }]) {
      let start = from;
      let end = hole.start;
      while (start < end && /\s/u.test(original[start]!)) start++;
      while (end > start && /\s/u.test(original[end - 1]!)) end--;
      if (end > start) parts.push({ ...fragment, start, end, text: original.slice(start, end) });
      from = hole.end;
    }
    return parts;
  });
}
