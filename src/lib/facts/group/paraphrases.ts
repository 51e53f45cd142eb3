import type { Sentence } from '../../types.ts';
import { byVersionThenStart, publicMention } from '../order.ts';
import { contentStems, stem, styleKey } from '../normalize.ts';
import { originalOffsets } from '../spans.ts';
import type { StoryContext } from '../story-context.ts';
import type { FactMention, RawMention } from '../types.ts';
import { isStopword } from '../words.ts';

/** Share of a quotation's content words an aligned sentence must carry to paraphrase it. */
const PARAPHRASE_SHARE = 0.6;

/**
 * Sentences of other versions that carry a quotation's words without its quotation marks
 * (`promising mass deportations` for “mass deportations”): aligned with a sentence that quotes it,
 * from a version that does not quote it, holding most of its content words. The paraphrase is the
 * stretch from the first to the last of those words.
 */
export function findParaphrases(quotes: readonly RawMention[], quotesBySentence: QuotesBySentence, context: StoryContext): FactMention[] {
  const quoting = new Set(quotes.map((quote) => quote.version));
  const wanted = new Set(quotes.flatMap((quote) => contentStems(quote.text)));
  if (wanted.size < 2) return [];
  const found = new Map<string, FactMention>();
  for (const quote of quotes) {
    for (const id of context.alignedWith(quote.sentence)) {
      const sentence = context.sentence(id);
      if (!sentence || quoting.has(sentence.version) || found.has(id)) continue;
      const inside = quotesBySentence.get(id) ?? [];
      const stretch = carriedStretch(sentence, new Set(contentStems(quote.text)), inside);
      if (stretch) found.set(id, stretch);
    }
  }
  return [...found.values()].sort(byVersionThenStart);
}

/** Every quotation of the story, by the id of its sentence. */
export type QuotesBySentence = ReadonlyMap<string, readonly RawMention[]>;

export function quotesBySentence(mentions: readonly RawMention[]): QuotesBySentence {
  const bySentence = new Map<string, RawMention[]>();
  for (const mention of mentions) {
    if (mention.kind !== 'quote') continue;
    const list = bySentence.get(mention.sentence);
    if (list) list.push(mention);
    else bySentence.set(mention.sentence, [mention]);
  }
  return bySentence;
}

function carriedStretch(sentence: Sentence, stems: ReadonlySet<string>, quotesInside: readonly RawMention[]): FactMention | undefined {
  const hits = sentence.tokens.filter((token) => {
    if (!token.word || quotesInside.some((quote) => token.at >= quote.at && token.at < quote.at + quote.text.length)) return false;
    const key = styleKey(token.norm);
    return !isStopword(key) && stems.has(stem(key));
  });
  const distinct = new Set(hits.map((token) => stem(styleKey(token.norm))));
  if (distinct.size < 2 || distinct.size / stems.size < PARAPHRASE_SHARE) return undefined;
  const span = { at: hits[0]!.at, end: hits.at(-1)!.at + hits.at(-1)!.text.length };
  const raw: RawMention = {
    kind: 'quote',
    version: sentence.version,
    sentence: sentence.id,
    text: sentence.text.slice(span.at, span.end),
    ...originalOffsets(sentence, span),
    at: span.at,
    key: '',
  };
  return publicMention(raw);
}
