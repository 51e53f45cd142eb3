import type { Random } from './random.ts';
import {
  AGENCIES,
  CAPITALS,
  COUNTRIES,
  DEALS,
  FIRST_NAMES,
  LAST_NAMES,
  MONTHS,
  NEWSPAPERS,
  ORGS,
  QUOTES,
  ROLES,
  WEEKDAYS,
  type Deal,
} from './vocabulary.ts';

/** The people, places and figures one story is about; every version of it tells of the same cast. */
export interface Cast {
  country: string;
  partner: string;
  third: string;
  capital: string;
  minister: { first: string; last: string; role: string };
  rival: { first: string; last: string; role: string };
  spokesperson: string;
  org: string;
  agency: string;
  newspaper: string;
  deal: Deal;
  year: number;
}

/** An article as paragraphs of sentences, before any outlet lays it out. */
export interface Article {
  title: string;
  summary: string;
  paragraphs: string[][];
  /** Sentences the original leaves out, for rewrites that add material. */
  extra: string[];
}

export function createCast(random: Random): Cast {
  const [country, partner, third] = random.shuffle(COUNTRIES).slice(0, 3) as [string, string, string];
  const person = (): { first: string; last: string; role: string } => ({
    first: random.pick(FIRST_NAMES),
    last: random.pick(LAST_NAMES),
    role: random.pick(ROLES),
  });
  const minister = person();
  let rival = person();
  while (rival.last === minister.last) rival = person();
  return {
    country,
    partner,
    third,
    capital: random.pick(CAPITALS),
    minister,
    rival,
    spokesperson: `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)}`,
    org: random.pick(ORGS),
    agency: random.pick(AGENCIES),
    newspaper: random.pick(NEWSPAPERS),
    deal: random.pick(DEALS),
    year: random.int(2019, 2026),
  };
}

type Template = (cast: Cast, random: Random) => string;

const minister = (c: Cast): string => `${c.minister.first} ${c.minister.last}`;
const quote = (random: Random): string => `"${random.pick(QUOTES)}"`;

/** Sentence templates: quotes, names, numbers and dates, in the register of wire copy. */
const TEMPLATES: readonly Template[] = [
  (c) =>
    `${c.country} is in the "early stage" of talks with ${c.partner} about ${c.deal.deal}, the country's ${c.minister.role} ` +
    `${minister(c)} has said.`,
  (c, r) =>
    `His comments come after ${c.partner}'s ${c.rival.role} ${c.rival.first} ${c.rival.last} said last month that ${c.capital} was ` +
    `${quote(r)} about the plan.`,
  (c) => `${c.minister.last} said the talks were "not new to us" as ${c.country} had previously agreed a similar deal with ${c.third}.`,
  (c, r) =>
    `However, ${c.third} abandoned the scheme, which faced ${r.int(3, 40)} legal challenges, after a new government took office ` +
    `last ${r.pick(MONTHS)}.`,
  (c, r) =>
    `Speaking to ${c.country} TV on ${r.pick(WEEKDAYS)}, ${c.minister.last} said the government was in the "spirit" of giving ` +
    `${quote(r)} to everyone involved.`,
  (c) => `${c.minister.last} added that the talks with ${c.partner} were continuing, and it was too early to predict their outcome.`,
  (c, r) =>
    `Since coming to office in ${r.pick(MONTHS)}, the ${c.partner} government has focused on ${c.deal.deal}, with the promise of ` +
    `"faster results".`,
  (c, r) =>
    `In ${r.pick(MONTHS)}, ${c.third} offered to ${c.deal.verb} ${r.int(120, 9000)} ${c.deal.thing} for ${c.partner}, and to use ` +
    `${c.deal.place} for them.`,
  (c, r) =>
    `${c.spokesperson}, a spokesperson for ${c.org}, said the deal would cost about £${r.int(5, 900)} million over ${r.int(2, 12)} years.`,
  (c) => `Last week an unnamed ${c.country} official told ${c.newspaper} that the country was "open" to more of the same.`,
  (c, r) =>
    `The official added that the talks started shortly after ${r.int(1, 28)} ${r.pick(MONTHS)} ${c.year}, when the two sides first ` +
    `met in ${c.capital}.`,
  (c) => `${c.country} has previously been criticised by rights groups over its record, including the risk that people could face danger.`,
  (_c, r) => `The small nation of roughly ${r.int(2, 60)} million people has been praised for its stability in a turbulent region.`,
  (c) =>
    `When contacted by ${c.agency} about the talks, ${c.minister.last} said: "You will be informed when the discussions are finalised."`,
  (c) => `"Those reports are true, we are engaged in discussions with the government of ${c.partner}," ${c.minister.last} said.`,
  (c, r) =>
    `Critics say ${r.int(10, 90)} per cent of the ${c.deal.thing} promised in ${c.year - 1} never arrived, and that the figures ` +
    `were never published.`,
  (c, r) => `${c.org} warned on ${r.pick(WEEKDAYS)} that the plan would be ${quote(r)} unless it was checked by an independent court.`,
  (c, r) => `Panama and ${c.third} have also signed similar agreements worth $${r.int(2, 80)}.${r.int(1, 9)} billion since ${c.year - 2}.`,
  (c) => `The opposition leader in ${c.capital} called the plan "a gamble", and said parliament had not been consulted.`,
  (c, r) => `According to ${c.agency}, ${r.int(4, 400)} officials from both countries met on ${r.pick(WEEKDAYS)} to discuss the details.`,
  (c) => `${c.rival.last} said ${c.partner} was "actively searching" for partners willing to help with ${c.deal.deal}.`,
  (c, r) => `The first phase, which covers ${c.deal.place}, is due to start on ${r.int(1, 28)} ${r.pick(MONTHS)}, officials said.`,
  (c) => `${c.country} says it is a safe and reliable partner, and that it has met every condition set by ${c.third}.`,
  (c, r) =>
    `A court in ${c.third} ruled in ${c.year - 1} that the earlier scheme was unlawful because it would expose people to ${quote(r)}.`,
  (c, r) =>
    `Analysts at ${c.org} expect the agreement to be signed before the end of ${c.year}, at a cost of about €${r.int(10, 700)} million.`,
  (c) => `Whether these talks will become a formal agreement remains to be seen, ${c.minister.last} said.`,
  (c, r) =>
    `Trade between ${c.country} and ${c.partner} grew by ${r.int(2, 30)}.${r.int(1, 9)}% last year, to $${r.int(100, 990)} ` +
    `million, according to figures from ${c.org}.`,
  (c) =>
    `${c.minister.first} ${c.minister.last}, who has held the post since ${c.year - 3}, is seen as a close ally of the president ` +
    `and a careful negotiator.`,
  (c, r) =>
    `"We have been clear from the start that any deal must be ${r.pick(['fair', 'lawful', 'transparent', 'temporary'])}," ` +
    `${c.rival.last} told reporters in ${c.capital} on ${r.pick(WEEKDAYS)}.`,
  (c, r) =>
    `Details of the proposal were first reported by ${c.newspaper} on ${r.int(1, 28)} ${r.pick(MONTHS)}, citing two people ` +
    `familiar with the matter.`,
  (c) =>
    `The plan has divided opinion in ${c.partner}, where some members of parliament say it shifts the problem elsewhere rather ` +
    `than solving it.`,
  (c, r) =>
    `Under the earlier arrangement, ${c.third} paid ${c.country} about £${r.int(100, 800)} million, but only ${r.int(2, 9)} people ` +
    `were ever moved.`,
  (_c) => `Neither government has said when a final decision will be taken, or whether the agreement will be put to a vote.`,
  (c, r) =>
    `A poll published on ${r.pick(WEEKDAYS)} found that ${r.int(30, 70)}% of voters in ${c.partner} supported the idea, while ` +
    `${r.int(10, 40)}% opposed it.`,
];

/**
 * The story's original: about `words` words in paragraphs of one to three sentences, its
 * sentences drawn from the templates without repetition; the rest are kept for rewrites to add.
 */
export function writeArticle(cast: Cast, random: Random, words = 500): Article {
  const sentences = random.shuffle(TEMPLATES).map((template) => upperFirst(template(cast, random)));
  const chosen: string[] = [];
  let count = 0;
  while (count < words && sentences.length > 4) {
    const sentence = sentences.shift()!;
    chosen.push(sentence);
    count += sentence.split(/\s+/).length;
  }
  const paragraphs: string[][] = [];
  while (chosen.length > 0) paragraphs.push(chosen.splice(0, random.int(1, 3)));
  return {
    title: `${cast.country} in talks with ${cast.partner} over ${cast.deal.deal}`,
    summary: `${minister(cast)} confirms early talks with ${cast.partner} about ${cast.deal.deal}, as told by several outlets.`,
    paragraphs,
    extra: sentences,
  };
}

function upperFirst(text: string): string {
  return text[0]!.toUpperCase() + text.slice(1);
}
