import { describe, expect, it } from 'vitest';
import { clean, fragments } from '../../../tests/fixtures/clean/expect-clean.ts';

/** UTF-8 text as a cp1252 reader shows it (undefined bytes pass through as C1 controls). */
function misread(text: string): string {
  return new TextDecoder('windows-1252').decode(new TextEncoder().encode(text));
}

describe('mojibake', () => {
  it('repairs UTF-8 read as cp1252 by re-encoding, whatever the character', () => {
    const original = `The minister${misread('’s')} words: ${misread('“another chance”')}. Cost: ${misread('€5 — ½')}.\n`;
    const result = clean(original);
    expect(fragments(result)).toEqual([
      { rule: 'mojibake', reason: 'garbled characters repaired', text: 'â€™', start: 12, end: 15, replacement: '’' },
      { rule: 'mojibake', reason: 'garbled characters repaired', text: 'â€œ', start: 24, end: 27, replacement: '“' },
      { rule: 'mojibake', reason: 'garbled characters repaired', text: 'â€\u009d', start: 41, end: 44, replacement: '”' },
      { rule: 'mojibake', reason: 'garbled characters repaired', text: 'â‚¬', start: 52, end: 55, replacement: '€' },
      { rule: 'mojibake', reason: 'garbled characters repaired', text: 'â€”', start: 57, end: 60, replacement: '—' },
      { rule: 'mojibake', reason: 'garbled characters repaired', text: 'Â½', start: 61, end: 63, replacement: '½' },
    ]);
    expect(result.body.text).toBe('The minister’s words: “another chance”. Cost: €5 — ½.\n');
  });

  it('repairs Â before a non-breaking space and removes a stray Â before a space or line end', () => {
    const result = clean('It cost Â£700 million.\nThe fund grewÂ\u00a0fast.Â \nIt ended.Â\n');
    expect(fragments(result)).toEqual([
      { rule: 'mojibake', reason: 'garbled characters repaired', text: 'Â£', start: 8, end: 10, replacement: '£' },
      { rule: 'mojibake', reason: 'garbled characters repaired', text: 'Â\u00a0', start: 36, end: 38, replacement: '\u00a0' },
      { rule: 'mojibake', reason: 'stray Â', text: 'Â', start: 43, end: 44 },
      { rule: 'mojibake', reason: 'stray Â', text: 'Â', start: 55, end: 56 },
    ]);
  });

  it('leaves real accented text alone', () => {
    expect(clean('CAFÉ’s owner, the ÂGE group and São Paulo stayed.\n').removed).toEqual([]);
  });

  it('reports only the removal when the repaired text sits inside removed chrome', () => {
    const result = clean('The talks began in March.\nLatest Stories\nShops set ablazeÂ\n4 hours\n');
    expect(fragments(result)).toEqual([
      { rule: 'related-list', reason: 'related stories list', text: 'Latest Stories\nShops set ablazeÂ\n4 hours', start: 26, end: 66 },
    ]);
  });

  it('repairs a closing quote whose third byte was lost: bare â€ before a space, punctuation or the end', () => {
    const original = 'â€œNothing was done,â€ she said. It was â€œfar too earlyâ€. â€œIt is over.â€\nHe left.â€';
    const result = clean(original);
    const lost = { rule: 'mojibake', reason: 'garbled closing quote repaired (its last byte was lost)', text: 'â€', replacement: '”' };
    expect(fragments(result)).toEqual([
      { rule: 'mojibake', reason: 'garbled characters repaired', text: 'â€œ', start: 0, end: 3, replacement: '“' },
      { ...lost, start: 20, end: 22 },
      { rule: 'mojibake', reason: 'garbled characters repaired', text: 'â€œ', start: 40, end: 43, replacement: '“' },
      { ...lost, start: 56, end: 58 },
      { rule: 'mojibake', reason: 'garbled characters repaired', text: 'â€œ', start: 60, end: 63, replacement: '“' },
      { ...lost, start: 74, end: 76 },
      { ...lost, start: 85, end: 87 },
    ]);
    expect(result.body.text).toBe('“Nothing was done,” she said. It was “far too early”. “It is over.”\nHe left.”');
  });

  it('leaves â€ alone where a third character completes another sequence or a letter follows', () => {
    const result = clean('The firmâ€™s â€˜planâ€™ cost â€¦ and â€x stayed.\n');
    expect(result.removed.map((fragment) => [fragment.text, fragment.replacement])).toEqual([
      ['â€™', '’'],
      ['â€˜', '‘'],
      ['â€™', '’'],
      ['â€¦', '…'],
    ]);
    expect(result.body.text).toBe('The firm’s ‘plan’ cost … and â€x stayed.\n');
  });
});
