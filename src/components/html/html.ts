/**
 * A small HTML builder for the markup a page repeats hundreds of times (compared rows, alignment
 * cells). Astro renders every element, attribute and expression of a component through its async
 * rendering machinery, microseconds each: on a compare page (some 3,000 elements) that was a large
 * share of the page's render time. Markup built here reaches the page in one piece through
 * `set:html`.
 *
 * Safe by construction: `html` escapes every interpolated string and passes only `Html` through,
 * so text from an article never becomes markup. Text is escaped by html-escaper, the library Astro
 * itself escapes with (`& < > ' "`); attribute values, always double-quoted, as Astro does (`&` and
 * `"`), so markup moved here from a component renders byte for byte the same.
 *
 * An `Html` is a tree of pieces, joined once at the end: concatenating as it goes made a rope of
 * thousands of strings per page that outlived the young generation (most of the build's GC time).
 */
import { escape as escapeHtml } from 'html-escaper';

/** What `html` accepts between tags: text (escaped), markup, lists of both, or nothing. */
export type Part = Html | string | number | false | null | undefined | readonly Part[];

/** Markup that may be emitted as is; only `html`, `attr` and `classes` make it. */
export class Html {
  /** `strings` are markup; `parts` go between them (`strings.length === parts.length + 1`). */
  private constructor(
    private readonly strings: readonly string[],
    private readonly parts: readonly Part[],
  ) {}

  static fromTemplate(strings: readonly string[], parts: readonly Part[]): Html {
    return new Html(strings, parts);
  }

  /** The markup as one string. */
  get value(): string {
    const out: string[] = [];
    this.writeTo(out);
    return out.join('');
  }

  toString(): string {
    return this.value;
  }

  writeTo(out: string[]): void {
    out.push(this.strings[0]!);
    for (let i = 0; i < this.parts.length; i++) {
      writePart(this.parts[i], out);
      out.push(this.strings[i + 1]!);
    }
  }
}

const TEXT_SPECIAL = /[&<>'"]/;
const ATTRIBUTE_SPECIAL = /[&"]/;
const ATTRIBUTE_SPECIALS = /[&"]/g;
const ATTRIBUTE_ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '"': '&quot;' };
const entity = (character: string): string => ATTRIBUTE_ENTITIES[character] ?? character;

export function escapeText(text: string): string {
  return TEXT_SPECIAL.test(text) ? escapeHtml(text) : text;
}

export function escapeAttribute(value: string): string {
  return ATTRIBUTE_SPECIAL.test(value) ? value.replace(ATTRIBUTE_SPECIALS, entity) : value;
}

export function html(strings: TemplateStringsArray, ...parts: Part[]): Html {
  return Html.fromTemplate(strings, parts);
}

const NOTHING = html``;

/** Markup this module has just escaped and assembled itself. */
function raw(markup: string): Html {
  return Html.fromTemplate([markup], []);
}

/**
 * ` name="value"`; ` name` alone for `''` or `true` (as Astro writes `data-change=""`); nothing
 * for `undefined`, `null` and `false`.
 */
export function attr(name: string, value: string | number | boolean | null | undefined): Html {
  if (value === undefined || value === null || value === false) return NOTHING;
  if (value === '' || value === true) return raw(` ${name}`);
  return raw(` ${name}="${escapeAttribute(String(value))}"`);
}

/**
 * ` class="…"` with the names whose condition holds, or nothing when none does: what Astro's
 * `class:list` writes.
 */
export function classes(...names: readonly (string | false | null | undefined)[]): Html {
  let list = '';
  for (const name of names) if (name) list = list === '' ? name : `${list} ${name}`;
  return list === '' ? NOTHING : attr('class', list);
}

function writePart(part: Part, out: string[]): void {
  if (part instanceof Html) part.writeTo(out);
  else if (typeof part === 'string') out.push(escapeText(part));
  else if (typeof part === 'number') out.push(String(part));
  else if (Array.isArray(part)) for (const item of part as readonly Part[]) writePart(item, out);
}
