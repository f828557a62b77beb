// Character tests with an ASCII fast path. Unicode-property patterns (\p{L}, \p{Lu}) cost a
// page their compilation the first time they run; most news text never needs them.

const LETTER = /\p{L}/u;
const UPPER = /\p{Lu}/u;

/** Code units of the character starting at i: 2 for a surrogate pair, else 1. */
export function widthAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && i + 1 < text.length ? 2 : 1;
}

/** The character starting at i. */
export const charAt = (text: string, i: number): string => text.slice(i, i + widthAt(text, i));

export function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
  // Curly quotes, dashes and other general punctuation, common in news: no letter among them.
  if (Number.isNaN(c) || (c >= 0x2000 && c <= 0x206f)) return false;
  return LETTER.test(charAt(text, i));
}

export function isUpperAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return c >= 65 && c <= 90;
  if (Number.isNaN(c)) return false;
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
