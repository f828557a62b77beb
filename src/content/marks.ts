// The content script's marks on the page's performance timeline (benchmarks and tests read
// them; no DOM change). Imported first by the entry so that "whosaid:start" precedes the
// evaluation of every other module (the engine's word lists included).

/** Set on the page's content-script global once WhoSaid runs there (it may be injected twice). */
export const CONTENT_FLAG = Symbol.for('whosaid.content');

/** Whether this is the first WhoSaid content script in the top frame. */
export const firstInTopFrame = (): boolean =>
  !(globalThis as unknown as Record<symbol, unknown>)[CONTENT_FLAG] && window.top === window;

/** A point on the timeline. */
export function mark(name: string): void {
  try {
    performance.mark(name);
  } catch {
    // No User Timing: nothing is measured.
  }
}

/** A measure from the content script's start ("whosaid:painted" and the like). */
export function measureSinceStart(name: string): void {
  try {
    performance.measure(name, 'whosaid:start');
  } catch {
    // no start mark (injected twice) or no User Timing
  }
}

if (firstInTopFrame()) mark('whosaid:start');
