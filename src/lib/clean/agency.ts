// News agencies as pages credit them: the wire a version's report came from (`(AP)`, `Source: Reuters.`,
// `(Agencies)`, `- Associated Press - Monday, …`). The analysis shows it as the version's `agency`.

/** Wire services and the generic credit, lower case (generic knowledge, not one story's). */
const WIRES: ReadonlySet<string> = new Set([
  'agencies',
  'ap',
  'the associated press',
  'associated press',
  'reuters',
  'thomson reuters',
  'afp',
  'agence france-presse',
  'agence france presse',
  'pa',
  'pa media',
  'press association',
  'dpa',
  'efe',
  'ansa',
  'xinhua',
  'kyodo',
  'yonhap',
  'tass',
  'bloomberg',
  'aap',
  'upi',
  'pti',
  'ians',
  'ani',
  'anadolu agency',
  'bernama',
  'pna',
]);

/** One wire's other names, to the short name its credits most often use. */
const SHORT_NAMES: Readonly<Record<string, string>> = {
  'the associated press': 'ap',
  'associated press': 'ap',
  'thomson reuters': 'reuters',
  'agence france-presse': 'afp',
  'agence france presse': 'afp',
  'pa media': 'pa',
  'press association': 'pa',
};

/** A key equal for two names of one agency (`AP`, `The Associated Press`): its short name, lower case. */
export function agencyKey(name: string): string {
  const lower = name.trim().toLowerCase();
  return SHORT_NAMES[lower] ?? lower;
}

/** The agency `text` is, as written (`Associated Press`), when the whole text names a wire service; else undefined. */
export function agencyNamed(text: string): string | undefined {
  const name = text
    .trim()
    .replace(/^\(|\)$/gu, '')
    .trim();
  return WIRES.has(name.toLowerCase()) ? name : undefined;
}

// `Source: Reuters.`, `(Agencies)`, `— Agencies`, `Associated Press`: a line that is nothing but the credit.
const CREDIT_LABEL = String.raw`(?:(?:source|sources|agency|agencies|via|with inputs from|inputs from)\s*[:-]?\s*)`;
const CREDIT_LINE = new RegExp(String.raw`^(?:[-–—]\s*)?(?:\(\s*)?${CREDIT_LABEL}?([^()]+?)(?:\s*\))?\s*[.|]?$`, 'iu');

/** The agency a credit line names (`Source: Reuters.`, `(Agencies)`, `— AFP`, `Associated Press`), or undefined. */
export function creditedAgencyLine(text: string): string | undefined {
  const name = CREDIT_LINE.exec(text.trim())?.[1];
  return name === undefined ? undefined : agencyNamed(name);
}
