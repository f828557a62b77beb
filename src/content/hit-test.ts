// Which statement is under a point? Highlights get no events, so the content
// script asks for the caret position at the pointer and tests it against the ranges.
import type { StatementRanges } from './pipeline';

interface CaretPoint {
  node: Node;
  offset: number;
}

function caretAt(x: number, y: number): CaretPoint | null {
  const doc = document as Document & {
    caretPositionFromPoint?: (x: number, y: number) => { offsetNode: Node; offset: number } | null;
    caretRangeFromPoint?: (x: number, y: number) => Range | null;
  };
  if (typeof doc.caretPositionFromPoint === 'function') {
    const pos = doc.caretPositionFromPoint(x, y);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : null;
  }
  if (typeof doc.caretRangeFromPoint === 'function') {
    const range = doc.caretRangeFromPoint(x, y);
    return range ? { node: range.startContainer, offset: range.startOffset } : null;
  }
  return null;
}

function rectsContain(range: Range, x: number, y: number): boolean {
  for (const rect of Array.from(range.getClientRects())) {
    if (x >= rect.left - 1 && x <= rect.right + 1 && y >= rect.top - 1 && y <= rect.bottom + 1) return true;
  }
  return false;
}

/** The statement whose highlighted text is under (x, y), if any. */
export function statementAt(ranges: readonly StatementRanges[], x: number, y: number): StatementRanges | null {
  const caret = caretAt(x, y);
  if (!caret || caret.node.nodeType !== Node.TEXT_NODE) return null;
  for (const r of ranges) {
    const range = r.content;
    if (!range) continue;
    try {
      if (range.isPointInRange(caret.node, caret.offset) && rectsContain(range, x, y)) return r;
    } catch {
      // Range in another document or detached: skip.
    }
  }
  return null;
}
