// Moving through the page's statements from the keyboard, in reading order: the shortcut pair
// "next statement" / "previous statement".

export interface Stop {
  statement: number;
  range: Range;
}

/** The stops in the order a reader meets them in the document. */
export function readingOrder(stops: readonly Stop[]): Stop[] {
  return stops.slice().sort((a, b) => a.range.compareBoundaryPoints(Range.START_TO_START, b.range));
}

/**
 * Where a step of `by` lands: the stop after (or before) `current`, going round at either end.
 * Without a current stop (the first step, or the one left is gone) it starts from what the
 * reader sees: the first stop from the top of the viewport on, or the last one above its bottom.
 */
export function stepFrom(order: readonly Stop[], current: number | null, by: 1 | -1, viewportHeight: number): number {
  if (order.length === 0) return -1;
  const at = current === null ? -1 : order.findIndex((s) => s.statement === current);
  if (at >= 0) return (at + by + order.length) % order.length;
  const tops = order.map((s) => s.range.getBoundingClientRect().top);
  if (by === 1) {
    const below = tops.findIndex((top) => top >= 0);
    return below >= 0 ? below : 0;
  }
  for (let i = tops.length - 1; i >= 0; i--) if (tops[i]! < viewportHeight) return i;
  return order.length - 1;
}
