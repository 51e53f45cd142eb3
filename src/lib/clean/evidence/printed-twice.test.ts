// The page-chrome signals adopted on unseen-sample evidence (issue 13): a line said twice over, a line printed
// again inside a longer one or the headline, a line naming the page's own outlet, a teaser cut with `...`, an
// embedded social post, and a comments gate speaking to the reader; and a long introduction above a quoted report's
// dateline, which stays. Each story is invented; each signal's test also runs the pass with that signal's weight at 0,
// to show that the signal, not the others, removes the line.
import { describe, expect, it } from 'vitest';
import { mapOriginal } from '../../text/mapped-text.ts';
import { siftStory } from './index.ts';
import { SIGNAL_WEIGHTS, type SignalWeights } from './judge.ts';
import { outletMatcher } from './page-voice.ts';
import { containedIn, doubled } from './repetition.ts';

const wire = [
  'TARNFORD (Coastline Press) — Engineers closed the Harrowgate bridge on Tuesday after a crack was found in a steel ' +
    'girder of its main span.',
  'About 18,000 vehicles cross the bridge each day, the county roads office said.',
  '"We will not reopen it until every girder has been checked," said county engineer Pilar Osei.',
  'Drivers face a detour of 14 miles through Wenby while repairs are made.',
  'The bridge will stay shut until March at the earliest.',
].join('\n');

const lede = 'Engineers shut the Harrowgate bridge on Tuesday after finding a crack in a girder of the main span.';
const daily = 'Around 18,000 vehicles use the crossing daily, according to the county.';
const detour = 'Drivers now face a 14-mile detour through Wenby until repairs are finished.';
const until = 'The bridge will stay shut until March at the earliest, the county said.';

interface Page {
  lines: string[];
  outlet?: string | undefined;
  title?: string;
}

/** The lines the pass removes from the page (the wire copy beside it), with the weights given. */
function removed(page: Page, weights: SignalWeights = SIGNAL_WEIGHTS): string[] {
  const text = page.lines.join('\n');
  const found = page.title === undefined ? {} : { title: page.title };
  const [, result] = siftStory(
    [
      { body: mapOriginal(wire), found: {} },
      { body: mapOriginal(text), found, outlet: page.outlet },
    ],
    { weights },
  );
  return result!.edits.filter((edit) => edit.replacement === '').map((edit) => text.slice(edit.start, edit.end));
}

/** The same, with one signal's weight at 0. */
function removedWithout(key: keyof SignalWeights, page: Page): string[] {
  return removed(page, { ...SIGNAL_WEIGHTS, [key]: 0 });
}

describe('a line that is one run of words said twice over', () => {
  const caption = 'Engineers inspect the cracked girder on Tuesday. Engineers inspect the cracked girder on Tuesday.';
  const page = { lines: [lede, caption, daily, detour, until] };
  it('goes as text the page printed twice', () => {
    expect(removed(page)).toEqual([caption]);
    expect(removedWithout('doubled', page)).toEqual([]);
    const [, result] = siftStory([
      { body: mapOriginal(wire), found: {} },
      { body: mapOriginal(page.lines.join('\n')), found: {} },
    ]);
    expect(result!.edits[0]!.reason).toBe('text the page printed twice');
    expect(result!.edits[0]!.signals).toContain('the same words twice over (a caption or label printed twice)');
  });
  it('is read on whole runs of three words or more', () => {
    expect(doubled('crews at the quay crews at the quay')).toBe(true);
    expect(doubled('crews at the quay crews at the quay crews at the quay')).toBe(true);
    expect(doubled('crews at the quay crews at the pier')).toBe(false);
    expect(doubled('very very')).toBe(false);
    expect(doubled('no no no no')).toBe(false);
  });
});

describe('a line printed again inside a longer line or the headline', () => {
  const copy = 'The crack was found in a steel girder of the main span on Tuesday';
  it('goes when the headline holds all its words in a row', () => {
    const page = { lines: [lede, daily, copy, detour, until], title: `Harrowgate bridge shut: ${copy}, engineers say` };
    expect(removed(page)).toEqual([copy]);
    expect(removedWithout('copiedInLine', page)).toEqual([]);
    expect(removed({ ...page, title: 'Harrowgate bridge shut for the winter' })).toEqual([]);
  });
  it('stays when it is a short paragraph of the article that a longer article paragraph repeats', () => {
    const longer = 'Osei said crews will work through the night on the girder until the end of the month.';
    for (const short of ['Crews will work through the night on the girder.', 'Crews will work through the night.'])
      expect(removed({ lines: [lede, daily, short, detour, longer] })).toEqual([]);
  });
  it('stays when a long paragraph whose full stop the page lost holds it (widgets glued to its end)', () => {
    const short = 'Crews will work through the night on the girder.';
    const glued =
      'Osei said the bridge will reopen in March and crews will work through the night on the girder until then ' + 'ShareSave Most Read';
    expect(removed({ lines: [lede, daily, detour, until, glued, short] })).toEqual([]);
  });
  it('finds the longer line holding the words of one of six words or more', () => {
    const norms = ['crews at the quay on monday', 'photos crews at the quay on monday and the harbour', 'crews at the quay'];
    expect(containedIn(norms)).toEqual([1, -1, -1]);
    expect(containedIn(['the harbour board met on monday'], ['harbour news the harbour board met on monday night'])).toEqual([1]);
    // The same words again are a repeat, not a copy.
    expect(containedIn(['crews at the quay on monday', 'crews at the quay on monday'])).toEqual([-1, -1]);
  });
});

describe('a line naming the page’s own outlet', () => {
  const self = 'Valley Courier has covered the county’s roads and bridges for over forty years.';
  it('goes when it names the outlet story.yaml gives, as written or in capitals', () => {
    const page = { lines: [lede, daily, detour, self, until], outlet: 'The Valley Courier' };
    expect(removed(page)).toEqual([self]);
    expect(removedWithout('namesOwnOutlet', page)).toEqual([]);
    expect(removed({ ...page, outlet: 'Tarnford Herald' })).toEqual([]);
    expect(removed({ ...page, outlet: undefined })).toEqual([]);
    // story.yaml may describe the outlet in brackets: the name is what stands before them.
    expect(removed({ ...page, outlet: 'The Valley Courier (Tarnford weekly)' })).toEqual([self]);
  });
  it('stays when the article reports what the outlet said, or quotes someone naming it', () => {
    const reporting = 'The Valley Courier reported in May that an inspection of the girders had been delayed.';
    const quoted = '"Valley Courier readers asked about this for months," Osei wrote in a letter to the county.';
    expect(removed({ lines: [lede, daily, reporting, quoted, detour, until], outlet: 'Valley Courier' })).toEqual([]);
  });
  it('stays when a common word in lower case spells the outlet’s name', () => {
    const independent = 'An independent review of the county’s other river crossings will follow next year.';
    const opening = 'Independent engineers will review the other river crossings of the county next year.';
    expect(removed({ lines: [lede, daily, independent, opening, detour, until], outlet: 'The Independent' })).toEqual([]);
    const matcher = outletMatcher('The Independent')!;
    expect(matcher.test('an independent engineer')).toBe(false);
    expect(matcher.test('Sign up to The Independent')).toBe(true);
    expect(matcher.test('© INDEPENDENT 2025')).toBe(true);
    expect(matcher.test('Independently')).toBe(false);
    expect(matcher.test('Independent engineers met. Independent reviewers too.')).toBe(false);
    expect(matcher.test('"Independent," she said')).toBe(false);
    expect(outletMatcher('Valley Courier')!.test('Valley Courier has covered the county')).toBe(true);
    expect(outletMatcher('AB')).toBeUndefined();
  });
});

describe('a teaser the page cut short with “...”', () => {
  const teaser = 'Wenby braces for months of traffic as drivers face a detour of 14 miles... Read more';
  it('goes after the article', () => {
    const page = { lines: [lede, daily, until, teaser, ''] };
    expect(removed(page)).toEqual([teaser]);
    expect(removedWithout('ellipsisTeaser', page)).toEqual([]);
  });
  it('is not a quotation that trails off inside a finished sentence', () => {
    const trails = '"We waited... Then we waited some more," a driver in Wenby wrote of the queues at the detour.';
    expect(removed({ lines: [lede, daily, trails, until, ''] })).toEqual([]);
  });
});

describe('a post embedded from a social network', () => {
  const linked = 'About 18,000 vehicles cross the bridge each day, the county roads office said pic.twitter.com/x7Hq2Lm';
  const signed =
    'About 18,000 vehicles cross the bridge each day, the county roads office said. — Tarnford Roads (@tarnfordroads) March 4, 2025';
  it('goes by its picture link or its signature, though it says what the story says', () => {
    const page = { lines: [lede, daily, linked, detour, signed, until] };
    expect(removed(page)).toEqual([linked, signed]);
    expect(removedWithout('embeddedPost', page)).toEqual([]);
  });
  it('is not a sentence naming an account', () => {
    const account = 'The county posted the detour map for drivers on its account @tarnfordroads on Tuesday.';
    expect(removed({ lines: [lede, daily, account, detour, until] })).toEqual([]);
  });
  it('is signed with a month, in full or short, not with any capitalised word', () => {
    const short = 'Crews will close the bridge again overnight for the girder works. — Tarnford Roads (@tarnfordroads) Sept. 29, 2025';
    expect(removed({ lines: [lede, daily, short, detour, until] })).toEqual([short]);
    const handle = 'Drivers can see the map from the roads office (@tarnfordroads) Gate 4, 1500 metres from the bridge.';
    expect(removed({ lines: [lede, daily, handle, detour, until] })).toEqual([]);
  });
});

describe('a gate to the page’s comments, speaking to the reader', () => {
  const gate = 'To leave comments on the Harrowgate bridge story you must sign in as a verified reader of the county edition.';
  it('goes though other versions share its words', () => {
    const page = { lines: [lede, daily, gate, detour, until] };
    expect(removed(page)).toEqual([gate]);
    expect(removedWithout('pageFurniture', page)).toEqual([]);
  });
  it('is not a report of comments the county asked for', () => {
    const asked = 'Residents can send comments on the Harrowgate bridge detour to the county roads office until March.';
    expect(removed({ lines: [lede, daily, asked, detour, until] })).toEqual([]);
  });
});

describe('a writer’s long introduction above a report they quote', () => {
  const quoted = [
    'TARNFORD — Engineers closed the Harrowgate bridge on Tuesday after a crack was found in a girder of its main span.',
    daily,
    detour,
    until,
  ];
  it('stays above the quoted dateline (which goes, as a dateline does): a teaser or deck there is shorter', () => {
    const intro =
      'Word came this afternoon that the old crossing I drive over twice a week is shut, and nobody in my street is ' +
      'surprised. People here have written to the council about rust on that span for years, and the replies always ' +
      'promised a survey soon. Now a crack has turned up, the traffic is pouring through our lanes, and the questions ' +
      'about who ignored the warnings are only starting to be asked.';
    expect(removed({ lines: [intro, ...quoted] })).toEqual(['TARNFORD —']);
  });
  it('does not keep a short teaser there', () => {
    const teaser = 'Read our guide to every closed crossing in the county this winter, with maps of each detour.';
    expect(removed({ lines: [teaser, ...quoted] })).toEqual([teaser, 'TARNFORD —']);
  });
});
