// What the browser benchmark puts into every page it serves, and what it reads back from it.
// The probes run as the page's own (nonce'd) script, before anything else, for the whole page
// life, with WhoSaid loaded or not: the A/B figure is the difference between the two loads.
import { PROBE_NONCE } from '../../tests/e2e/support/static-pages';
import type { BrowserName } from '../../tests/e2e/support/drivers';

/** Chromium: every long task (over 50 ms), as the browser itself reports them. */
const LONGTASK_PROBE = `window.__longtasks=[];try{new PerformanceObserver(l=>{for(const e of l.getEntries())window.__longtasks.push([e.startTime,e.duration])}).observe({type:'longtask',buffered:true})}catch(e){}`;

/**
 * Firefox reports no long tasks: a chain of zero timeouts (4 ms apart once nested) notes every
 * gap of over 20 ms between two of its turns, which is a task that held the thread that long.
 */
const HEARTBEAT_PROBE = `window.__gaps=[];(()=>{let last=performance.now();const beat=()=>{const t=performance.now();if(t-last>20)window.__gaps.push([last,t-last]);last=t;if(t<120000)setTimeout(beat,0)};setTimeout(beat,0)})();`;

export const longTaskSource = (browser: BrowserName): string =>
  browser === 'chromium' ? 'longtask observer' : 'gaps in a zero-timeout heartbeat';

export function withProbe(html: string, browser: BrowserName): string {
  const probe = `<script nonce="${PROBE_NONCE}">${browser === 'chromium' ? LONGTASK_PROBE : HEARTBEAT_PROBE}</script>`;
  return html.replace(/<head[^>]*>/i, (m) => `${m}${probe}`);
}

/** A control page that blocks its own main thread for 120 ms: the probe must see it. */
export function controlPage(browser: BrowserName): string {
  return withProbe(`<!doctype html><html><head><title>Control</title></head><body><p>Control page.</p>
<script nonce="${PROBE_NONCE}">setTimeout(() => { const end = performance.now() + 120; while (performance.now() < end); }, 300);</script></body></html>`, browser);
}

/** One load as the page's timeline holds it. */
export interface RawLoad {
  /** WhoSaid's (or the floor's) marks and measures: start time and duration, by name. */
  marks: Record<string, [number, number]>;
  asks: number;
  domContentLoaded: number | null;
  /** Long tasks (Chromium) or heartbeat gaps (Firefox): [start, duration]. */
  tasks: [number, number][];
}

// Runs in the page: no inner named functions (the TypeScript loader would wrap them in a helper the page lacks).
export function readLoad(): RawLoad {
  const marks: Record<string, [number, number]> = {};
  let asks = 0;
  for (const e of performance.getEntries()) {
    if (e.name === 'whosaid:ask') asks++;
    if (e.name.startsWith('whosaid:') && !(e.name in marks)) marks[e.name] = [e.startTime, e.duration];
  }
  const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  const w = window as unknown as { __longtasks?: [number, number][]; __gaps?: [number, number][] };
  return {
    marks,
    asks,
    domContentLoaded: nav && nav.domContentLoadedEventEnd > 0 ? nav.domContentLoadedEventEnd : null,
    tasks: (w.__longtasks ?? w.__gaps ?? []).slice(),
  };
}

/** Whether the timeline holds `name` yet (a load's first pass is over when its last mark is there). */
export function hasMark(name: string): boolean {
  return performance.getEntriesByName(name).length > 0;
}

/** Whether the page finished loading (the loads without a content script wait for this). */
export function pageLoaded(): boolean {
  return document.readyState === 'complete';
}
