// Imported first by the entry so that the mark precedes the evaluation of every other module
// (the engine's word lists included): benchmarks measure from here to "whosaid:painted".

/** Set on the page's content-script global once WhoSaid runs there (it may be injected twice). */
export const CONTENT_FLAG = Symbol.for('whosaid.content');

/** Whether this is the first WhoSaid content script in the top frame. */
export const firstInTopFrame = (): boolean =>
  !(globalThis as unknown as Record<symbol, unknown>)[CONTENT_FLAG] && window.top === window;

if (firstInTopFrame()) {
  try {
    performance.mark('whosaid:start');
  } catch {
    // No User Timing: nothing is measured.
  }
}
