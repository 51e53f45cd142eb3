import { shortOutlet } from './glance-view.ts';

/**
 * A flag's note as a reader meets it: the fact index writes who says what by version id
 * (`“in March” (bbc) vs “April” (other-report)`), which the export keeps for programs; a page names
 * the outlets as its other parts do (`“in March” (BBC News) vs “April” (Other report)`). Only a
 * bracket that holds nothing but version ids is rewritten, and never inside quotation marks: the
 * quoted words are the outlet's own.
 */
export function noteWithOutlets(note: string, versions: readonly { id: string; outlet: string }[]): string {
  const outlets = new Map(versions.map((version) => [version.id, shortOutlet(version.outlet)]));
  return note
    .split(QUOTED)
    .map((piece, index) => (index % 2 === 1 ? piece : piece.replace(BRACKETED, (whole, inner: string) => named(inner, outlets) ?? whole)))
    .join('');
}

/** Quoted words, kept as one piece each by `split` (its capture group). */
const QUOTED = /(“[^”]*”|"[^"]*")/u;

const BRACKETED = /\(([^()]+)\)/gu;

function named(inner: string, outlets: ReadonlyMap<string, string>): string | undefined {
  const ids = inner.split(',').map((id) => id.trim());
  if (!ids.every((id) => outlets.has(id))) return undefined;
  return `(${ids.map((id) => outlets.get(id)!).join(', ')})`;
}
