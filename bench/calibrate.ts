/**
 * A fixed piece of pure JavaScript work (allocation and arithmetic, like the pipeline's), timed. The
 * machines of this kind are shared: the same build has taken 22 s and 40 s an hour apart. Timing
 * this at the start and the end of a run says how fast the machine was meanwhile, so figures from
 * two runs can be compared, or a run thrown away.
 */
export function calibrate(rounds = 5): number {
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const started = performance.now();
    work();
    times.push(performance.now() - started);
  }
  return times.sort((a, b) => a - b)[Math.floor(rounds / 2)]!;
}

function work(): number {
  let sum = 0;
  const batch: { i: number; key: string }[] = [];
  for (let i = 0; i < 3_000_000; i++) {
    batch.push({ i, key: `k${i % 1000}` });
    if (batch.length > 1000) batch.length = 0;
    sum += i % 7;
  }
  return sum;
}
