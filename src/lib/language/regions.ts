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
