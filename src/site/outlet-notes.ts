import type { AnalysedVersion } from '../lib/types.ts';
import { shortOutlet } from './glance-view.ts';

/**
 * Pages name outlets short ("Other report"); how each outlet was identified (the name's parenthesis,
 * "cites Reuters and CNN", and the `note` of story.yaml) is said once, as a numbered footnote.
 */
export interface OutletNote {
  /** The version's id; the footnote's anchor is `outletNoteId(id)`. */
  id: string;
  /** The footnote's number, 1, 2, 3… in story order over the versions that have one. */
  n: number;
  /** The short name, as pages show it. */
  short: string;
  /** The name's parenthesised part, if any ("cites Reuters and CNN"). */
  qualifier?: string | undefined;
  /** story.yaml's `note`: how the outlet was identified. */
  note?: string | undefined;
}

/** The anchor of a version's footnote. */
export function outletNoteId(versionId: string): string {
  return `outlet-note-${versionId}`;
}

/** One footnote per version with something to say about its identification, in story order. */
export function outletNotes(versions: readonly Pick<AnalysedVersion, 'id' | 'outlet' | 'note'>[]): OutletNote[] {
  const notes: OutletNote[] = [];
  for (const version of versions) {
    const short = shortOutlet(version.outlet);
    const qualifier =
      version.outlet
        .slice(short.length)
        .trim()
        .replace(/^\(|\)$/g, '') || undefined;
    const note = version.note?.trim() || undefined;
    if (qualifier || note) notes.push({ id: version.id, n: notes.length + 1, short, qualifier, note });
  }
  return notes;
}
