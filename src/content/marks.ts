// The content script's marks on the page's performance timeline (benchmarks and tests read
// them; no DOM change). Imported first by the entry so that "whosaid:start" precedes the
// evaluation of every other module (the engine's word lists included).
//
// Until the first highlights show, points are only noted in memory and written to the timeline
// afterwards, in a task of their own, with their original times: writing them as they happened
// cost Chromium some 2 ms per page inside the very window they measure.

/** Set on the page's content-script global once WhoSaid runs there (it may be injected twice). */
export const CONTENT_FLAG = Symbol.for('whosaid.content');

/** Whether this is the first WhoSaid content script in the top frame (never outside a page: the tests import this module). */
export const firstInTopFrame = (): boolean =>
  typeof window !== 'undefined' && !(globalThis as unknown as Record<symbol, unknown>)[CONTENT_FLAG] && window.top === window;

type Entry = { name: string; start: number; end?: number };

const noted: Entry[] = [];
let writing = false;
let scheduled = false;

const now = (): number => {
  try {
    return performance.now();
  } catch {
    return 0;
  }
};

function writeAll(): void {
  scheduled = false;
  for (const e of noted.splice(0)) {
    try {
      if (e.end === undefined) performance.mark(e.name, { startTime: e.start });
      else performance.measure(e.name, { start: e.start, end: e.end });
    } catch {
      // No User Timing (level 3): nothing is measured.
    }
  }
}

function scheduleWrite(): void {
  if (scheduled || !writing || noted.length === 0) return;
  scheduled = true;
  setTimeout(writeAll, 0);
}

function note(entry: Entry): void {
  noted.push(entry);
  scheduleWrite();
}

/** From now on noted points reach the timeline (each batch in a task of its own). */
export function writeTimeline(): void {
  writing = true;
  scheduleWrite();
}

const startedAt = firstInTopFrame() ? now() : null;

/** A point on the timeline. */
export function mark(name: string): void {
  note({ name, start: now() });
}

/** A measure from the content script's start ("whosaid:painted" and the like). */
export function measureSinceStart(name: string): void {
  if (startedAt !== null) note({ name, start: startedAt, end: now() });
}

/**
 * The content script's own main-thread time: every stretch in which it held the page's thread
 * (the task that started it, each slice, the reading of each reply), summed. The benchmark sets
 * it beside a bare pass over the page's text (its floor), so every stretch must be counted.
 */
let mainThreadMs = 0;

export function spentOnMainThread(ms: number): void {
  if (ms > 0) mainThreadMs += ms;
}

/** The main-thread time counted so far. */
export const mainThreadSoFar = (): number => mainThreadMs;

/** Milliseconds since the content script's first module started (0 outside a page). */
export function sinceStart(): number {
  return startedAt === null ? 0 : now() - startedAt;
}

/**
 * "whosaid:main-thread": its duration is the main-thread time spent so far (a measure from the
 * script's start as long as that time, since the timeline holds spans, not sums).
 */
export function measureMainThread(): void {
  if (startedAt !== null) note({ name: 'whosaid:main-thread', start: startedAt, end: startedAt + mainThreadMs });
}

/** A measure that ended just now and lasted `ms`. */
export function measureEndingNow(name: string, ms: number): void {
  const end = now();
  note({ name, start: end - ms, end });
}

if (startedAt !== null) note({ name: 'whosaid:start', start: startedAt });
