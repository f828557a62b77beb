// Builds one block's text the way a reader sees it (whitespace runs collapsed to one
// space, invisible characters dropped, ends trimmed) while remembering where every kept
// character came from, so that a span of block text can be mapped back to DOM nodes.
import type { TextPiece } from './read-article';

/** Characters that render as space and collapse with their neighbours: tab, line feed, form feed, carriage return, space, and Unicode's spaces. */
function isSpaceCode(c: number): boolean {
  if (c < 0x80) return c === 32 || c === 9 || c === 10 || c === 12 || c === 13;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f
    || c === 0x205f || c === 0x3000;
}

/** Characters a reader never sees: soft hyphen, zero-width space, BOM. */
const isInvisibleCode = (c: number): boolean => c === 0xad || c === 0x200b || c === 0xfeff;

/** Neither white space nor invisible: a character the reader sees. */
const isVisibleCode = (c: number): boolean => (c > 32 && c < 0x80) || (!isSpaceCode(c) && !isInvisibleCode(c));

/**
 * The reader's view of a string: what a block's text is for the same characters (invisible
 * characters dropped, white space runs made one space, ends trimmed). A loop rather than two
 * global replacements: it runs a few times per page, where each pattern would be compiled anew.
 */
export function collapseWhitespace(s: string): string {
  let out = '';
  let space = false;
  let run = 0;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 32;
    const invisible = isInvisibleCode(c);
    if (!invisible && !isSpaceCode(c)) continue;
    // s[run, i) is visible text: it follows a pending space, if any.
    if (i > run) {
      if (space) out += ' ';
      out += s.slice(run, i);
      space = false;
    }
    if (!invisible) space = true;
    run = i + 1;
  }
  if (space) out += ' ';
  return out.trim();
}

/** A pending space is either a real whitespace character or one the reader inserted (a <br>). */
type PendingSpace = { node: Text; offset: number } | 'virtual' | null;

export class TextBuilder {
  text = '';
  pieces: TextPiece[] = [];
  private pending: PendingSpace = null;

  get isEmpty(): boolean {
    return this.text.length === 0;
  }

  /**
   * Adds a text node; returns how many visible characters it holds (neither white space nor
   * invisible), the reader's measure of text, so that nobody scans the node a second time.
   */
  addNode(node: Text): number {
    const data = node.data;
    if (!data) return 0;
    const n = data.length;
    let visible = 0;
    let last = 0;
    let i = 0;
    // Segments of visible characters joined by single ASCII spaces ("said it was false") are
    // taken whole: most text nodes are one such segment. A loop rather than patterns, which a
    // page would compile afresh; it scans each character once.
    for (;;) {
      while (i < n && !isVisibleCode(data.charCodeAt(i))) i++;
      if (i >= n) break;
      let j = i + 1;
      let seen = 1;
      for (;;) {
        if (j < n && isVisibleCode(data.charCodeAt(j))) {
          j++;
          seen++;
        } else if (j + 1 < n && data.charCodeAt(j) === 32 && isVisibleCode(data.charCodeAt(j + 1))) {
          j += 2;
          seen++;
        } else {
          break;
        }
      }
      this.noteGap(node, data, last, i);
      this.flushSpace();
      this.emit(node, i, data.slice(i, j));
      visible += seen;
      last = j;
      i = j;
    }
    this.noteGap(node, data, last, n);
    return visible;
  }

  /** A line break the page asked for (<br>): reads as a space, maps to no character. */
  addBreak(): void {
    if (this.text.length > 0 && this.pending === null) this.pending = 'virtual';
  }

  private noteGap(node: Text, data: string, from: number, to: number): void {
    // A real space is preferred to an inserted one: it gives the space a place on the page.
    if (from >= to || this.text.length === 0 || (this.pending !== null && this.pending !== 'virtual')) return;
    for (let i = from; i < to; i++) {
      if (isSpaceCode(data.charCodeAt(i))) {
        this.pending = { node, offset: i };
        return;
      }
    }
  }

  private flushSpace(): void {
    const p = this.pending;
    this.pending = null;
    if (p === null || this.text.length === 0) return;
    if (p === 'virtual') this.text += ' ';
    else this.emit(p.node, p.offset, ' ');
  }

  private emit(node: Text, nodeStart: number, s: string): void {
    const blockStart = this.text.length;
    this.text += s;
    const prev = this.pieces[this.pieces.length - 1];
    if (prev && prev.node === node && prev.nodeStart + prev.length === nodeStart && prev.blockStart + prev.length === blockStart) {
      prev.length += s.length;
    } else {
      this.pieces.push({ node, blockStart, nodeStart, length: s.length });
    }
  }
}
