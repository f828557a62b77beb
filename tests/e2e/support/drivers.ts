// One small interface over both browsers (Chromium via playwright-core, Firefox via
// puppeteer-core over WebDriver BiDi) for the hostile-page suite and the browser benchmark.
import { chromium, type BrowserContext, type Page as PwPage, type Worker } from 'playwright-core';
import puppeteer, { type Browser, type Page as PpPage } from 'puppeteer-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIREFOX_UUID, GECKO_ID, distFor, chromiumLaunchOptions, firefoxLaunchOptions } from './env';

export type BrowserName = 'chromium' | 'firefox';

export interface Tab {
  url: string;
  /** Console errors and uncaught page errors seen since the tab opened. */
  errors: string[];
  /** Every URL the tab requested. */
  requests: string[];
  evaluate<R>(fn: () => R): Promise<Awaited<R>>;
  evaluateArg<A, R>(fn: (arg: A) => R, arg: A): Promise<Awaited<R>>;
  screenshot(path: string): Promise<void>;
  /** Moves the mouse pointer to a point of the viewport (a real pointer event in the page). */
  hover(x: number, y: number): Promise<void>;
  /** JS heap in use by the tab (Chromium only; null elsewhere). */
  heapBytes(): Promise<number | null>;
  /** Presses a key with modifiers held, as a reader's keyboard would ("Alt+Shift+KeyJ", "Escape"). */
  press(keys: string): Promise<void>;
  /** Clicks the first element matching a selector. */
  click(selector: string): Promise<void>;
  /** Brings the tab to the front (keyboard focus goes to it). */
  front(): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  close(): Promise<void>;
}

export interface LaunchOptions {
  /** The browser's preferred colour scheme (what prefers-color-scheme reports to every page). */
  dark?: boolean;
  /**
   * Other extensions loaded beside WhoSaid (the benchmark's floor and an earlier build), each from
   * its directory; none of them may be named "WhoSaid", which picks WhoSaid's own background.
   */
  otherExtensions?: string[];
}

export interface Driver {
  name: BrowserName;
  open(url: string, opts?: { timeoutMs?: number }): Promise<Tab>;
  /** Opens the popup for the tab that reported `url`; returns its status marker. */
  /** Every URL any page, frame or worker of the browser requested (Chromium: whole context). */
  allRequests: string[];
  popupFor(url: string): Promise<{ state: string | null; groups: number; text: string; unsafe: number }>;
  /** The id of the tab whose page reported `url` to the background. */
  tabIdOf(url: string): Promise<number>;
  /** Opens one of the extension's own pages ("src/options/index.html"), loaded, in a new tab. */
  extensionPage(path: string): Promise<Tab>;
  /** JS heap in use by WhoSaid's background after a garbage collection (Chromium's service worker; null elsewhere). */
  backgroundHeapBytes(): Promise<number | null>;
  close(): Promise<void>;
}

/** Holds each modifier of "Alt+Shift+KeyJ" down, presses the key, lets go in reverse order. */
async function pressCombo(keyboard: { down(k: string): Promise<void>; up(k: string): Promise<void>; press(k: string): Promise<void> }, keys: string): Promise<void> {
  const parts = keys.split('+');
  const key = parts.pop() ?? '';
  for (const m of parts) await keyboard.down(m);
  await keyboard.press(key);
  for (const m of parts.reverse()) await keyboard.up(m);
}

const popupProbe = () => ({
  state: document.querySelector('[data-state]')?.getAttribute('data-state') ?? null,
  groups: document.querySelectorAll('section[data-group]').length,
  text: document.body?.innerText ?? '',
  /** Elements page text could have smuggled in: images, frames, scripts with a source, script links. */
  unsafe: document.querySelectorAll('img, iframe, object, embed, script:not([type="module"]), [onerror], [onmouseover], a[href^="javascript:" i], a[href^="data:" i]').length,
});

async function poll<T>(probe: () => Promise<T>, timeoutMs: number, what: string): Promise<NonNullable<T>> {
  const end = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      const v = await probe();
      if (v) return v as NonNullable<T>;
    } catch (err) {
      last = err;
    }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}${last instanceof Error ? `: ${last.message}` : ''}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

type SessionGet = { storage: { session: { get(k: null): Promise<Record<string, unknown>> } } };

/** The service worker of the extension named "WhoSaid", among those of every extension loaded. */
async function whosaidWorker(context: BrowserContext): Promise<Worker> {
  const named = async (w: Worker) => (await w.evaluate(() => (globalThis as unknown as { chrome: { runtime: { getManifest(): { name: string } } } }).chrome.runtime.getManifest().name).catch(() => '')) === 'WhoSaid';
  return poll(async () => {
    for (const w of context.serviceWorkers()) if (await named(w)) return w;
    return null;
  }, 30_000, "WhoSaid's service worker");
}

/**
 * A service worker's JS heap after a garbage collection. Playwright opens CDP sessions on pages
 * only, so this goes through a page's session to the worker's target (Target.sendMessageToTarget).
 */
async function workerHeapBytes(context: BrowserContext, workerUrl: string): Promise<number | null> {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  try {
    const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; type: string; url: string }[] };
    const target = targetInfos.find((t) => t.type === 'service_worker' && t.url === workerUrl);
    if (!target) return null;
    const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: false })) as { sessionId: string };
    const replies = new Map<number, (r: unknown) => void>();
    cdp.on('Target.receivedMessageFromTarget', (e: { sessionId: string; message: string }) => {
      if (e.sessionId !== sessionId) return;
      const m = JSON.parse(e.message) as { id?: number; result?: unknown };
      if (m.id !== undefined) replies.get(m.id)?.(m.result);
    });
    let id = 0;
    const call = (method: string) =>
      new Promise<unknown>((resolve) => {
        replies.set(++id, resolve);
        void cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
      });
    await call('HeapProfiler.collectGarbage');
    const { usedSize } = (await call('Runtime.getHeapUsage')) as { usedSize: number };
    await cdp.send('Target.detachFromTarget', { sessionId }).catch(() => {});
    return usedSize;
  } finally {
    await cdp.detach().catch(() => {});
    await page.close();
  }
}

export async function launchChromium(options: LaunchOptions = {}): Promise<Driver> {
  const profile = mkdtempSync(join(tmpdir(), 'whosaid-chromium-'));
  const dir = distFor('chrome');
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    ...chromiumLaunchOptions(dir, 1280, ['--enable-precise-memory-info'], options.otherExtensions),
    colorScheme: options.dark ? 'dark' : 'light',
  });
  const worker: Worker = await whosaidWorker(context);
  const extensionId = new URL(worker.url()).host;
  const allRequests: string[] = [];
  context.on('request', (r) => allRequests.push(r.url()));
  const wrap = (page: PwPage, url: string): Tab => {
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('request', (r) => requests.push(r.url()));
    return {
      url, errors, requests,
      evaluate: (fn) => page.evaluate(fn) as never,
      evaluateArg: (fn, arg) => page.evaluate(fn as never, arg) as never,
      screenshot: async (path) => {
        await page.screenshot({ path });
      },
      hover: (x, y) => page.mouse.move(x, y),
      heapBytes: async () => {
        const cdp = await context.newCDPSession(page);
        await cdp.send('HeapProfiler.collectGarbage');
        const { usedSize } = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
        await cdp.detach();
        return usedSize;
      },
      press: (keys) => pressCombo(page.keyboard, keys),
      click: (selector) => page.click(selector),
      front: () => page.bringToFront(),
      setViewport: (width, height) => page.setViewportSize({ width, height }),
      close: () => page.close(),
    };
  };
  const tabIdOf = (url: string) =>
    poll(
      () =>
        worker.evaluate(async (u) => {
          const all = await (globalThis as unknown as { chrome: SessionGet }).chrome.storage.session.get(null);
          const s = Object.values(all).find((v) => (v as { url?: string }).url === u) as { tabId: number } | undefined;
          return s?.tabId ?? null;
        }, url),
      20_000,
      `the tab id of ${url}`,
    );
  return {
    name: 'chromium',
    allRequests,
    tabIdOf,
    async extensionPage(path) {
      const page = await context.newPage();
      const url = `chrome-extension://${extensionId}/${path}`;
      const tab = wrap(page, url);
      await page.goto(url);
      return tab;
    },
    async open(url, opts) {
      const page = await context.newPage();
      const tab = wrap(page, url);
      await page.goto(url, { timeout: opts?.timeoutMs ?? 60_000 });
      return tab;
    },
    async popupFor(url) {
      const tabId = await tabIdOf(url);
      const popup = await context.newPage();
      try {
        await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html?tab=${tabId}`);
        return await poll(async () => {
          const s = await popup.evaluate(popupProbe);
          return s.state || s.groups > 0 ? s : null;
        }, 20_000, 'the popup');
      } finally {
        await popup.close();
      }
    },
    backgroundHeapBytes: () => workerHeapBytes(context, worker.url()),
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function launchFirefox(options: LaunchOptions = {}): Promise<Driver> {
  const base = firefoxLaunchOptions();
  // Firefox has no per-page colour-scheme switch over BiDi: the profile's own preference sets it.
  const scheme = { 'layout.css.prefers-color-scheme.content-override': options.dark ? 0 : 1, 'ui.systemUsesDarkTheme': options.dark ? 1 : 0 };
  const browser: Browser = await puppeteer.launch({ ...base, extraPrefsFirefox: { ...base.extraPrefsFirefox, ...scheme } });
  const id = await browser.installExtension(distFor('firefox'));
  if (id !== GECKO_ID) throw new Error(`unexpected add-on id ${id}`);
  for (const other of options.otherExtensions ?? []) await browser.installExtension(other);
  const EXT = `moz-extension://${FIREFOX_UUID}`;
  const openExt = async (page: PpPage, url: string) => {
    page.goto(url).catch(() => {});
    await poll(async () => (await page.evaluate(() => location.href)) === url && (await page.evaluate(() => document.readyState)) !== 'loading', 20_000, url);
  };
  let extPage: PpPage | null = null;
  const wrap = (page: PpPage, url: string): Tab => {
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('request', (r) => requests.push(r.url()));
    return {
      url, errors, requests,
      evaluate: (fn) => page.evaluate(fn) as never,
      evaluateArg: (fn, arg) => page.evaluate(fn as never, arg) as never,
      screenshot: async (path) => {
        await page.screenshot({ path });
      },
      hover: (x, y) => page.mouse.move(x, y),
      heapBytes: async () => null,
      press: (keys) => pressCombo(page.keyboard as never, keys),
      click: (selector) => page.click(selector),
      front: async () => {
        await page.bringToFront();
      },
      setViewport: (width, height) => page.setViewport({ width, height }),
      close: () => page.close(),
    };
  };
  const tabIdOf = async (url: string): Promise<number> => {
    extPage ??= await browser.newPage();
    const page = extPage;
    if (!(await page.evaluate(() => location.protocol).catch(() => '')).startsWith('moz-extension')) await openExt(page, `${EXT}/src/popup/index.html`);
    return poll(
      () =>
        page.evaluate(async (u: string) => {
          const all = await (globalThis as unknown as { browser: SessionGet }).browser.storage.session.get(null);
          const s = Object.values(all).find((v) => (v as { url?: string }).url === u) as { tabId: number } | undefined;
          return s?.tabId ?? null;
        }, url),
      20_000,
      `the tab id of ${url}`,
    );
  };
  return {
    name: 'firefox',
    allRequests: [],
    tabIdOf,
    async extensionPage(path) {
      const page = await browser.newPage();
      const url = `${EXT}/${path}`;
      const tab = wrap(page, url);
      await openExt(page, url);
      return tab;
    },
    async open(url, opts) {
      const page = await browser.newPage();
      await page.setViewport({ width: 1280, height: 860 });
      const tab = wrap(page, url);
      await page.goto(url, { timeout: opts?.timeoutMs ?? 60_000 });
      return tab;
    },
    async popupFor(url) {
      extPage ??= await browser.newPage();
      const page = extPage;
      await openExt(page, `${EXT}/src/popup/index.html`);
      const tabId = await poll(
        () =>
          page.evaluate(async (u: string) => {
            const all = await (globalThis as unknown as { browser: SessionGet }).browser.storage.session.get(null);
            const s = Object.values(all).find((v) => (v as { url?: string }).url === u) as { tabId: number } | undefined;
            return s?.tabId ?? null;
          }, url),
        20_000,
        `the tab id of ${url}`,
      );
      await openExt(page, `${EXT}/src/popup/index.html?tab=${tabId}`);
      return poll(async () => {
        const s = await page.evaluate(popupProbe);
        return s.state || s.groups > 0 ? s : null;
      }, 20_000, 'the popup');
    },
    // Firefox gives no extension's heap to scripts or to WebDriver BiDi.
    backgroundHeapBytes: async () => null,
    async close() {
      await browser.close();
    },
  };
}

export const launch = (name: BrowserName, options: LaunchOptions = {}): Promise<Driver> =>
  name === 'chromium' ? launchChromium(options) : launchFirefox(options);

/**
 * WhoSaid's figures from the page's performance timeline (in the page; self-contained):
 * `painted` when the first highlights showed (the opening of a long article), `paintedAll`
 * when the whole first pass was painted.
 */
export function whosaidTimings(): { painted: number | null; paintedAll: number | null; longestSlice: number; runs: number; analyses: number } {
  const measures = performance.getEntriesByType('measure');
  const painted = measures.find((m) => m.name === 'whosaid:painted');
  const paintedAll = measures.find((m) => m.name === 'whosaid:painted-all');
  const slices = measures.filter((m) => m.name === 'whosaid:longest-slice').map((m) => m.duration);
  return {
    painted: painted ? painted.duration : null,
    paintedAll: paintedAll ? paintedAll.duration : null,
    longestSlice: slices.length ? Math.max(...slices) : 0,
    runs: performance.getEntriesByName('whosaid:run').length,
    analyses: performance.getEntriesByName('whosaid:analyze').length,
  };
}
