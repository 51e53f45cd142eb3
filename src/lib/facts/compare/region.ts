/**
 * Region against the whole: one version gives a count for one place (`120 people in Dorrin province`,
 * `100 buildings in two cities`), another the same slot for no place or for the whole (`310 people
 * across the country`). The two figures are two scopes of one count, not two values of one figure, so
 * value.ts reports them as a `scope` difference naming the place.
 */
import { REGION_NOUNS, WHOLE_SCOPE } from '../../language/regions.ts';
import { isPlaceName } from '../../language/lexicon.ts';
import type { StoryContext } from '../story-context.ts';
import type { RawMention } from '../types.ts';

const REGION = Object.keys(REGION_NOUNS).join('|');
const REGIONS = Object.values(REGION_NOUNS).join('|');
const NAME = String.raw`\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)*`;
/** Right after the counted thing, in its clause: `in Dorrin province`, `in the province of Tarn`, `in Tarn`, `in two cities`. */
const OF_REGION = String.raw`(?:${REGION})\s+of\s+${NAME}`;
const NAMED_PLACE = String.raw`(${NAME})(\s+(?:${REGION}))?`;
const SOME_REGIONS = String.raw`(?:\p{L}+\s+)?(?:${REGIONS})\b`;
const IN_REGION = new RegExp(
  String.raw`^[^,;:()]{0,40}?\b(?:in|across|throughout)\s+(?:the\s+)?(?:${OF_REGION}|${NAMED_PLACE}|${SOME_REGIONS})`,
  'u',
);

/** The place a count is given for, as written (`in Dorrin province`), or undefined. */
export function regionOf(mention: RawMention, context: StoryContext): string | undefined {
  const text = context.sentence(mention.sentence)?.text;
  if (text === undefined) return undefined;
  const after = text.slice(mention.at + mention.text.length);
  if (WHOLE_SCOPE.test(after.slice(0, 60))) return undefined;
  const found = IN_REGION.exec(after);
  if (!found) return undefined;
  const [phrase, name, regionNoun] = found;
  // A capitalised word alone must be a place the lexicon knows (`in Tarn` may be `in Tuesday's…`, `in March`).
  if (name !== undefined && regionNoun === undefined && !isPlaceName(name)) return undefined;
  return phrase.slice(phrase.search(/\b(?:in|across|throughout)\s/u)).trim();
}

/** Of two mentions of one slot, the one given for a place the other does not name, and that place. */
export function regionScope(a: RawMention, b: RawMention, context: StoryContext): { part: RawMention; place: string } | undefined {
  const placeA = regionOf(a, context);
  const placeB = regionOf(b, context);
  if (placeA && !placeB && !mentionsPlace(b, placeA, context)) return { part: a, place: placeA };
  if (placeB && !placeA && !mentionsPlace(a, placeB, context)) return { part: b, place: placeB };
  return undefined;
}

/** The other sentence names the place too (a count of that place said without `in`): no whole against it. */
function mentionsPlace(mention: RawMention, place: string, context: StoryContext): boolean {
  const text = context.sentence(mention.sentence)?.text ?? '';
  const name = /\p{Lu}[\p{L}'’-]+/u.exec(place)?.[0];
  return name !== undefined && text.includes(name);
}
