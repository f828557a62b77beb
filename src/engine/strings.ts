// Small string tests written as code rather than regular expressions: a browser compiles each
// pattern again in every page on its first use, and these run on every article.
import { isSpaceAt } from './chars';

/** "NPR’s", "Peskov's": ends in a possessive. */
export const endsPossessive = (w: string): boolean => w.endsWith("'s") || w.endsWith('’s');

/** The word without a possessive ending. */
export const withoutPossessive = (w: string): string => (endsPossessive(w) ? w.slice(0, -2) : w);

/** What `s.split(/\s+/)` returns, empty ends included. */
export function splitSpaces(s: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    if (!isSpaceAt(s, i)) continue;
    out.push(s.slice(start, i));
    while (i + 1 < s.length && isSpaceAt(s, i + 1)) i++;
    start = i + 1;
  }
  out.push(s.slice(start));
  return out;
}

/** What \w matches: an ASCII letter, digit or "_". */
export const isAsciiWordCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/** What `s.split(/\W+/)` returns: runs of ASCII letters, digits and "_", empty ends included. */
export function splitNonWord(s: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    if (isAsciiWordCode(s.charCodeAt(i))) continue;
    out.push(s.slice(start, i));
    while (i + 1 < s.length && !isAsciiWordCode(s.charCodeAt(i + 1))) i++;
    start = i + 1;
  }
  out.push(s.slice(start));
  return out;
}

/** Whether `s` ends with one of the endings. */
export const endsWithOneOf = (s: string, endings: readonly string[]): boolean => endings.some((e) => s.endsWith(e));

/** Only ASCII digits, at least one. */
export function isDigits(s: string): boolean {
  if (s.length === 0) return false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}
