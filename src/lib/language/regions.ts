/**
 * Nouns of a part of a country, singular and plural (`Dorrin province`, `the state of Tarn`, `two cities`):
 * a count given `in` one of them is a count for that part, not for the whole (facts' region scope).
 */
export const REGION_NOUNS: Readonly<Record<string, string>> = {
  province: 'provinces',
  region: 'regions',
  state: 'states',
  county: 'counties',
  district: 'districts',
  city: 'cities',
  town: 'towns',
  village: 'villages',
  prefecture: 'prefectures',
};

/**
 * Words that say a count is for the whole (`310 people across the country`, `in total`): beside a count given `in`
 * one part, the other scope of the same count.
 */
export const WHOLE_SCOPE = /\b(?:nationwide|countrywide|(?:across|throughout|in) the (?:country|nation)|in total|in all|overall)\b/iu;
