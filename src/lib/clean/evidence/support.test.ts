import { describe as suite, expect, it } from 'vitest';
import { describe as lineOf, type Line } from './lines.ts';
import { supportIndex, supportIndexBeside } from './support.ts';

/** Lines of one version, laid end to end with one character between them. */
function version(...texts: string[]): Line[] {
  let start = 0;
  return texts.map((text, index) => {
    const line = lineOf(text, start, index);
    start += text.length + 1;
    return line;
  });
}

const FIRST = 'Harbour pilots in Tarnwick walked out on Monday over night shifts.';
const SECOND = 'The ferry company cancelled eleven crossings to Oslen island.';
// A rewrite telling both halves in one sentence: it shares about half its weight with each half alone.
const REWRITE = 'Tarnwick harbour pilots walked out, so the ferry company cancelled eleven Oslen crossings.';

suite('supportIndexBeside', () => {
  // Version 0 as captured: one line, two sentences a scrape ran together; split: the two pieces a lost break cut.
  const whole = [version(`${FIRST} ${SECOND}`), version(REWRITE)];
  const split = [[lineOf(FIRST, 0, 0), lineOf(SECOND, FIRST.length + 1, 1)], version(REWRITE)];

  it('measures a line of another version against the paragraph a lost break split, as well as its pieces', () => {
    const againstPieces = supportIndex(split).support[1]![0]!.local;
    const againstWhole = supportIndex(whole).support[1]![0]!.local;
    expect(againstPieces).toBeLessThan(0.6);
    expect(againstWhole).toBe(1);
    expect(supportIndexBeside(split, whole).support[1]![0]!.local).toBe(1);
  });

  it('keeps the pieces their own support, measured apart', () => {
    const beside = supportIndexBeside(split, whole).support[0]!;
    expect(beside).toEqual(supportIndex(split).support[0]);
  });

  it('gives no support from a whole line once every piece of it is judged chrome', () => {
    const again = supportIndexBeside(split, whole).again([[true, true], [false]]);
    expect(again[1]![0]!.local).toBe(0);
  });

  it('is the split reading alone when no line was split', () => {
    expect(supportIndexBeside(whole, whole).support).toEqual(supportIndex(whole).support);
  });
});
