// Splits a block into word and punctuation tokens with their character offsets.
// Everything downstream reasons about tokens, and reports offsets back to the block,
// so offsets must always index the original text exactly.
import { isAsciiWordCode } from './strings';
import { isDigitAt as isDigit, isLetterAt, isSpaceAt as isSpace, isUpperAt, isWordCharAt as isWordChar, widthAt as width } from './chars';

export type TokenKind = 'word' | 'punct';

export interface Token {
  text: string;
  /** Lower-cased, curly apostrophes folded to straight ones. */
  lower: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** Starts with an upper-case letter (or a digit for names like "3M"). */
  cap: boolean;
  /** Index of the quote span this token lies inside, or -1. Set by the quote finder. */
  quote: number;
}

/** Abbreviations that keep their period, so "Rep. Steny H. Hoyer" stays one name. */
const DOTTED = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'reps', 'gov', 'gen', 'lt', 'col', 'sgt', 'capt',
  'cmdr', 'adm', 'maj', 'st', 'jr', 'sr', 'inc', 'corp', 'co', 'ltd', 'vs', 'rev', 'hon', 'messrs', 'jan', 'feb',
  'aug', 'sept', 'oct', 'nov', 'dec', 'supt', 'det', 'insp', 'amb', 'pres', 'ft', 'mt', 'ave', 'dept']);

const WEB_SUFFIXES = ['com', 'org', 'net', 'info', 'gov', 'edu', 'io', 'co', 'uk', 'news'];

/** A web name's ending ("com" of "Polygraph.com") starts at i and ends there. */
function webSuffixAt(text: string, i: number): boolean {
  for (const suffix of WEB_SUFFIXES) {
    if (!text.startsWith(suffix, i)) continue;
    if (!isAsciiWordCode(text.charCodeAt(i + suffix.length))) return true;
  }
  return false;
}

/** The token text[from, end) ends in a capital standing alone or after "-" or "&" ("R-S", "AT&T"). */
function endsWithLoneCapital(text: string, from: number, end: number): boolean {
  let last = end - 1;
  const c = text.charCodeAt(last);
  if (c >= 0xdc00 && c <= 0xdfff && last - 1 >= from) last--;
  if (!isUpperAt(text, last)) return false;
  return last === from || text[last - 1] === '-' || text[last - 1] === '&';
}
/**
 * End of the token starting at i. Tokens are: '' and `` (typewriter quotes); initialisms
 * ("U.S."); words with inner apostrophes, hyphens, ampersands and dots between digits
 * ("don’t", "AT&T", "3.5"); any other single non-space character.
 */
function tokenEnd(text: string, i: number): number {
  const c = text[i];
  if ((c === "'" || c === '`') && text[i + 1] === c) return i + 2;
  if (!isWordChar(text, i)) return i + width(text, i);
  // Initialism: a letter and a dot, at least twice.
  if (isLetterAt(text, i) && text[i + 1] === '.') {
    let k = i;
    let pairs = 0;
    while (k < text.length && isLetterAt(text, k) && text[k + width(text, k)] === '.') {
      k += width(text, k) + 1;
      pairs++;
    }
    if (pairs >= 2) return k;
  }
  let k = i;
  const n = text.length;
  for (;;) {
    // The hottest loop of the engine: ASCII letters and digits without a call each.
    while (k < n) {
      const c = text.charCodeAt(k);
      if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) {
        k++;
        continue;
      }
      if (c < 128 || !isWordChar(text, k)) break;
      k += width(text, k);
    }
    const j = text[k];
    // Dots join digits ("3.5") and web names ("Polygraph.info"), never a sentence's end.
    const joins = j === "'" || j === '’' || j === '-' || j === '&'
      || (j === '.' && k + 1 < text.length && (isDigit(text, k + 1) || webSuffixAt(text, k + 1)));
    if (joins && k + 1 < text.length && isWordChar(text, k + 1)) {
      k += 1;
      continue;
    }
    return k;
  }
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 32 || (c >= 128 && isSpace(text, i)) || (c >= 9 && c <= 13)) {
      i++;
      continue;
    }
    let end = tokenEnd(text, i);
    // Party-and-state tags and similar initialisms after a hyphen: "R-S.C.", "D-N.Y.".
    if (text[end] === '.' && endsWithLoneCapital(text, i, end)) {
      let k = end;
      while (text[k] === '.' && isUpperAt(text, k + 1) && width(text, k + 1) === 1 && text[k + 2] === '.') k += 2;
      if (k > end) end = k + 1;
    }
    let t = text.slice(i, end);
    const isWord = isWordChar(text, i);
    if (isWord && text[end] === '.' && (DOTTED.has(t.toLowerCase()) || (t.length === 1 && t !== t.toLowerCase()))) {
      end += 1;
      t += '.';
    }
    let lower = isWord ? t.toLowerCase() : t;
    if (isWord && lower.includes('’')) lower = lower.replaceAll('’', "'");
    if (isWord && lower.length > 1 && lower.endsWith('.')) lower = lower.slice(0, -1);
    const first = t.charCodeAt(0);
    out.push({
      text: t,
      lower,
      start: i,
      end,
      kind: isWord ? 'word' : 'punct',
      cap: isWord && (t[0] !== lower[0] || (first >= 48 && first <= 57 && t !== lower)),
      quote: -1,
    });
    i = end;
  }
  return out;
}
