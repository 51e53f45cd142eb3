import type { Edit, MappedText, RemovedFragment } from '../types.ts';

/** The identity mapping: every character of `original` maps to itself. */
export function mapOriginal(original: string): MappedText {
  const n = original.length;
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    starts[i] = i;
    ends[i] = i + 1;
  }
  return { original, text: original, starts, ends };
}

/**
 * The original span of `mapped.text.slice(start, end)`. An empty or fully inserted range maps to
 * the empty span at the original position where it sits.
 */
export function originalSpan(mapped: MappedText, start: number, end: number): { start: number; end: number } {
  if (end <= start) {
    const at = positionAt(mapped, start);
    return { start: at, end: at };
  }
  return { start: mapped.starts[start]!, end: mapped.ends[end - 1]! };
}

/** The original offset that corresponds to the gap before `mapped.text[index]`. */
export function positionAt(mapped: MappedText, index: number): number {
  if (index < mapped.text.length) return mapped.starts[index]!;
  if (mapped.text.length === 0) return 0;
  return mapped.ends[mapped.text.length - 1]!;
}

/** A sub-range of a mapped text, still mapped to the same original. */
export function sliceMapped(mapped: MappedText, start: number, end: number): MappedText {
  return {
    original: mapped.original,
    text: mapped.text.slice(start, end),
    starts: mapped.starts.slice(start, end),
    ends: mapped.ends.slice(start, end),
  };
}

/** Concatenates mapped texts of one original, optionally with an inserted separator between them. */
export function joinMapped(parts: readonly MappedText[], original: string, separator = ''): MappedText {
  let length = 0;
  for (const part of parts) length += part.text.length;
  length += Math.max(0, parts.length - 1) * separator.length;
  const starts = new Int32Array(length);
  const ends = new Int32Array(length);
  let text = '';
  let cursor = 0;
  parts.forEach((part, index) => {
    if (index > 0 && separator) {
      const at = part.text.length > 0 ? part.starts[0]! : positionAt(parts[index - 1]!, parts[index - 1]!.text.length);
      for (let i = 0; i < separator.length; i++) {
        starts[cursor] = at;
        ends[cursor] = at;
        cursor++;
      }
      text += separator;
    }
    starts.set(part.starts, cursor);
    ends.set(part.ends, cursor);
    cursor += part.text.length;
    text += part.text;
  });
  return { original, text, starts, ends };
}

/** Thrown when two edits of one pass overlap: a bug in a cleaning rule, never the input's fault. */
export class OverlappingEditsError extends Error {
  constructor(a: Edit, b: Edit) {
    super(`Cleaning rules "${a.rule}" and "${b.rule}" edit overlapping text (${a.start}-${a.end} and ${b.start}-${b.end})`);
    this.name = 'OverlappingEditsError';
  }
}

/**
 * Applies non-overlapping edits and reports each as a fragment in original offsets. A replacement
 * maps all its characters onto the original span it replaces, so offsets survive every pass.
 */
export function applyEdits(mapped: MappedText, edits: readonly Edit[]): { text: MappedText; fragments: RemovedFragment[] } {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < sorted.length; i++) {
    const previous = sorted[i - 1]!;
    const current = sorted[i]!;
    if (current.start < previous.end) {
      throw new OverlappingEditsError(previous, current);
    }
  }
  let length = mapped.text.length;
  for (const edit of sorted) length += edit.replacement.length - (edit.end - edit.start);
  const starts = new Int32Array(length);
  const ends = new Int32Array(length);
  const pieces: string[] = [];
  const fragments: RemovedFragment[] = [];
  let cursor = 0;
  let read = 0;
  const copy = (from: number, to: number): void => {
    if (to <= from) return;
    pieces.push(mapped.text.slice(from, to));
    starts.set(mapped.starts.subarray(from, to), cursor);
    ends.set(mapped.ends.subarray(from, to), cursor);
    cursor += to - from;
  };
  for (const edit of sorted) {
    copy(read, edit.start);
    const span = originalSpan(mapped, edit.start, edit.end);
    for (let i = 0; i < edit.replacement.length; i++) {
      starts[cursor] = span.start;
      ends[cursor] = span.end;
      cursor++;
    }
    pieces.push(edit.replacement);
    fragments.push({
      text: mapped.original.slice(span.start, span.end),
      reason: edit.reason,
      rule: edit.rule,
      start: span.start,
      end: span.end,
      ...(edit.replacement ? { replacement: edit.replacement } : {}),
      ...(edit.score !== undefined ? { score: edit.score } : {}),
      ...(edit.signals ? { signals: edit.signals } : {}),
    });
    read = edit.end;
  }
  copy(read, mapped.text.length);
  return { text: { original: mapped.original, text: pieces.join(''), starts, ends }, fragments };
}
