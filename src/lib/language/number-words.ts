/** English number words: what each spelled-out number is worth, and the regex parts built from them. */

/** Spelled-out cardinals: zero to nineteen, then the tens. */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};

/** Words that multiply a figure (`two hundred`, `£3 million`), then their short forms after digits (`5k`, `£3bn`). */
export const SCALE_WORDS: Readonly<Record<string, number>> = {
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  k: 1e3,
  m: 1e6,
  mn: 1e6,
  bn: 1e9,
  tn: 1e12,
};

/** `thousands of`, `dozens of`: an order of magnitude, not a count. */
export const VAGUE_PLURALS: Readonly<Record<string, number>> = {
  dozens: 12,
  scores: 20,
  hundreds: 100,
  thousands: 1e3,
  millions: 1e6,
  billions: 1e9,
};

/** Spelled-out ordinals: a place in an order (`the third`, `its second-largest`), never a count. */
export const ORDINAL_WORDS: Readonly<Record<string, number>> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
};

/** An ordinal word (`first` to `twelfth`). */
export const ORDINAL_WORD = `(?:${Object.keys(ORDINAL_WORDS).join('|')})`;

/**
 * Words that multiply what they stand before (`twice the speed limit`, `double what was planned`, `triple the
 * cost`): how many times.
 */
export const MULTIPLIER_WORDS: Readonly<Record<string, number>> = { twice: 2, thrice: 3, double: 2, triple: 3, treble: 3 };

/** A multiplier word (`twice`, `double`). */
export const MULTIPLIER_WORD = `(?:${Object.keys(MULTIPLIER_WORDS).join('|')})`;

/**
 * A fraction written after a whole number (`2½ hours`, `9 1/2 years`): its value, so `2½` reads as 2.5, not 2. Only
 * halves, thirds and quarters: a longer slash form (`24/7`, `3/8`) is a ratio or a date more often than a fraction.
 */
export const FRACTIONS: Readonly<Record<string, number>> = {
  '½': 0.5,
  '⅓': 1 / 3,
  '⅔': 2 / 3,
  '¼': 0.25,
  '¾': 0.75,
  '1/2': 0.5,
  '1/3': 1 / 3,
  '2/3': 2 / 3,
  '1/4': 0.25,
  '3/4': 0.75,
};

const FRACTION_GLYPHS = Object.keys(FRACTIONS).filter((fraction) => !fraction.includes('/'));
const SLASH_FRACTIONS = Object.keys(FRACTIONS).filter((fraction) => fraction.includes('/'));

/** A fraction of `FRACTIONS` glued to the whole number before it (`2½`) or set off by one space in slash form (`9 1/2`). */
export const FRACTION_AFTER_DIGITS = String.raw`(?:[${FRACTION_GLYPHS.join('')}]|\s(?:${SLASH_FRACTIONS.join('|')})(?![\d/]))`;

/** A cardinal word, smaller before larger (`seven` is tried before `seventeen`; a word boundary after it decides). */
export const NUMBER_WORD = `(?:${Object.keys(NUMBER_WORDS).join('|')})`;

/** A scale word written out: `hundred` to `trillion`. */
export const SCALE_WORD = `(?:${Object.keys(SCALE_WORDS)
  .filter((word) => word.length > 2)
  .join('|')})`;
