import { readDateline } from '../../language/dateline.ts';

/** Where a leading wire dateline ends in a sentence's text, or 0: its words are the wire's, not the report's. */
export function datelineEnd(text: string): number {
  return readDateline(text)?.end ?? 0;
}
