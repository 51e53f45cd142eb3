/**
 * Units of measure as news writes them: glued to a figure (`190kph`, `30km`, `1.7mph`) or spelled out
 * (`25 kilometres`, `13,000 miles per hour`). One key per unit, so two outlets giving one quantity in
 * two spellings of its unit count the same thing, and a changed figure is seen as one. A closed class:
 * units of distance (a light-year too), speed, weight, area and energy, not currencies (figures read those apart).
 */

/** Unit key → its spellings, lower case (a figure's glued form first). */
const UNIT_SPELLINGS: Readonly<Record<string, readonly string[]>> = {
  km: ['km', 'kms', 'kilometre', 'kilometres', 'kilometer', 'kilometers'],
  mile: ['mi', 'mile', 'miles'],
  m: ['metre', 'metres', 'meter', 'meters'],
  cm: ['cm', 'centimetre', 'centimetres', 'centimeter', 'centimeters'],
  mm: ['mm', 'millimetre', 'millimetres', 'millimeter', 'millimeters'],
  ft: ['ft', 'foot', 'feet'],
  kph: ['kph', 'kmh', 'km/h', 'kmph'],
  mph: ['mph'],
  kg: ['kg', 'kgs', 'kilogram', 'kilograms', 'kilogramme', 'kilogrammes', 'kilo', 'kilos'],
  lb: ['lb', 'lbs'],
  tonne: ['tonne', 'tonnes', 'ton', 'tons'],
  ha: ['ha', 'hectare', 'hectares'],
  acre: ['acre', 'acres'],
  mw: ['mw', 'megawatt', 'megawatts'],
  kw: ['kw', 'kilowatt', 'kilowatts'],
  gw: ['gw', 'gigawatt', 'gigawatts'],
  kwh: ['kwh', 'kilowatt-hour', 'kilowatt-hours'],
  'light-year': ['light-year', 'light-years', 'lightyear', 'lightyears'],
};

const KEY_OF = new Map<string, string>(Object.entries(UNIT_SPELLINGS).flatMap(([key, spellings]) => spellings.map((s) => [s, key])));

/**
 * Units written glued to digits (`190kph`, `30km`): short forms only, longest first. Not `m` or `k`,
 * which glued to a figure are millions and thousands (`£30m`, `5k`).
 */
export const GLUED_UNIT = [...KEY_OF.keys()]
  .filter((spelling) => /^[a-z]{2,4}$/u.test(spelling) && !/^(?:mile|foot|feet|acre|kilo|ton|tons)$/u.test(spelling))
  .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
  .join('|');

/** The key of a unit's spelling (`kilometres` → `km`, `kph` → `kph`), or undefined when it is no unit. */
export function unitKey(word: string): string | undefined {
  return KEY_OF.get(word.toLowerCase());
}
