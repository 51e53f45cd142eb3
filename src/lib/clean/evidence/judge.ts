// Decides, for each line of a version left after the rules, whether it is article text or page chrome,
// from several signals at once. Each signal adds evidence (log-odds) for or against chrome; the sum becomes
// the decision's score (0..1, chrome at 0.5 and above), and the signals that moved it are kept in plain
// words for the editor. Article text that other versions support is never removed, however it looks.
import { promisesUpdate } from '../../language/correction-notes.ts';
import { readsAsEnglish } from '../../language/english.ts';
import { inHeadlineTense, tellsOfThePast } from '../../language/past-tense.ts';
import { matchTeaser } from '../teaser.ts';
import { readsAsCutOffSentence, wordCount } from '../text-shape.ts';
import { articleBeyond, cutShort, introducedList, listInArticle, PICTURE_SIGNAL } from './between.ts';
import { datelineLength, isDatelineAlone, labelShapedDateline } from '../../language/dateline.ts';
import type { Line } from './lines.ts';
import { deckAboveByline } from './page-head.ts';
import {
  ADDRESSES_READER,
  BRACKETED_ASIDE,
  CUT_WITH_ELLIPSIS,
  LINK_ARROW,
  outletMatcher,
  PAGE_FURNITURE,
  POINTS_TO_LINK,
  POST_SIGNATURE,
  quotesPassage,
  quotesSomeone,
  unquoted,
} from './page-voice.ts';
import {
  articleShaped,
  listItem,
  longProseUnfinished,
  mainProseRun,
  proseRuns,
  proseWords,
  readsAsProse,
  restatedInRun,
} from './prose-run.ts';
import { carriesCredit, creditAbove, type CreditsBeside, datedToTheDay, isCredit, PICTURE_VERBS, REPORTING } from './pictures.ts';
import { copiesOf } from './printed-twice.ts';
import { summaryBoxItems } from './summary-box.ts';
import { doubled, normalised, repeatsOf } from './repetition.ts';
import { FEW_IN_OTHER_VERSIONS, strandedProse } from './stranded.ts';
import { LOCAL_THRESHOLDS, type Support } from './support.ts';

export interface LineVerdict {
  line: Line;
  chrome: boolean;
  score: number;
  signals: string[];
  /** The reader-facing reason when removed. */
  reason: string;
  /** The signals that moved the score, by their key in `SIGNAL_WEIGHTS` (in the order they were added): for eval's `--signals`. */
  features: SignalKey[];
  /** Kept whatever the score says: a finished paragraph another version matches, or the sentence a cut-off capture stops in. */
  safe: boolean;
}

export interface JudgeContext {
  lines: readonly Line[];
  /** Support from the other versions, per line; undefined in a one-version story. */
  support: readonly Support[] | undefined;
  /** Whether the capture stops right after this line (a page cut off mid-sentence). */
  endsCapture: (line: Line) => boolean;
  /** Picture credits the rules removed beside the lines (none known when absent). */
  credits?: CreditsBeside | undefined;
  /** The line that is the version's own headline, found below the top (-1 for none): the article starts under it. */
  headline?: number | undefined;
  /** The rules removed the page's byline, date or timestamp between each line and the next (none known when absent). */
  whoWhenBelow?: readonly boolean[] | undefined;
  /** The version's outlet as story.yaml names it: a line naming it is the page speaking of itself. */
  outlet?: string | undefined;
  /** The headline the rules removed: a line holding it whole is a teaser or card, not a paragraph. */
  title?: string | undefined;
  /** The signals' weights (default `SIGNAL_WEIGHTS`); eval's weight fit tries others. */
  weights?: SignalWeights | undefined;
}

/** Local support at or above which a finished line is article text, whatever else it looks like. */
const [SIMILAR, MATCHING, SUPPORTED] = LOCAL_THRESHOLDS;

/**
 * The evidence each signal adds (log-odds; positive for chrome), and `prior`, where every line starts. A line is chrome
 * when the sum is above 0 (score above 0.5). These are hand-set weights, judged by eye on the
 * development samples. `npm run eval -- --fit <samples>` (eval/fit.ts; eval/README.md, "Judging the story-evidence
 * pass paragraph by paragraph") fits them leaving one sample out at a time: on samples A, B, D and E (480c936, issue 13) the
 * fitted weights beat these on no held-out sample (junk removed and article kept the same to three places), so these
 * stay. Most junk these keep has exactly the signals of some article paragraph: a new signal, not a weight, removes it.
 */
export const SIGNAL_WEIGHTS = {
  prior: -1,
  cutOff: -1,
  /** No sentence ending: a line in title case, however long. */
  noEndingTitleCase: 3,
  /** …a long run of prose with its function words (text the page cut short). */
  noEndingLongProse: 0.5,
  /** …an item of a list the article introduces, which another version reports too. */
  noEndingListItem: 1.5,
  /** …a label or headline of up to 12 words. */
  noEndingShort: 3,
  /** …anything longer. */
  noEndingLong: 2,
  prose: -1.5,
  sentence: -1,
  quotes: -1,
  upTo3Words: 1.5,
  upTo7Words: 0.5,
  from20Words: -1,
  fewFunctionWords: 0.7,
  /** Eight words or more and not one function word: another language (a post embedded as written), not the article's. */
  noFunctionWords: 4,
  capitalised: 1,
  inNoOtherVersion: 2,
  fewInOtherVersions: 0.8,
  matchingParagraph: -2,
  similarParagraph: -1,
  pictureCredit: 2,
  photoCaption: 4,
  belowCredit: 3,
  aboveDateline: 5,
  aboveHeadline: 5,
  speaksToReader: 2,
  pageFurniture: 2,
  linkArrow: 2,
  /** The page promising its story more: `Check back for updates.`, `More details to follow.` */
  updateNote: 4,
  pointsToLink: 2.5,
  bracketedAside: 2,
  shortQuestion: 3,
  describesPicture: 4,
  presentTense: 2,
  datelineAlone: 4,
  repeats: 5,
  /** The line is one run of words said twice or more (a caption or label doubled). */
  doubled: 4,
  /** All its words stand in a row inside a longer line of the version, or inside its headline. */
  copiedInLine: 3,
  /** Names the version's own outlet outside quotations and reporting (`updates from Valley Courier`). */
  namesOwnOutlet: 2,
  /** An unfinished line with a word run into `...` (a teaser the page cut short). */
  ellipsisTeaser: 2,
  /** A post embedded from a social network: its picture link or its signature (`— Name (@name) May 2, 2016`). */
  embeddedPost: 3,
  /** The line right above a post's signature standing alone (`— Name (@name) May 2, 2016`): the post's own text. */
  abovePostSignature: 4,
  /** A labelled link to another story, its label glued to the headline (`More:What next for the quay?`). */
  teaserLabel: 5,
  restated: 5,
  /** An item of a box of short finished lines under a label ending in a colon (`LATEST ON THE CLOSURE:`): the page's bullets. */
  summaryBox: 5,
  outsideProseRun: 1.5,
  datedToTheDay: 3,
  /** …and told in the present, as a caption describes the moment it shows (a report dated to the day tells of the past). */
  datedInPresent: 3,
  beforeFirstParagraph: 1,
  unfinishedRestatingAbove: 1,
  /** Long prose without a sentence ending above the article's first paragraph: a deck or a caption, not text cut short. */
  unfinishedProseAbove: 1,
  afterLastParagraph: 1,
  /** A lone paragraph of prose between lines of chrome, outside the span other versions report, little of it in them. */
  strandedProse: 2,
  betweenArticleParagraphs: -1,
  cutShortBetweenParagraphs: -3,
  listInArticle: -3,
  unfinishedBetweenParagraphs: 0.5,
  aboveByline: 5,
};

export type SignalKey = Exclude<keyof typeof SIGNAL_WEIGHTS, 'prior'>;
export type SignalWeights = Record<keyof typeof SIGNAL_WEIGHTS, number>;

/**
 * What a missing sentence ending says: much for a short label or headline, little for a long run of
 * prose the page cut short, and less for an item of a list the article introduces that another version reports
 * too (`2,300 roles worldwide`).
 */
function noEndingKind(lines: readonly Line[], index: number, support: Support | undefined): SignalKey {
  const line = lines[index]!;
  // A line in title case is a headline, however long (`Board Creates a Fund to Protect …`).
  if (line.capitalShare > 0.7) return 'noEndingTitleCase';
  if (longProseUnfinished(line)) return 'noEndingLongProse';
  // A list runs over neighbouring lines; a headline or subhead stands alone.
  const inList = [lines[index - 1], lines[index + 1]].some(
    (neighbour) => neighbour !== undefined && !neighbour.ends && neighbour.words >= 3,
  );
  // …inside the article, which introduces it (`Key points from the announcement:`): bullets above its first
  // paragraph are the page's summary, and a list no sentence leads into is a box of links to other stories.
  const firstProse = lines.findIndex(readsAsProse);
  if (firstProse >= 0 && index > firstProse && inList && support !== undefined && support.local >= SIMILAR && introducedList(lines, index))
    return 'noEndingListItem';
  return line.words <= 12 ? 'noEndingShort' : 'noEndingLong';
}

/** Signals that name a kind of chrome (a caption, a repeat, the page speaking): the line is that, not cut-off prose. */
const CHROME_OF_ITS_OWN = /picture|caption|repeat|speaks|link|aside|dateline/u;

/** Paragraphs of prose in a row that stand as the article's own, wherever they are. */
const OWN_RUN = 3;

/**
 * A post embedded from a social network: its signature, a handle then the day it was posted (`— Name (@name) May 2,
 * 2016`, the general signal), or one network's picture link (`pic.twitter.com/…`).
 */
const EMBEDDED_POST = new RegExp(String.raw`${POST_SIGNATURE}|pic\.twitter\.com\/`, 'u');

/** A post's signature alone on its line, its dash or not: the line above it is the post's text. */
const SIGNATURE_ALONE = new RegExp(String.raw`^[—–-]?\s*[^()]{1,60}${POST_SIGNATURE}$`, 'u');

/** Words a quotation runs to at most and still be a phrase or a message set in quotation marks, not someone speaking. */
const SHORT_QUOTATION = 4;

/**
 * Words from which a line without one function word is in another language: a shorter one may be a list of names, and
 * so may a longer one of short pieces between commas or semicolons (`Ana Ruvo, 34, deckhand; Pilar Osei, 52, …`).
 */
const NO_FUNCTION_WORDS = 8;
/** Words each piece of a list runs to at most (a name, an age, a role). */
const LIST_PIECE_WORDS = 3;

/** How far below a deck its copy inside the article may stand: the lede and the paragraphs after it. */
const DECK_COPY_BELOW = 4;

/** Paragraphs of prose a page sets above a label-shaped dateline (`Paris:`) at most: a deck, a standfirst. */
const MOST_PROSE_ABOVE_DATELINE = 2;

/** Words from which a paragraph of prose above the dateline is an introduction of the page's own, not a deck or teaser. */
const LONG_INTRODUCTION = 60;

/** A paragraph a dateline opens: the dateline, then a sentence of its own (not `Enlargement : Illustration 1`). */
function opensWithDateline(line: Line): boolean {
  const length = datelineLength(line.text);
  return length > 0 && line.text.slice(length).split(/\s+/u).length >= 8;
}

export function judgeLines(context: JudgeContext): LineVerdict[] {
  const { lines, support } = context;
  const weights = context.weights ?? SIGNAL_WEIGHTS;
  // The article starts at its dateline: what stands above it is headline, deck, byline, pictures and teasers. A dateline
  // shaped like a label (`Paris:`) opens the article only below a paragraph or two of prose (a deck): below more, a
  // `Label:` opening a line (`Comment: …`) is inside the article. A dash, a wire or a region is a dateline whatever is above.
  const datelineAt = lines.slice(0, 8).findIndex(opensWithDateline);
  const proseAbove = lines.slice(0, Math.max(datelineAt, 0)).filter(readsAsProse).length;
  const labelShaped = datelineAt >= 0 && labelShapedDateline(lines[datelineAt]!.text.slice(0, datelineLength(lines[datelineAt]!.text)));
  const datelined = proseAbove <= MOST_PROSE_ABOVE_DATELINE || !labelShaped ? datelineAt : -1;
  // A paragraph of prose above the page's byline or date, before the lede: a deck.
  const deck = deckAboveByline(lines, lines.findIndex(readsAsProse), context.whoWhenBelow ?? []);
  const norms = lines.map(normalised);
  const runs = proseRuns(lines);
  const run = mainProseRun(lines, runs);
  // Three paragraphs of prose in a row are the article's, however a caption box cuts them from the longest run: a
  // teaser's lede or a card is one or two.
  const inOtherRun = (i: number): boolean => runs.some((other) => other.length >= OWN_RUN && other.start <= i && i <= other.end);
  // A paragraph the page put above the article too (a deck copying it, above the dateline) is the article's
  // own where the article says it: the copy above goes as restated, not this one as a repeat.
  const head = Math.max(datelined, run.start);
  const insideArticle = (i: number): boolean => i >= head && i <= run.end && articleShaped(lines[i]!);
  // …and so is a paragraph printed first as a deck above the lede (the first paragraph another version matches) and again
  // a few paragraphs below it, however the two copies differ in hyphens or punctuation.
  const lede = support?.findIndex((s) => s.local >= MATCHING) ?? -1;
  const deckCopy = (earlier: number, i: number): boolean => earlier < lede && lede < i && i - earlier <= DECK_COPY_BELOW;
  const repeats = repeatsOf(lines, norms).map((earlier, i) =>
    earlier >= 0 && (earlier < head || deckCopy(earlier, i)) && insideArticle(i) ? -1 : earlier,
  );
  const inRun = (k: number): boolean => k >= run.start && k <= run.end;
  const copies = copiesOf(lines, norms, context.title, insideArticle, inRun);
  const ownOutlet = outletMatcher(context.outlet);
  const boxItems = summaryBoxItems(lines, run);
  // The capture stops inside line `k`: no sentence ending, the capture's end, and no copy of an earlier paragraph (a copy
  // cut short there is the copy, not the sentence the article stops in).
  const stopsIn = (k: number): boolean =>
    repeats[k]! < 0 && !lines[k]!.ends && context.endsCapture(lines[k]!) && /[\p{L}\p{N},]$/u.test(lines[k]!.text);
  // A line in another language stands out only in a version in English: a version written in another one is all such lines.
  const inEnglish = readsAsEnglish(lines.map((line) => line.text).join('\n')).english;
  const evidence = lines.map((line, i) => {
    const signals: string[] = [];
    const features: SignalKey[] = [];
    let logOdds = weights.prior;
    const add = (key: SignalKey, signal: string): void => {
      logOdds += weights[key];
      signals.push(signal);
      features.push(key);
    };
    // Cut off: the capture stops inside a sentence (`… refused to sh`), not after a label (`Most Read`).
    const cutOff = stopsIn(i) && readsAsCutOffSentence(line.text);
    if (cutOff) add('cutOff', 'cut off where the capture ends');
    // A long run of prose without a full stop is text the page cut short, not a label.
    else if (!line.ends) add(noEndingKind(lines, i, support?.[i]), 'no sentence ending');
    const prose = readsAsProse(line);
    if (prose) add('prose', 'reads as prose');
    else if (line.ends && proseWords(line, 3) && /^["“‘']?[\p{Lu}]/u.test(line.text)) add('sentence', 'reads as a sentence');
    if (line.words >= 6 && quotesSomeone(line)) add('quotes', 'quotes someone');
    if (line.words <= 3) add('upTo3Words', `${line.words} word${line.words === 1 ? '' : 's'}`);
    else if (line.words <= 7) add('upTo7Words', `${line.words} words`);
    else if (line.words >= 20) add('from20Words', `${line.words} words`);
    const listOfShortPieces = line.text.split(/[,;]/u).every((piece) => wordCount(piece) <= LIST_PIECE_WORDS);
    if (line.words >= NO_FUNCTION_WORDS && line.functionShare === 0 && !listOfShortPieces && inEnglish)
      add('noFunctionWords', 'not one function word (another language)');
    else if (line.words >= 4 && line.functionShare < 0.15) add('fewFunctionWords', 'few function words');
    if (line.words >= 3 && line.capitalShare > 0.7) add('capitalised', 'mostly capitalised words');
    // A subhead's question (`Who runs the harbour now?`) reports nothing: the paragraph answering it shares its words, so
    // no paragraph of another version supports it (a quoted question is the article's).
    const subheadQuestion = line.words <= 8 && /\?$/u.test(line.text) && !/["“”‘’']/u.test(line.text);
    const shared = support?.[i];
    const s = shared && subheadQuestion ? { ...shared, local: 0 } : shared;
    if (s) {
      if (s.story < 0.15) add('inNoOtherVersion', 'appears in no other version');
      else if (s.story < FEW_IN_OTHER_VERSIONS) add('fewInOtherVersions', `${Math.round(s.story * 100)}% of its words in other versions`);
      if (s.local >= MATCHING) add('matchingParagraph', 'another version has a matching paragraph');
      else if (s.local >= SIMILAR) add('similarParagraph', 'another version has a similar paragraph');
    }
    if (isCredit(line)) add('pictureCredit', 'a picture credit');
    // A caption sits above its credit (or carries it); a line below a credit is often the article's own.
    const creditFollows = context.credits?.above[i] === true;
    if (carriesCredit(line) || creditFollows || (line.ends && isCredit(lines[i + 1] ?? line)))
      add('photoCaption', 'a photo caption (beside a picture credit)');
    else if (!line.ends && !cutOff && line.words <= 30 && (context.credits?.below[i] === true || (i > 0 && creditAbove(lines[i - 1]!))))
      add('belowCredit', 'below a picture credit, without a sentence ending');
    if (i === deck) add('aboveByline', 'above the page’s byline or date, before the lede (a deck)');
    // …but a long paragraph of prose above it is a writer's own introduction to a report they quote, not a teaser or deck.
    if (i < datelined && !(prose && line.words >= LONG_INTRODUCTION)) add('aboveDateline', 'above the dateline');
    else if (i < (context.headline ?? -1)) add('aboveHeadline', 'above the version’s headline');
    const plain = unquoted(line.text);
    const toReader = ADDRESSES_READER.test(plain);
    if (toReader) add('speaksToReader', 'speaks to the reader');
    // …or of its comments and sign-ups, in words no other version has (a report on subscribers shares the story's names),
    // or in any words when it also speaks to the reader (`to comment you must sign in`: a gate under every article).
    if (PAGE_FURNITURE.test(plain) && (toReader || (s !== undefined && s.story < 0.15)))
      add('pageFurniture', 'speaks of the page’s comments or sign-ups');
    if (promisesUpdate(plain)) add('updateNote', 'promises the story more (“check back for updates”)');
    if (LINK_ARROW.test(line.text)) add('linkArrow', 'a link (arrow marks)');
    if (POINTS_TO_LINK.test(plain)) add('pointsToLink', 'points to a link (“… here”)');
    if (BRACKETED_ASIDE.test(line.text) && line.words <= 8) add('bracketedAside', 'a short aside in brackets');
    // `Who takes over now?` alone between paragraphs: a subhead asks, a report answers (a quoted question is the article's).
    if (subheadQuestion) add('shortQuestion', 'a short question standing alone (a subhead)');
    if (PICTURE_VERBS.test(plain) && !REPORTING.test(line.text)) {
      add('describesPicture', 'describes a picture as it is seen');
      // A report tells of what happened; a caption of the moment it shows.
      if (!tellsOfThePast(line.text)) add('presentTense', 'in the present tense, as a caption is');
    }
    if (isDatelineAlone(line.text)) add('datelineAlone', 'a dateline on its own line');
    if (repeats[i]! >= 0) add('repeats', `repeats paragraph ${repeats[i]! + 1}`);
    if (doubled(norms[i]!)) add('doubled', 'the same words twice over (a caption or label printed twice)');
    else if (copies[i]! >= 0 && repeats[i]! < 0)
      add(
        'copiedInLine',
        copies[i]! < lines.length ? `printed again inside paragraph ${copies[i]! + 1}` : 'printed again inside the headline',
      );
    const afterDateline = plain.slice(datelineLength(plain));
    if (ownOutlet?.test(afterDateline) === true && !REPORTING.test(afterDateline) && (s === undefined || s.local < SIMILAR))
      add('namesOwnOutlet', 'names the page’s own outlet');
    if (!line.ends && CUT_WITH_ELLIPSIS.test(plain)) add('ellipsisTeaser', 'a teaser cut short with “...”');
    if (EMBEDDED_POST.test(line.text)) add('embeddedPost', 'a post embedded from a social network');
    // …and its text above its signature (a line leading into it with a colon is the article's: `The club wrote:`).
    else if (!line.text.endsWith(':') && SIGNATURE_ALONE.test(lines[i + 1]?.text ?? ''))
      add('abovePostSignature', 'the text of a post embedded from a social network, above its signature');
    // The rules' teaser label read on the whole line: glued to its headline (`More:What next…`), the rules' pieces split it.
    if (matchTeaser(line.text) !== undefined) add('teaserLabel', 'a labelled link to another story (“More: …”)');
    // A deck, standfirst or summary bullet: a paragraph at the head of the article says it again, in its own words or the same.
    // (A paragraph of prose said twice word for word is a repeat: the later copy goes, not this one.)
    const restatement = restatedInRun(lines, i, run);
    const restated = restatement >= 0 && !(repeats[restatement] === i && articleShaped(line)) ? restatement : -1;
    if (restated >= 0) add('restated', `restated by paragraph ${restated + 1} of this version (a deck or summary)`);
    if (boxItems[i]) add('summaryBox', 'an item of a box of short lines under a label (the page’s summary)');
    // Prose away from the version's main run of prose: a teaser's lede, a link card, a summary above the article.
    if (prose && run.length >= 3 && (i < run.start || i > run.end) && !inOtherRun(i))
      add('outsideProseRun', 'outside the version’s main run of prose');
    // (A caption may quote a banner or a phrase, `"No plan B"`: a quoted passage is someone speaking, as in a report.)
    if (line.ends && datedToTheDay(line.text) && !REPORTING.test(line.text) && !quotesPassage(line, SHORT_QUOTATION)) {
      add('datedToTheDay', 'describes a picture, dated to the day');
      // A report dated to the day tells of the past (`the quay reopened on May 4, 2019`); a caption of the moment it shows.
      if (!features.includes('presentTense') && !tellsOfThePast(line.text))
        add('datedInPresent', 'dated to the day in the present tense, as a caption is');
    }
    return {
      logOdds,
      signals,
      features,
      prose,
      cutOff,
      reported: s !== undefined && s.local >= SIMILAR,
      // A caption touching the credit the rules found is no paragraph, whatever another version says of its names; a
      // paragraph the article says again below it (a deck) leaves nothing out when it goes.
      supported:
        s !== undefined &&
        s.local >= SUPPORTED &&
        line.ends &&
        repeats[i]! < 0 &&
        restated < 0 &&
        !boxItems[i] &&
        i >= datelined &&
        !creditFollows &&
        i !== deck,
    };
  });
  // Chrome sits in runs before the article's first paragraph and after its last one. These anchors are paragraphs the
  // judge already takes for article text (not a shape): a finished line of eight words or more, function words or not.
  const anchors = evidence.flatMap((e, i) => (e.logOdds < 0 && lines[i]!.words >= 8 && lines[i]!.ends ? [i] : []));
  const first = anchors[0] ?? lines.length;
  // A capture cut off mid-sentence has no page end: nothing after the last paragraph is trailer.
  const cut = lines.length > 0 && stopsIn(lines.length - 1);
  const last = cut ? lines.length : (anchors[anchors.length - 1] ?? -1);
  // Read in line order by the verdicts below, each line after the lines above it received their position signals.
  const strandedOutsideStory = strandedProse(lines, evidence, support);
  // An article paragraph at `j`, or past a run of finished sentences from `j` on (walking by `step`).
  const articleBeyondSentences = (j: number, step: number): boolean => articleBeyond(evidence, j, step, (k) => lines[k]!.ends);
  const verdicts = lines.map((line, i) => {
    const e = evidence[i]!;
    const add = (key: SignalKey, signal: string): void => {
      e.logOdds += weights[key];
      e.signals.push(signal);
      e.features.push(key);
    };
    // Prose is never judged by where it stands (a version's own last sentence is still the article's), but for a lone
    // paragraph set between lines of chrome outside the span the other versions support: another story's teaser or a
    // card's lede under its headline, a plea for support between its buttons.
    if (e.prose) {
      if (strandedOutsideStory(i)) add('strandedProse', 'a lone paragraph between page chrome, outside what other versions report');
    } else if (i < first) {
      add('beforeFirstParagraph', 'before the article’s first paragraph');
      // Unfinished above the article and saying what the other versions report: a headline or deck does just that.
      if (!line.ends && e.reported && line.words <= 25)
        add('unfinishedRestatingAbove', 'an unfinished line restating the story above its first paragraph (a headline or deck)');
      // Long prose without a full stop reads as text the page cut short, but a page cuts its end, not its head: above the
      // first paragraph, in a headline's or caption's tense, it is a deck or a caption (a lede that lost its full stop
      // tells of the past).
      else if (e.features.includes('noEndingLongProse') && !e.cutOff && inHeadlineTense(line.text))
        add('unfinishedProseAbove', 'long prose without a sentence ending above the first paragraph (a deck or caption)');
    } else if (i > last) {
      add('afterLastParagraph', 'after the article’s last paragraph');
    } else if (line.ends && articleBeyondSentences(i - 1, -1) && articleBeyondSentences(i + 1, 1)) {
      // A finished sentence with article paragraphs on both sides is the article's own, however short, and so is a run
      // of them (`Read that again.` / `Then once more.` after the lede).
      add('betweenArticleParagraphs', 'between two article paragraphs');
    } else if (!line.ends && cutShort(line) && !e.signals.some((signal) => CHROME_OF_ITS_OWN.test(signal))) {
      // Pictures aside, article paragraphs on both sides: the page cut this one short.
      const article = (j: number, step: number): boolean =>
        articleBeyond(evidence, j, step, (k) => evidence[k]!.signals.some((signal) => PICTURE_SIGNAL.test(signal)));
      if (article(i - 1, -1) && article(i + 1, 1))
        add('cutShortBetweenParagraphs', 'prose the page cut off mid-sentence, between two article paragraphs');
    } else if (!line.ends && line.words >= 3 && listInArticle(lines, evidence, i)) {
      add('listInArticle', 'an item of a list an article paragraph leads into, before the next one');
    } else if (
      !line.ends &&
      !listItem(line) &&
      (evidence[i - 1]?.logOdds ?? 0) < 0 &&
      (evidence[i + 1]?.logOdds ?? 0) < 0 &&
      inHeadlineTense(line.text)
    ) {
      // A line without a sentence ending right between two article paragraphs, in a headline's present tense: a subhead or
      // a teaser's headline (a report that lost its full stop tells of the past).
      add('unfinishedBetweenParagraphs', 'an unfinished line between two article paragraphs (a subhead or link)');
    }
    const score = 1 / (1 + Math.exp(-e.logOdds));
    // The sentence a cut-off capture stops in carries on from the article's last kept paragraph, past any post the article
    // embeds. (A copy of an earlier paragraph the capture cut short does not carry on from anything.)
    let above = i - 1;
    while (above > 0 && evidence[above]!.features.includes('embeddedPost')) above--;
    // Right after a post, whatever the capture stops in is the article resuming (`… (@name) May 2, 2016 The cre`).
    const cutOffAfterArticle =
      i === lines.length - 1 &&
      (e.cutOff || (cut && above < i - 1)) &&
      above >= 0 &&
      evidence[above]!.logOdds < 0 &&
      /^["“‘']?[\p{Lu}\p{N}]/u.test(line.text);
    const chrome = score > 0.5 && !e.supported && !cutOffAfterArticle;
    return {
      line,
      chrome,
      score: Math.round(score * 100) / 100,
      signals: e.signals,
      features: e.features,
      safe: e.supported || cutOffAfterArticle,
      reason: reasonFor(line, e.signals, i < first),
    };
  });
  // Never leave a version empty: when every line looks like chrome, the likeliest article lines stay.
  if (verdicts.length > 0 && verdicts.every((verdict) => verdict.chrome)) {
    const lowest = Math.min(...verdicts.map((verdict) => verdict.score));
    for (const verdict of verdicts) if (verdict.score === lowest) verdict.chrome = false;
  }
  return verdicts;
}

function reasonFor(line: Line, signals: readonly string[], beforeArticle: boolean): string {
  if (signals.some((signal) => signal.startsWith('repeat'))) return 'repeated paragraph';
  if (signals.some((signal) => signal.startsWith('printed again') || signal.startsWith('the same words twice')))
    return 'text the page printed twice';
  if (signals.some((signal) => signal.startsWith('a photo caption') || signal.startsWith('below a picture credit'))) return 'photo caption';
  if (signals.includes('a picture credit')) return 'photo credit';
  if (!line.ends && beforeArticle && line.words >= 3) return 'headline or label above the article';
  if (!line.ends) return line.words <= 12 ? 'heading, label or link text' : 'text without a sentence ending';
  if (signals.some((signal) => signal.startsWith('restated by paragraph'))) return 'deck or summary (the article says it again below)';
  if (signals.some((signal) => signal.startsWith('above the page’s byline'))) return 'deck (above the byline or date, before the lede)';
  if (signals.includes('appears in no other version')) return 'not part of the story (no other version has it)';
  return 'page text around the article';
}
