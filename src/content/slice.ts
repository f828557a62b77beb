// Cooperative scheduling: long work is cut into slices with a yield to the page between them.

interface SchedulerLike {
  yield?: () => Promise<void>;
}

/** Lets the page run (input, paint) before the next slice. */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (scheduler?.yield) {
    try {
      return scheduler.yield();
    } catch {
      // fall through
    }
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** How long one slice may run before it yields. */
export const SLICE_MS = 12;

/**
 * Maps items in slices of at most SLICE_MS, yielding between slices.
 * `cancelled` is checked after each yield so a newer run can stop an older one.
 */
export async function mapSliced<T, R>(
  items: readonly T[],
  fn: (item: T, index: number) => R,
  cancelled: () => boolean = () => false,
): Promise<R[] | null> {
  const out: R[] = [];
  let sliceStart = performance.now();
  for (let i = 0; i < items.length; i++) {
    out.push(fn(items[i] as T, i));
    if (performance.now() - sliceStart > SLICE_MS) {
      await yieldToPage();
      if (cancelled()) return null;
      sliceStart = performance.now();
    }
  }
  return out;
}

/** Calls `fn` once things have been quiet for `wait` ms, but at least every `maxWait` ms while busy. */
export function debounce(fn: () => void, wait: number, maxWait: number): { (): void; cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let first: number | undefined;
  const fire = () => {
    timer = undefined;
    first = undefined;
    fn();
  };
  const call = () => {
    const now = Date.now();
    first ??= now;
    if (timer !== undefined) clearTimeout(timer);
    const due = Math.min(wait, Math.max(0, first + maxWait - now));
    timer = setTimeout(fire, due);
  };
  call.cancel = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    first = undefined;
  };
  return call;
}
