/**
 * A small HTML tokenizer for tests that read built pages without a browser: start tags with their
 * attributes (quotes respected, so `content="<script>"` is an attribute value, not a tag), and the
 * text a reader sees, entities decoded. It follows the HTML tokenizer's states closely enough for
 * pages Astro writes; the browser tests are the ground truth.
 */

export interface ScannedTag {
  /** Lower-case element name. */
  name: string;
  /** Attribute names lower-cased; values with entities decoded. */
  attributes: Map<string, string>;
  /** Text up to the matching end tag, for raw-text elements (`script`, `style`). */
  rawText?: string;
}

export interface ScannedPage {
  tags: ScannedTag[];
  /** Text content of the page (outside `script`/`style`), entities decoded. */
  text: string;
}

const RAW_TEXT = new Set(['script', 'style']);
const ESCAPABLE_RAW_TEXT = new Set(['title', 'textarea']);
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (entity, body: string) => {
    if (body[0] === '#')
      return String.fromCodePoint(body[1] === 'x' || body[1] === 'X' ? Number.parseInt(body.slice(2), 16) : Number(body.slice(1)));
    return NAMED[body.toLowerCase()] ?? entity;
  });
}

export function scanHtml(html: string): ScannedPage {
  const tags: ScannedTag[] = [];
  const text: string[] = [];
  let at = 0;
  while (at < html.length) {
    const open = html.indexOf('<', at);
    if (open < 0) {
      text.push(html.slice(at));
      break;
    }
    text.push(html.slice(at, open));
    if (html.startsWith('<!--', open)) {
      const close = html.indexOf('-->', open + 4);
      at = close < 0 ? html.length : close + 3;
    } else if (/^<[!?]/.test(html.slice(open, open + 2))) {
      const close = html.indexOf('>', open);
      at = close < 0 ? html.length : close + 1;
    } else if (/^<\/[a-z]/i.test(html.slice(open, open + 3))) {
      const close = html.indexOf('>', open);
      at = close < 0 ? html.length : close + 1;
    } else if (/^<[a-z]/i.test(html.slice(open, open + 2))) {
      const tag = readStartTag(html, open);
      tags.push(tag.tag);
      at = tag.end;
      if (RAW_TEXT.has(tag.tag.name) || ESCAPABLE_RAW_TEXT.has(tag.tag.name)) {
        const close = html.toLowerCase().indexOf(`</${tag.tag.name}`, at);
        const inner = html.slice(at, close < 0 ? html.length : close);
        if (RAW_TEXT.has(tag.tag.name)) tag.tag.rawText = inner;
        else text.push(inner);
        at = close < 0 ? html.length : close;
      }
    } else {
      text.push('<');
      at = open + 1;
    }
  }
  return { tags, text: decodeEntities(text.join('')) };
}

function readStartTag(html: string, open: number): { tag: ScannedTag; end: number } {
  let at = open + 1;
  const nameMatch = /^[^\s/>]+/.exec(html.slice(at, at + 64))!;
  const name = nameMatch[0].toLowerCase();
  at += nameMatch[0].length;
  const attributes = new Map<string, string>();
  for (;;) {
    while (at < html.length && /[\s/]/.test(html[at]!)) at++;
    if (at >= html.length || html[at] === '>') break;
    const attributeName = /^[^\s/>=]+/.exec(html.slice(at))?.[0] ?? html[at]!;
    at += attributeName.length;
    while (/\s/.test(html[at] ?? '')) at++;
    let value = '';
    if (html[at] === '=') {
      at++;
      while (/\s/.test(html[at] ?? '')) at++;
      const quote = html[at];
      if (quote === '"' || quote === "'") {
        const close = html.indexOf(quote, at + 1);
        value = html.slice(at + 1, close < 0 ? html.length : close);
        at = close < 0 ? html.length : close + 1;
      } else {
        value = /^[^\s>]*/.exec(html.slice(at))![0];
        at += value.length;
      }
    }
    const key = attributeName.toLowerCase();
    if (!attributes.has(key)) attributes.set(key, decodeEntities(value));
  }
  return { tag: { name, attributes }, end: Math.min(html.length, at + 1) };
}
