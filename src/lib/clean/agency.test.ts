import { describe, expect, it } from 'vitest';
import { mapOriginal } from '../text/mapped-text.ts';
import { agencyKey, agencyNamed, creditedAgencyLine, PICTURE_AGENCIES } from './agency.ts';
import { siftStory } from './evidence/index.ts';
import { cleanVersion } from './index.ts';
import { matchPhotoCredit } from './photo-credit.ts';

const story = [
  'The harbour board suspended night ferry crossings on Monday after a hull inspection found corrosion on two vessels.',
  'About 1,200 passengers a week use the late crossings, the board said in a statement.',
  'Crossings are expected to resume in the spring once repairs are finished.',
].join('\n');

/** The agency the analysis finds for one invented page: the rules, then the story-evidence pass. */
function agencyOf(page: string): string | undefined {
  const cleaned = cleanVersion(mapOriginal(page), { format: 'txt' });
  const [sifted] = siftStory([cleaned]);
  return cleaned.found.agency ?? sifted!.found.agency;
}

describe('news agencies', () => {
  it('names a wire as the whole text, as written', () => {
    expect(agencyNamed('Associated Press')).toBe('Associated Press');
    expect(agencyNamed('(Agencies)')).toBe('Agencies');
    expect(agencyNamed('Glenmoor Evening Post')).toBeUndefined();
    expect(agencyNamed('Reuters reported')).toBeUndefined();
  });
  it('reads a credit line: labelled, bracketed, after a dash, or bare', () => {
    expect(['Source: Reuters.', '(Agencies)', '— AFP', 'With inputs from PTI', 'Associated Press'].map(creditedAgencyLine)).toEqual([
      'Reuters',
      'Agencies',
      'AFP',
      'PTI',
      'Associated Press',
    ]);
    expect(creditedAgencyLine('Source: the harbour board.')).toBeUndefined();
  });
  it('is the version’s agency from a credit line above the article, a dateline without brackets, or a wire under the byline', () => {
    expect(agencyOf(`Harbour board halts night ferries\nUpdated: 2025-10-20 09:31\n(Agencies)\n${story}`)).toBe('Agencies');
    expect(agencyOf(`Harbour board halts night ferries\n3 Mar 2025\n\nAP — ${story}`)).toBe('AP');
    expect(agencyOf(`Harbour board halts night ferries\nBy Ilse Brandt\nAssociated Press\n${story}`)).toBe('Associated Press');
    expect(agencyOf(`${story}\nSource: Reuters.`)).toBe('Reuters');
  });
  it('keys one agency’s names alike, and two agencies apart', () => {
    expect(['AP', 'The Associated Press', 'associated press '].map(agencyKey)).toEqual(['ap', 'ap', 'ap']);
    expect(['Agence France-Presse', 'AFP', 'Reuters', 'Northern Wire'].map(agencyKey)).toEqual(['afp', 'afp', 'reuters', 'northern wire']);
  });
  it('is never a picture’s credit', () => {
    expect(agencyOf(`Harbour board halts night ferries\nA ferry at the quay on Monday.\nReuters\n${story}`)).toBeUndefined();
  });
});

describe('one list of agency names for reports and pictures', () => {
  it('credits a picture to a wire by any of its names, and to a picture desk', () => {
    for (const credit of ['Mara Ode/The Associated Press', 'Ivo Brandt/Press Association', 'Oda Venn/Getty Images', 'Anadolu'])
      expect([credit, matchPhotoCredit(credit)?.rule]).toEqual([credit, 'photo-credit']);
  });
  it('never takes the generic report credit for a picture’s, nor a picture desk for a wire', () => {
    expect(PICTURE_AGENCIES.has('agencies')).toBe(false);
    expect(matchPhotoCredit('Agencies')).toBeUndefined();
    expect(agencyNamed('Getty Images')).toBeUndefined();
    expect([agencyNamed('PA Wire'), agencyKey('PA Wire'), agencyKey('Anadolu')]).toEqual(['PA Wire', 'pa', 'anadolu agency']);
  });
});
