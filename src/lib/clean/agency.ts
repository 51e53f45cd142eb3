// News agencies as pages credit them: the wire a version's report came from (`(AP)`, `Source: Reuters.`,
// `(Agencies)`, `- Associated Press - Monday, …`). The analysis shows it as the version's `agency`.

/**
 * Wire services and the generic credit, lower case (generic knowledge, not one story's), each with the short
 * name its credits most often use, so that two names of one agency (`AP`, `The Associated Press`) key alike.
 */
const WIRES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    agencies: 'agencies',
    ap: 'ap',
    'the associated press': 'ap',
    'associated press': 'ap',
    reuters: 'reuters',
    'thomson reuters': 'reuters',
    afp: 'afp',
    'agence france-presse': 'afp',
    'agence france presse': 'afp',
    pa: 'pa',
    'pa media': 'pa',
    'pa wire': 'pa',
    'press association': 'pa',
    dpa: 'dpa',
    efe: 'efe',
    ansa: 'ansa',
    xinhua: 'xinhua',
    kyodo: 'kyodo',
    yonhap: 'yonhap',
    tass: 'tass',
    bloomberg: 'bloomberg',
    aap: 'aap',
    upi: 'upi',
    pti: 'pti',
    ians: 'ians',
    ani: 'ani',
    'anadolu agency': 'anadolu agency',
    anadolu: 'anadolu agency',
    bernama: 'bernama',
    pna: 'pna',
  }),
);

/** Picture agencies and desks that are no wire (generic knowledge), lower case. */
const PICTURE_DESKS = [
  'getty',
  'getty images',
  'epa',
  'epa-efe',
  'shutterstock',
  'alamy',
  'sipa',
  'sopa images',
  'nurphoto',
  'sputnik',
  'imago',
  'corbis',
  'istock',
  'pool',
  'zuma press',
  'picture alliance',
  'universal images group',
];

/**
 * Names that credit a picture (`Jane Doe/AP`, `Getty Images/BBC`), lower case: every wire by each of its names (not the
 * generic `Agencies`, which credits a report) and the picture desks.
 */
export const PICTURE_AGENCIES: ReadonlySet<string> = new Set([
  ...[...WIRES.keys()].filter((name) => name !== 'agencies'),
  ...PICTURE_DESKS,
]);

/** A key equal for two names of one agency (`AP`, `The Associated Press`): its short name, lower case. */
export function agencyKey(name: string): string {
  const lower = name.trim().toLowerCase();
  return WIRES.get(lower) ?? lower;
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
