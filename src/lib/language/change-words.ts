import { wordAlternation } from './quantifiers.ts';

/**
 * Verbs of change or of a margin: a figure after `by` behind one of them (`rose by 4%`, `trails him by three`,
 * `won the seat by 212 votes`) says how much, not how many. Without one, `by` before a figure is an agent
 * (`attended by 4,000 people`, `boarded by 230 passengers`) and the figure a level like any other.
 */
export const CHANGE_VERBS: readonly string[] = [
  ...['rise', 'rises', 'rising', 'rose', 'risen', 'fall', 'falls', 'falling', 'fell', 'fallen'],
  ...['grow', 'grows', 'growing', 'grew', 'grown', 'shrink', 'shrinks', 'shrinking', 'shrank', 'shrunk'],
  ...['increase', 'increases', 'increasing', 'increased', 'decrease', 'decreases', 'decreasing', 'decreased'],
  ...['cut', 'cuts', 'cutting', 'drop', 'drops', 'dropping', 'dropped', 'climb', 'climbs', 'climbing', 'climbed'],
  ...['jump', 'jumps', 'jumping', 'jumped', 'decline', 'declines', 'declining', 'declined', 'slip', 'slips', 'slipped'],
  ...['reduce', 'reduces', 'reducing', 'reduced', 'raise', 'raises', 'raising', 'raised', 'lower', 'lowers', 'lowered'],
  ...['trail', 'trails', 'trailing', 'trailed', 'lead', 'leads', 'leading', 'led', 'win', 'wins', 'winning', 'won'],
  ...['lift', 'lifts', 'lifting', 'lifted', 'boost', 'boosts', 'boosting', 'boosted', 'push', 'pushes', 'pushing', 'pushed'],
  ...['beat', 'beats', 'beating', 'beaten', 'lose', 'loses', 'losing', 'lost', 'outnumber', 'outnumbers', 'outnumbered'],
];

/** Up to six words between a verb of change and its `by` (`trail Castlebar by`, `lift the city's bus fares by`). */
const BETWEEN = String.raw`(?:\s+[\p{L}\p{N}'’.,%-]+){0,6}?`;

/**
 * Right before a figure, the words that make it a change or a margin: `up` or `down` (`down 9%`), or `by`
 * behind a verb of change (`trail Castlebar by three`). Tested against the text that ends where the figure starts.
 */
export const CHANGE_BEFORE = new RegExp(String.raw`(?:^|[^\p{L}])(?:up|down|${wordAlternation(CHANGE_VERBS)}${BETWEEN}\s+by)\s+$`, 'iu');

/** Right after a figure, the words that make it a change (`9% higher`): tested against the text that starts where the figure ends. */
export const CHANGE_AFTER = /^\s+(?:higher|lower|up|down)\b/iu;
