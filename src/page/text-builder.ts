// Builds one block's text the way a reader sees it (whitespace runs collapsed to one
// space, invisible characters dropped, ends trimmed) while remembering where every kept
// character came from, so that a span of block text can be mapped back to DOM nodes.
import type { TextPiece } from './read-article';

/** Characters that render as space and collapse with their neighbours. */
export const SPACE_CLASS = '\\t\\n\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
/** Characters a reader never sees (soft hyphen, zero-width space, BOM). */
export const INVISIBLE_CLASS = '\\u00ad\\u200b\\ufeff';

const RUN = new RegExp(`[^${SPACE_CLASS}${INVISIBLE_CLASS}]+`, 'g');
/** Anything in a text node beyond words and single ASCII spaces. */
const NEEDS_WORK = new RegExp(`[${SPACE_CLASS.replace(' ', '')}${INVISIBLE_CLASS}]| {2}`);
/** In a text node without any of that: the words and the single spaces between them, as one run. */
const PLAIN_RUN = /[^ ]+(?: [^ ]+)*/g;
const HAS_SPACE = new RegExp(`[${SPACE_CLASS}]`);

/** A character of SPACE_CLASS. */
function isSpaceCode(c: number): boolean {
  if (c < 0x80) return c === 32 || c === 9 || c === 10 || c === 12 || c === 13;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f
    || c === 0x205f || c === 0x3000;
}

/** A character of INVISIBLE_CLASS. */
const isInvisibleCode = (c: number): boolean => c === 0xad || c === 0x200b || c === 0xfeff;

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
    // Most text nodes are words and single spaces: taken in one step rather than one per word.
    const plain = !NEEDS_WORK.test(data);
    const run = plain ? PLAIN_RUN : RUN;
    let last = 0;
    let visible = 0;
    run.lastIndex = 0;
    for (let m = run.exec(data); m; m = run.exec(data)) {
      this.noteGap(node, data, last, m.index);
      this.flushSpace();
      this.emit(node, m.index, m[0]);
      visible += m[0].length;
      last = m.index + m[0].length;
    }
    this.noteGap(node, data, last, data.length);
    if (plain) {
      // Plain text: everything but its spaces is visible (its runs keep their single spaces).
      visible = data.length;
      for (let i = data.indexOf(' '); i >= 0; i = data.indexOf(' ', i + 1)) visible--;
    }
    return visible;
  }

  /** A line break the page asked for (<br>): reads as a space, maps to no character. */
  addBreak(): void {
    if (this.text.length > 0 && this.pending === null) this.pending = 'virtual';
  }

  private noteGap(node: Text, data: string, from: number, to: number): void {
    // A real space is preferred to an inserted one: it gives the space a place on the page.
    if (from >= to || this.text.length === 0 || (this.pending !== null && this.pending !== 'virtual')) return;
    const gap = data.slice(from, to);
    const i = gap.search(HAS_SPACE);
    if (i >= 0) this.pending = { node, offset: from + i };
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
