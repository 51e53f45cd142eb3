/**
 * Edit distance between two words, counted in UTF-16 code units, bounded by `max`: the exact
 * distance when it is at most `max`, else `max + 1`. Only a band of 2·max+1 cells per row is filled
 * and a row that already exceeds `max` stops the count, so checking a candidate word costs
 * O(length · max) however long the words are.
 *
 * Two variants, because their callers were tuned on them and a swap changes which names pair up:
 * - `editDistance` (Levenshtein): a letter added, dropped or changed is one edit. Facts and
 *   provenance compare outlets' spellings of a name with it; a swapped pair counts two.
 * - `editDistanceWithSwaps` (optimal string alignment): also two neighbours swapped is one edit, the
 *   usual typing slip. Search's fuzzy lookup and the manifest's "did you mean" use it.
 */
export function editDistance(a: string, b: string, max: number): number {
  return boundedDistance(a, b, max, false);
}

/** `editDistance` where swapping two neighbouring letters (`rwnada`/`rwanda`) is one edit, not two. */
export function editDistanceWithSwaps(a: string, b: string, max: number): number {
  return boundedDistance(a, b, max, true);
}

function boundedDistance(a: string, b: string, max: number, swaps: boolean): number {
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
      if (swaps && i > 1 && j > 1 && a.charCodeAt(i - 1) === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) {
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

/**
 * The edits two spellings of one word may differ by and still be one word: one slip, two from ten
 * letters. Tighter than that and real pairs of words slip in (`African`/`American` are two apart).
 */
export function slipsAllowed(letters: number): number {
  return letters >= 10 ? 2 : 1;
}

/**
 * One spelling is a slip of the other (Levenshtein), the allowance counted on the shorter word: the
 * stricter measure, which facts uses to call two spellings one name.
 */
export function withinSlips(a: string, b: string): boolean {
  const allowed = slipsAllowed(Math.min(a.length, b.length));
  return editDistance(a, b, allowed) <= allowed;
}

/**
 * `withinSlips` with the allowance counted on the longer word: the looser measure, so a ten-letter
 * name may lose two letters. Provenance uses it to find one name spelled two ways across versions.
 */
export function withinSlipsOfLonger(a: string, b: string): boolean {
  const allowed = slipsAllowed(Math.max(a.length, b.length));
  return editDistance(a, b, allowed) <= allowed;
}
