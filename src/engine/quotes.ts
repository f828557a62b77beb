// Finds the outermost quoted spans of a block, whatever the mark style, and tags each
// token with the quote it lies in. Inner quotes belong to their outer quote: only the
// outermost span can be a speaker's words.
import type { Token } from './tokens';
import { isSpaceAt } from './chars';

const isDigitCode = (c: number): boolean => c >= 48 && c <= 57;

export interface QuoteSpan {
  /** Token index of the opening mark. */
  open: number;
  /** Token index of the closing mark, or -1 when the quote runs on past the block. */
  close: number;
  /** Character offsets of the quoted words, without the marks. */
  start: number;
  end: number;
}

type Family = 'double' | 'single';
interface OpenMark {
  token: number;
  family: Family;
  /** The mark that closes it, when the style fixes one; straight marks close themselves. */
  closer: string;
}

const OPENERS: Record<string, [Family, string]> = {
  '“': ['double', '”'],
  '„': ['double', '“'],
  '«': ['double', '»'],
  '‹': ['single', '›'],
  '‘': ['single', '’'],
  '「': ['double', '」'],
  '『': ['double', '』'],
};

const isSpaceOrStart = (text: string, at: number) => at <= 0 || isSpaceAt(text, at - 1) || '([{\u2014\u2013-'.includes(text[at - 1]!);
const isSpaceOrEnd = (text: string, at: number) => at >= text.length || isSpaceAt(text, at) || ')]}.,;:!?\u2014\u2013-'.includes(text[at]!);

export function findQuotes(text: string, tokens: Token[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  const stack: OpenMark[] = [];
  // Stack depths of the open marks awaiting each closer, so a closing mark finds its opener
  // in constant time even under a flood of unclosed marks.
  const waiting = new Map<string, [number, OpenMark][]>();

  const topWaiting = (closer: string): number => {
    const list = waiting.get(closer);
    if (!list) return -1;
    // Entries above the stack, or whose slot a later mark took, were closed already.
    while (list.length && stack[list[list.length - 1]![0]] !== list[list.length - 1]![1]) list.pop();
    return list.length ? list[list.length - 1]![0] : -1;
  };
  const open = (mark: OpenMark) => {
    stack.push(mark);
    const list = waiting.get(mark.closer) ?? [];
    list.push([stack.length - 1, mark]);
    waiting.set(mark.closer, list);
  };
  const closeTo = (depth: number, closeToken: number) => {
    const opened = stack[depth]!;
    stack.length = depth;
    if (depth === 0) {
      spans.push({ open: opened.token, close: closeToken, start: tokens[opened.token]!.end, end: tokens[closeToken]!.start });
    }
  };

  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (tok.kind !== 'punct') continue;
    // Typewriter style doubles its marks: ``like this'' or ''like this''.
    const ch = tok.text === "''" ? '"' : tok.text === '``' ? '“' : tok.text;
    if (ch === '"' || ch === "'") {
      const family: Family = ch === '"' ? 'double' : 'single';
      // A straight double mark may also close a curly opener in sloppy copy.
      const d = ch === '"' ? Math.max(topWaiting('"'), topWaiting('”')) : topWaiting(ch);
      const closable = !isSpaceOrStart(text, tok.start) || isSpaceOrEnd(text, tok.end);
      if (d >= 0 && closable) {
        closeTo(d, i);
      } else if (isSpaceOrStart(text, tok.start) && !isSpaceOrEnd(text, tok.end)) {
        open({ token: i, family, closer: ch });
      }
      continue;
    }
    // „…“ uses the English opener as its closer, so try closing before opening.
    // Sloppy copy the other way round: a straight opener closed by a curly mark ('"A,” she said').
    // Left unpaired, the straight mark would run to the block's end and swallow the attribution.
    const closing = ch === '”' ? Math.max(topWaiting(ch), topWaiting('"')) : topWaiting(ch);
    if (closing >= 0) {
      closeTo(closing, i);
      continue;
    }
    const opener = OPENERS[ch];
    if (opener) {
      // ‘ before a digit is an elision ("the ‘90s"), not a quote.
      if (ch === '‘' && isDigitCode(text.charCodeAt(tok.end))) continue;
      open({ token: i, family: opener[0], closer: opener[1] });
      continue;
    }
    // A closing mark with nothing open belongs to a quote begun in an earlier block: left alone.
  }

  // An opening double mark left open runs to the end of the block: news style for a
  // quote that continues into the next paragraph. A stray single mark is an apostrophe.
  const firstOpenDouble = stack.findIndex((m) => m.family === 'double');
  if (firstOpenDouble >= 0) {
    const opened = stack[firstOpenDouble]!;
    const contentEnd = text.trimEnd().length;
    const start = tokens[opened.token]!.end;
    if (contentEnd > start) spans.push({ open: opened.token, close: -1, start, end: contentEnd });
  }

  spans.sort((a, b) => a.start - b.start);
  // Drop spans nested in an earlier one (possible when an unclosed mark swallowed later pairs).
  const outer: QuoteSpan[] = [];
  for (const s of spans) {
    const last = outer[outer.length - 1];
    if (last && s.start < last.end) continue;
    outer.push(s);
  }
  outer.forEach((s, qi) => {
    const last = s.close < 0 ? tokens.length - 1 : s.close;
    for (let t = s.open; t <= last; t++) tokens[t]!.quote = qi;
  });
  return outer;
}
