/** What a citation is made of; generic so that a sentence and a fact cite alike. */
export interface CitationParts {
  outlet: string;
  /** The date as the reader should see it ("5 May 2025"); absent when the version shows none. */
  date?: string | undefined;
  /** The cited words: a sentence, or a fact's own words. */
  quote: string;
  /** Absolute permalink. */
  url: string;
}

export interface CitationOptions {
  /** Longest quote kept whole; a longer one is cut at a word and ends with “…”. */
  maxQuote?: number | undefined;
}

/**
 * One line of plain text an editor can paste anywhere:
 * `BBC News (no date shown): “…” — https://same-story.example/stories/<slug>/bbc/#s-3`.
 * Double quotation marks inside the quote become single ones, so the outer pair stays unambiguous.
 */
export function formatCitation(parts: CitationParts, options: CitationOptions = {}): string {
  const maxQuote = options.maxQuote ?? 400;
  let quote = nestQuotes(parts.quote.replace(/\s+/g, ' ').trim());
  if (quote.length > maxQuote) {
    const cut = quote.slice(0, maxQuote);
    const atWord = cut.lastIndexOf(' ');
    quote = `${(atWord > maxQuote / 2 ? cut.slice(0, atWord) : cut).replace(/[\s,;:]+$/, '')} …`;
  }
  return `${parts.outlet.trim()} (${parts.date?.trim() || 'no date shown'}): “${quote}” — ${parts.url}`;
}

/** “ ” and straight " become ‘ ’: a straight one opens at the start or after a space or bracket. */
function nestQuotes(text: string): string {
  return text
    .replace(/“/g, '‘')
    .replace(/”/g, '’')
    .replace(/"/g, (_, offset: number) => (offset === 0 || /[\s([{\u2014-]/.test(text[offset - 1]!) ? '‘' : '’'));
}
