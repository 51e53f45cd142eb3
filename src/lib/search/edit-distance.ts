/**
 * Optimal-string-alignment distance (Levenshtein plus swapping two neighbours), abandoned as soon
 * as it must exceed `max`: only a band of 2·max+1 cells per row is ever computed, so checking a
 * candidate word costs O(length · max).
 */
export function boundedEditDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (a === b) return 0;
  const width = b.length + 1;
  let previous2 = new Int32Array(width);
  let previous = new Int32Array(width);
  let current = new Int32Array(width);
  const big = max + 1;
  for (let j = 0; j < width; j++) previous[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const from = Math.max(1, i - max);
    const to = Math.min(b.length, i + max);
    current.fill(big);
    current[0] = i;
    let rowBest = i <= max ? i : big;
    for (let j = from; j <= to; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
        value = Math.min(value, previous2[j - 2]! + 1);
      }
      current[j] = value;
      if (value < rowBest) rowBest = value;
    }
    if (rowBest > max) return big;
    [previous2, previous, current] = [previous, current, previous2];
  }
  return Math.min(previous[b.length]!, big);
}
