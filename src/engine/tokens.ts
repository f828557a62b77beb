// Splits a block into word and punctuation tokens with their character offsets.
// Everything downstream reasons about tokens, and reports offsets back to the block,
// so offsets must always index the original text exactly.

export type TokenKind = 'word' | 'punct' | 'open-quote' | 'close-quote';

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

// Initialisms ("U.S.", "a.m."), then words with inner apostrophes, hyphens, dots between
// digits and ampersands ("AT&T"), then any other single non-space character.
const TOKEN_RE =
  /''|``|(?:\p{L}\.){2,}|[\p{L}\p{M}\p{N}]+(?:(?:['’\-&]|\.(?=\p{N}))[\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;

/** Abbreviations that keep their period, so "Rep. Steny H. Hoyer" stays one name. */
const DOTTED = new Set(['mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'reps', 'gov', 'gen', 'lt', 'col', 'sgt', 'capt',
  'cmdr', 'adm', 'maj', 'st', 'jr', 'sr', 'inc', 'corp', 'co', 'ltd', 'vs', 'rev', 'hon', 'messrs', 'jan', 'feb',
  'aug', 'sept', 'oct', 'nov', 'dec', 'gen', 'supt', 'det', 'insp', 'amb', 'pres', 'ft', 'mt', 'ave', 'dept']);

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
    let t = m[0];
    if (text[m.index + t.length] === '.' && (DOTTED.has(t.toLowerCase()) || /^\p{Lu}$/u.test(t))) {
      t += '.';
      TOKEN_RE.lastIndex += 1;
    }
    const first = t.charCodeAt(0);
    const isWord = /[\p{L}\p{N}]/u.test(t[0] ?? '');
    out.push({
      text: t,
      lower: t.toLowerCase().replace(/’/g, "'").replace(/(?<=\p{L})\.$/u, ''),
      start: m.index,
      end: m.index + t.length,
      kind: isWord ? 'word' : 'punct',
      cap: isWord && (t[0] !== t[0]!.toLowerCase() || (first >= 48 && first <= 57 && /\p{Lu}/u.test(t))),
      quote: -1,
    });
  }
  return out;
}
