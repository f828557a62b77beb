// Character tests with an ASCII fast path. Unicode-property patterns (\p{L}, \p{Lu}) cost a
// page their compilation the first time they run; most news text never needs them.

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
const DIGIT = /\p{N}/u;

/** Code units of the character starting at i: 2 for a surrogate pair, else 1 (a lone surrogate too). */
export function widthAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return 1;
  const next = text.charCodeAt(i + 1);
  return next >= 0xdc00 && next <= 0xdfff ? 2 : 1;
}

/** The character starting at i. */
export const charAt = (text: string, i: number): string => text.slice(i, i + widthAt(text, i));

/** Accented Latin letters ("é", "ł", "ș"): every code point from À to ɏ but × and ÷. */
const isLatinLetterCode = (c: number): boolean => c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7;

export function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  if (isLatinLetterCode(c)) return true;
  // Curly quotes, dashes and other general punctuation, common in news: no letter among them.
  if (Number.isNaN(c) || (c >= 0x2000 && c <= 0x206f)) return false;
  return LETTER.test(charAt(text, i));
}

export function isUpperAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  // Latin-1: À to Þ are capitals (but ×), ß to ÿ are not.
  if (c >= 0xc0 && c <= 0xff) return c <= 0xde && c !== 0xd7;
  if (Number.isNaN(c) || (c >= 0x2000 && c <= 0x206f)) return false;
  return UPPER.test(charAt(text, i));
}

/** Starts with a capital letter ("Kremlin", "Élysée"). */
export const startsUpper = (w: string): boolean => isUpperAt(w, 0);

/** Capital letters only, two or more of them ("NATO", "ÖVP"); any other character fails. */
export function isAllCaps(w: string, min = 2): boolean {
  let n = 0;
  for (let i = 0; i < w.length; i += widthAt(w, i)) {
    if (!isUpperAt(w, i)) return false;
    n++;
  }
  return n >= min;
}

/** Exactly one capital letter ("F" of "John F. Kennedy"). */
export const isSingleCapital = (w: string): boolean => w.length > 0 && widthAt(w, 0) === w.length && isUpperAt(w, 0);

/** Letters joined by dots, at least two letters: "U.S", "e.g", "U.K" (the last dot is the next token). */
export function isDottedInitialism(w: string): boolean {
  let letters = 0;
  let i = 0;
  for (;;) {
    if (i >= w.length || !isLetterAt(w, i)) return false;
    i += widthAt(w, i);
    letters++;
    if (i === w.length) return letters >= 2;
    if (w[i] !== '.') return false;
    i++;
  }
}

// The tokeniser's character classes: its hottest loop, so each has fast paths for the
// characters news text is made of.
export function isWordCharAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  // Accented letters and combining accents.
  if (isLatinLetterCode(c) || (c >= 0x300 && c <= 0x36f)) return true;
  // Curly quotes, dashes and other General Punctuation: common in news, never word characters.
  if (c === 0xa0 || (c >= 0x2000 && c <= 0x206f)) return false;
  return WORD_CHAR.test(charAt(text, i));
}
export function isDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 48 && c <= 57;
  if (c === 0xa0 || (c >= 0xc0 && c <= 0x24f) || (c >= 0x2000 && c <= 0x206f)) return false;
  return DIGIT.test(charAt(text, i));
}
/** What /\s/ matches, without a pattern. */
export function isSpaceAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029
    || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}
