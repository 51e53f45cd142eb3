/**
 * Word banks for the synthetic corpus. Invented places and people with the shape of real news
 * (capitalised names, titles, agencies, money and dates), so every stage sees realistic input.
 */

export const COUNTRIES = [
  'Valdoria',
  'Kestrel Islands',
  'Norvania',
  'Tamsara',
  'Oberland',
  'Quillon',
  'Maravia',
  'Sundaric Republic',
  'Estmark',
  'Calvera',
  'Bryndor',
  'Lusantia',
  'Okovia',
  'Peregrine Coast',
  'Ardania',
  'Zemlya',
] as const;

export const CAPITALS = [
  'Port Aster',
  'Velden',
  'Karsk',
  'Amrani',
  'Holstad',
  'Quill City',
  'Marabel',
  'Sundar',
  'Estholm',
  'Calvo',
  'Brynmouth',
  'Lusa',
] as const;

export const FIRST_NAMES = [
  'Olivia',
  'Marek',
  'Amara',
  'Tobias',
  'Ines',
  'Kwame',
  'Lucia',
  'Henrik',
  'Nadia',
  'Rafael',
  'Yusuf',
  'Elena',
  'Jonas',
  'Priya',
  'Mateo',
  'Sofia',
  'Idris',
  'Clara',
  'Viktor',
  'Leila',
] as const;

export const LAST_NAMES = [
  'Ndayishimiye',
  'Kowalczyk',
  'Okonkwo-Baptiste',
  'Vasquez',
  'Lindqvist',
  'Mbeki-Tarrant',
  'Haverford',
  'Oyelaran',
  'Castellanos',
  'Brennan',
  'Abernathy',
  'Sørensen',
  'Delacroix',
  'Nwachukwu',
  'Petrovic',
  'Almeida',
] as const;

export const ROLES = [
  'Foreign Minister',
  'Trade Minister',
  'Interior Minister',
  'Prime Minister',
  'Finance Minister',
  'Energy Secretary',
] as const;

export const DEALS = [
  { deal: 'taking in deported migrants', thing: 'migrants', verb: 'take in', place: 'reception centres' },
  { deal: 'building a deep-water port', thing: 'cargo ships', verb: 'handle', place: 'the new harbour' },
  { deal: 'exporting grain', thing: 'tonnes of wheat', verb: 'ship', place: 'coastal silos' },
  { deal: 'a shared power grid', thing: 'megawatts of power', verb: 'supply', place: 'border substations' },
  { deal: 'fishing rights', thing: 'fishing licences', verb: 'grant', place: 'northern waters' },
  { deal: 'a cross-border rail link', thing: 'passengers', verb: 'carry', place: 'new stations' },
  { deal: 'vaccine supplies', thing: 'vaccine doses', verb: 'deliver', place: 'regional clinics' },
  { deal: 'a lithium mining licence', thing: 'tonnes of ore', verb: 'extract', place: 'highland mines' },
] as const;

export type Deal = (typeof DEALS)[number];

export const AGENCIES = ['Reuters', 'AFP', 'the Associated Press', 'state media', 'the national broadcaster'] as const;

export const NEWSPAPERS = ['the Morning Ledger', 'the Capital Post', 'the Harbour Times', 'the Evening Standard-Bearer'] as const;

export const ORGS = [
  'the Refugee Council',
  'the Chamber of Commerce',
  'the Audit Office',
  'Human Rights Watch',
  'the Port Authority',
  'the World Bank',
] as const;

export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

export const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;

export const QUOTES = [
  'not new to us',
  'actively searching',
  'in the early stages',
  'a real risk of harm',
  'open to discussion',
  'another chance',
  'too early to say',
  'a fair price',
  'good for both nations',
  'deeply concerned',
  'we will not be rushed',
  'the door remains open',
] as const;

export const OUTLET_WORDS = {
  first: ['Coast', 'Daily', 'Metro', 'Capital', 'Northern', 'Global', 'Harbour', 'Evening', 'Frontline', 'Citizen'],
  second: ['Gazette', 'Wire', 'Herald', 'Post', 'Times', 'Observer', 'Report', 'Chronicle', 'Dispatch', 'Blog'],
} as const;

/** Word and phrase swaps a paraphrasing rewrite makes (both directions are used). */
export const SYNONYMS: readonly (readonly [string, string])[] = [
  ['talks', 'discussions'],
  ['said', 'stated'],
  ['country', 'nation'],
  ['accept', 'receive'],
  ['government', 'administration'],
  ['criticised', 'condemned'],
  ['continuing', 'ongoing'],
  ['predict', 'forecast'],
  ['offered', 'proposed'],
  ['started', 'began'],
  ['warned', 'cautioned'],
  ['agreement', 'deal'],
  ['officials', 'authorities'],
  ['help', 'assist'],
  ['abandoned', 'scrapped'],
  ['added', 'noted'],
  ['confirmed', 'acknowledged'],
  ['early stage', 'initial stage'],
  ['cost about', 'cost roughly'],
  ['previously agreed', 'earlier agreed'],
  ['praised', 'commended'],
  ['supported', 'backed'],
  ['careful', 'cautious'],
];

/** Headlines of unrelated stories, for teasers and "latest stories" lists. */
export const TEASER_HEADLINES = [
  'Singer Stuns at Awards Night with Surprise Duet',
  'Ten Things to Know Before the Holidays',
  'Striker Signs Record Deal',
  'Water Supply Disruption Looms as Plant Undergoes Maintenance',
  'Court Bans Mining in Forest Reserves',
  'Bank Chief Thanks Customers at Carol Service',
  'Drivers Arrested as Fares Are Enforced',
  'Festival Set for December Beach Concert',
  'Over 1.3m Young People Out of Work or School',
  'Is It Better to Let Go Before the Festive Season?',
] as const;
