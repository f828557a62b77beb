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
  /(?:\p{L}\.){2,}|[\p{L}\p{M}\p{N}]+(?:(?:['’\-&]|\.(?=\p{N}))[\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN_RE.lastIndex = 0;
  for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) {
    const t = m[0];
    const first = t.charCodeAt(0);
    const isWord = /[\p{L}\p{N}]/u.test(t[0] ?? '');
    out.push({
      text: t,
      lower: t.toLowerCase().replace(/’/g, "'"),
      start: m.index,
      end: m.index + t.length,
      kind: isWord ? 'word' : 'punct',
      cap: isWord && (t[0] !== t[0]!.toLowerCase() || (first >= 48 && first <= 57 && /\p{Lu}/u.test(t))),
      quote: -1,
    });
  }
  return out;
}
