// Cooperative scheduling: long work is cut into slices with a yield to the page between them.
import { measureEndingNow, spentOnMainThread } from './marks';

interface SchedulerLike {
  yield?: () => Promise<void>;
}

/**
 * A new task without setTimeout's clamping: browsers delay nested zero timeouts by 4 ms
 * or more, which a run of many short slices would pay each time. Unlike scheduler.yield(),
 * whose continuation goes ahead of other tasks, it waits its turn behind what is already
 * queued (the page's rendering, for one).
 */
let channel: MessageChannel | null = null;
const waiting: (() => void)[] = [];
export function nextTask(): Promise<void> {
  try {
    if (!channel) {
      channel = new MessageChannel();
      channel.port1.onmessage = () => waiting.shift()?.();
    }
    const port = channel.port2;
    return new Promise((resolve) => {
      waiting.push(resolve);
      port.postMessage(null);
    });
  } catch {
    return new Promise((resolve) => setTimeout(resolve, 0));
  }
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
  return nextTask();
}

/** How long one slice of the content script's work may run before it yields. */
export const SLICE_MS = 8;

/** When the current slice began; shared by the steps of one pass so the budget spans all of them. */
export interface SliceClock {
  start: number;
}

export const startClock = (): SliceClock => ({ start: performance.now() });

/** Waits for `wait` within a pass: the slice so far ends there, and a new one starts after. */
export async function pauseFor<T>(clock: SliceClock, wait: Promise<T>): Promise<T> {
  endSlice(clock);
  try {
    return await wait;
  } finally {
    clock.start = performance.now();
  }
}

/** Ends the slice running on `clock` (counted as main-thread time); the next one starts now. */
export function endSlice(clock: SliceClock): void {
  const now = performance.now();
  const ms = now - clock.start;
  noteSlice(ms);
  spentOnMainThread(ms);
  clock.start = now;
}

/**
 * Yields between two steps of a pass only when the slice has used half its budget: each yield
 * lets the page render and run its own tasks, which the reader then waits for.
 */
export async function yieldIfDue(clock: SliceClock): Promise<void> {
  if (performance.now() - clock.start >= SLICE_MS / 2) await pauseFor(clock, yieldToPage());
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

/** The longest stretch of the content script's own work between two yields, in ms. */
let longestSlice = 0;

function noteSlice(ms: number): void {
  if (ms > longestSlice) {
    longestSlice = ms;
    markLongestSlice(ms);
  }
}

/** Exposes a new longest slice on the page's performance timeline (no DOM change). */
function markLongestSlice(ms: number): void {
  measureEndingNow('whosaid:longest-slice', ms);
}

/**
 * Drives a generator to its end, calling next() until about SLICE_MS have passed, then
 * yielding to the page. A value the generator yields (rather than a bare pause) goes to
 * `onValue`, awaited before the next step. Returns null when `cancelled` says a newer run started.
 */
export async function runSliced<R, V = never>(
  steps: Generator<V | undefined | void, R>,
  cancelled: () => boolean = () => false,
  clock: SliceClock = startClock(),
  onValue?: (value: V) => Promise<void>,
): Promise<{ value: R } | null> {
  try {
    for (;;) {
      const r = steps.next();
      if (r.done) {
        noteSlice(performance.now() - clock.start);
        return { value: r.value };
      }
      if (r.value !== undefined && onValue) await pauseFor(clock, onValue(r.value as V));
      else if (performance.now() - clock.start >= SLICE_MS) await pauseFor(clock, yieldToPage());
      else continue;
      if (cancelled()) {
        steps.return(undefined as R);
        return null;
      }
    }
  } catch (err) {
    noteSlice(performance.now() - clock.start);
    throw err;
  }
}
