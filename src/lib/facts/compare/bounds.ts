/**
 * Two figures that say the same within what their own words allow, so no value conflict: a bound that holds the
 * other figure close by (`more than 1,700` / `at least 1,711`, `nearly 500` / `490`). Two bounds the same way are one
 * statement (no flag); a bound beside a plain figure it holds is a bound added, reported as a hedge (as `at least 80`
 * / `80` is). A figure rounded is not read so: the labels call `13%` / `12.6 percent` a disagreement an editor must
 * see, though not `27 per cent` / `26.9 per cent`.
 * Close is within `CLOSE` of the larger figure: `nearly 1,000` / `932` is another figure.
 */
import type { NumberValue } from '../types.ts';
import { boundSide, qualifierSense } from './hedge.ts';

const CLOSE = 0.05;

/**
 * `same`: two bounds the same way close together, one statement; `hedge`: a bound and a plain figure it holds close
 * by; undefined when the figures differ in substance (or a range or a rounding is in play: value.ts decides).
 */
export function boundsAgree(x: NumberValue, y: NumberValue): 'same' | 'hedge' | undefined {
  if (x.to !== undefined || y.to !== undefined) return undefined;
  const larger = Math.max(Math.abs(x.amount), Math.abs(y.amount));
  if (larger === 0 || Math.abs(x.amount - y.amount) / larger > CLOSE) return undefined;
  const wayX = boundSide(x.qualifier);
  const wayY = boundSide(y.qualifier);
  if (wayX && wayX === wayY) return 'same';
  const plain = (value: NumberValue): boolean => qualifierSense(value.qualifier) === '';
  const holds = (bound: NumberValue, way: 'up' | 'down' | undefined, figure: NumberValue): boolean =>
    way !== undefined && plain(figure) && (way === 'up' ? figure.amount >= bound.amount : figure.amount <= bound.amount);
  return holds(x, wayX, y) || holds(y, wayY, x) ? 'hedge' : undefined;
}
