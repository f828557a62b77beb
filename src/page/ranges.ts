// Maps a span of block text back onto the page as a DOM Range, so the extension can
// highlight what the engine found.
import type { ArticleText, TextPiece } from './read-article';

type Point = { node: Text; offset: number };

/** The DOM position of block offset `at`; `edge` says which side wins between two pieces. */
function locate(pieces: TextPiece[], at: number, edge: 'start' | 'end'): Point | null {
  // Binary search for the last piece starting at or before `at` (the start side) or before it (the end side).
  let lo = 0;
  let hi = pieces.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = pieces[mid] as TextPiece;
    const starts = edge === 'start' ? p.blockStart <= at : p.blockStart < at;
    if (starts) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  if (edge === 'start') {
    const p = found >= 0 ? (pieces[found] as TextPiece) : null;
    if (p && at < p.blockStart + p.length) return { node: p.node, offset: p.nodeStart + (at - p.blockStart) };
    // `at` falls on an inserted line-break space: begin at the next real character.
    const next = pieces[found + 1];
    return next ? { node: next.node, offset: next.nodeStart } : null;
  }
  const p = found >= 0 ? (pieces[found] as TextPiece) : null;
  if (!p) return null;
  const into = Math.min(at - p.blockStart, p.length);
  return { node: p.node, offset: p.nodeStart + into };
}

export function spanToRange(article: ArticleText, span: { block: number; start: number; end: number }, doc: Document): Range | null {
  try {
    const block = article.blocks[span.block];
    const pieces = article.pieces[span.block];
    if (!block || !pieces || pieces.length === 0) return null;
    const { start, end } = span;
    if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > block.text.length || start >= end) return null;
    const a = locate(pieces, start, 'start');
    const b = locate(pieces, end, 'end');
    if (!a || !b) return null;
    const owner = a.node.ownerDocument ?? doc;
    const range = owner.createRange();
    if (typeof range.setStart !== 'function') return null; // DOMs without live ranges (linkedom)
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
    return range;
  } catch {
    return null;
  }
}
