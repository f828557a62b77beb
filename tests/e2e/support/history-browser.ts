// One interface over both browsers for the history safety suite: open articles, call the
// background from an extension page, read the history database as it is on disk, stop or
// reload the background, and put a new build of the extension over the installed one.
import { chromium, type BrowserContext, type CDPSession, type Page as PwPage } from 'playwright-core';
import puppeteer, { type Browser, type Page as PpPage } from 'puppeteer-core';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIREFOX_UUID, GECKO_ID, chromiumLaunchOptions, distFor, firefoxLaunchOptions } from './env';
import { until } from './expect';

export type BrowserName = 'chromium' | 'firefox';

/** A record as the test reads it from the database. */
export type StoredArticle = { url: string; visited: number; actors: { name: string; kind: string; aliases: string[]; keys: string[] }[] } & Record<string, unknown>;

export interface HistoryBrowser {
  name: BrowserName;
  /** A typed message from an extension page, in the extension's own envelope. */
  call<T>(type: string, req: unknown): Promise<T>;
  /** Opens an article in a new tab and waits until the background has its finished analysis. */
  openArticle(url: string, timeoutMs?: number): Promise<{ close(): Promise<void> }>;
  /** Opens a tab without waiting for anything. */
  openTab(url: string): Promise<{ close(): Promise<void> }>;
  /** Every record of the history database, in key order, read from an extension page. */
  dump(): Promise<StoredArticle[]>;
  /** storage.local as the extension sees it. */
  local(keys: string[]): Promise<Record<string, unknown>>;
  setLocal(items: Record<string, unknown>): Promise<void>;
  /** The options page, freshly loaded. */
  settings(): Promise<SettingsPage>;
  /**
   * Adds a listener to the background for the test: when a message of `type` arrives (and,
   * for engine/blocks, its part `seq`), the background is stopped (Chromium: the service worker
   * through CDP) or reloaded (Firefox: the event page). Resolves once the stop has happened.
   */
  stopBackgroundOn(type: string, seq?: number): Promise<{ stopped: Promise<void> }>;
  /** Chromium: the quota of the extension's origin, in bytes (CDP); Firefox cannot change it live. */
  overrideQuota?(bytes: number): Promise<void>;
  /** Bytes the extension's origin uses (navigator.storage.estimate). */
  usage(): Promise<number>;
  /** Runs a self-contained function in an extension page (the extension's origin) with one argument. */
  inExtension<A, T>(fn: (arg: A) => T | Promise<T>, arg: A): Promise<T>;
  /** Installs `dir` over the running extension, as an update does, keeping the profile. */
  update(dir: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * A file to import, made in the page: `text`, or `bytes` of spaces, or a history file of
 * `many.count` articles from a template whose "#" is the article's number.
 */
export type ImportFile = { name: string; text?: string; bytes?: number; many?: { template: string; count: number } };

export interface SettingsPage {
  text(selector: string): Promise<string>;
  chooseImport(file: ImportFile): Promise<void>;
  screenshot(path: string): Promise<void>;
}

/** In an extension page: every record of the history database, closing the connection after. */
const readDatabase = async (): Promise<unknown[]> => {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open('whosaid-history');
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  try {
    if (!db.objectStoreNames.contains('articles')) return [];
    return await new Promise<unknown[]>((resolve, reject) => {
      const req = db.transaction('articles').objectStore('articles').getAll();
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
  } finally {
    db.close();
  }
};

/** In the options page: puts a file made here into the import field, as a reader's choice does. */
const chooseFile = ({ name, text, bytes, many }: ImportFile) => {
  const input = document.querySelector<HTMLInputElement>('[data-testid="history-import"]');
  if (!input) throw new Error('no import field');
  // Large files are made here, not sent over the protocol.
  const made = many ? `{"format":"whosaid-history","version":1,"articles":[${Array.from({ length: many.count }, (_, i) => many.template.split('#').join(String(i))).join(',')}]}` : text;
  const body = made !== undefined ? [made] : [new Uint8Array(bytes ?? 0).fill(0x20)];
  const transfer = new DataTransfer();
  transfer.items.add(new File(body, name, { type: 'application/json' }));
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
};

type Envelope = { whosaid?: number; type?: string; body?: string };
type Api = {
  runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; body: string; error?: string }>; onMessage: { addListener(l: (m: Envelope) => void): void } };
  storage: { session: { get(k: null): Promise<Record<string, unknown>> }; local: { get(k: string[]): Promise<Record<string, unknown>>; set(i: Record<string, unknown>): Promise<void> } };
};

const callIn = async ([type, req]: readonly [string, unknown]) => {
  const g = globalThis as unknown as { chrome?: Api; browser?: Api };
  const api = (g.browser ?? g.chrome) as Api;
  const reply = await api.runtime.sendMessage({ whosaid: 1, type, body: JSON.stringify(req) });
  if (!reply.ok) throw new Error(reply.error ?? JSON.stringify(reply));
  return JSON.parse(reply.body) as unknown;
};

const stateIn = async (url: string) => {
  const g = globalThis as unknown as { chrome?: Api; browser?: Api };
  const all = await ((g.browser ?? g.chrome) as Api).storage.session.get(null);
  return ((Object.values(all).find((s) => (s as { url?: string }).url === url) as { status?: string } | undefined)?.status ?? null) as string | null;
};

const localIn = async (keys: string[]) => {
  const g = globalThis as unknown as { chrome?: Api; browser?: Api };
  return ((g.browser ?? g.chrome) as Api).storage.local.get(keys);
};
const setLocalIn = async (items: Record<string, unknown>) => {
  const g = globalThis as unknown as { chrome?: Api; browser?: Api };
  await ((g.browser ?? g.chrome) as Api).storage.local.set(items);
};
const usageIn = async () => (await navigator.storage.estimate()).usage ?? 0;

const byUrl = (records: unknown[]) => (records as StoredArticle[]).sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));

/** Chromium with the extension loaded from a copy of `dir` (its path, so its id, stays when updated). */
export async function launchChromiumHistory(dir = distFor('chrome')): Promise<HistoryBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'whosaid-chromium-safety-'));
  const extDir = mkdtempSync(join(tmpdir(), 'whosaid-chromium-ext-'));
  cpSync(dir, extDir, { recursive: true });
  let context: BrowserContext;
  let extensionId = '';
  let ext: PwPage;
  const start = async () => {
    context = await chromium.launchPersistentContext(profile, chromiumLaunchOptions(extDir, 1100));
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
    extensionId = new URL(worker.url()).host;
    ext = await context.newPage();
    await ext.goto(`chrome-extension://${extensionId}/src/options/index.html`);
  };
  await start();
  const options = () => `chrome-extension://${extensionId}/src/options/index.html`;
  const workers = () => context.serviceWorkers().filter((w) => w.url().startsWith(`chrome-extension://${extensionId}/`));
  let cdp: CDPSession | null = null;
  const session = async () => (cdp ??= await context.newCDPSession(ext));
  const self: HistoryBrowser = {
    name: 'chromium',
    call: async <T>(type: string, req: unknown) => (await ext.evaluate(callIn, [type, req] as const)) as T,
    async openArticle(url, timeoutMs = 30_000) {
      const page = await context.newPage();
      await page.goto(url);
      await until(async () => (await ext.evaluate(stateIn, url)) === 'done', `analysis of ${url}`, timeoutMs);
      return { close: () => page.close() };
    },
    async openTab(url) {
      const page = await context.newPage();
      void page.goto(url).catch(() => {});
      return { close: () => page.close() };
    },
    dump: async () => byUrl(await ext.evaluate(readDatabase)),
    local: (keys) => ext.evaluate(localIn, keys),
    setLocal: (items) => ext.evaluate(setLocalIn, items),
    async settings() {
      await ext.goto(`${options()}?t=${Date.now()}`);
      return {
        text: async (selector) => ((await ext.locator(selector).textContent({ timeout: 1000 }).catch(() => '')) ?? '').trim(),
        chooseImport: (file) => ext.evaluate(chooseFile, file),
        screenshot: async (path) => {
          await ext.screenshot({ path, fullPage: true });
        },
      };
    },
    async stopBackgroundOn(type, seq) {
      await ext.evaluate(callIn, ['history/count', {}] as const);
      // A stopped worker's object can stay listed beside its successor: hook every live one.
      const hook = ([t, sq]: readonly [string, number | null]) => {
        const g = globalThis as unknown as { __stopNow?: boolean; chrome: Api };
        g.__stopNow = false;
        g.chrome.runtime.onMessage.addListener((m) => {
          if (m?.whosaid !== 1 || m.type !== t) return;
          if (sq !== null && (JSON.parse(m.body ?? '{}') as { seq?: number }).seq !== sq) return;
          g.__stopNow = true;
        });
        return true;
      };
      const live: typeof workers extends () => infer W ? W : never = [];
      for (const w of workers()) if (await w.evaluate(hook, [type, seq ?? null] as const).catch(() => false)) live.push(w);
      if (live.length === 0) throw new Error('no live service worker');
      const c = await session();
      await c.send('ServiceWorker.enable');
      const stopped = (async () => {
        const seen = async () => {
          for (const w of live) if (await w.evaluate(() => (globalThis as unknown as { __stopNow?: boolean }).__stopNow === true).catch(() => false)) return true;
          return false;
        };
        await until(seen, `${type} in the background`, 60_000, 2);
        await c.send('ServiceWorker.stopAllWorkers');
      })();
      return { stopped };
    },
    async overrideQuota(bytes) {
      await (await session()).send('Storage.overrideQuotaForOrigin', { origin: `chrome-extension://${extensionId}`, quotaSize: bytes });
    },
    usage: () => ext.evaluate(usageIn),
    inExtension: <A, T>(fn: (arg: A) => T | Promise<T>, arg: A) => ext.evaluate(fn as never, arg) as Promise<T>,
    async update(dir2) {
      // The extension's files are replaced where they were installed and the extension is
      // reloaded, as chrome://extensions does for an unpacked extension (a relaunch alone keeps
      // running the service worker registered before).
      const installed = (JSON.parse(readFileSync(join(extDir, 'manifest.json'), 'utf8')) as { version: string }).version;
      rmSync(extDir, { recursive: true, force: true });
      cpSync(dir2, extDir, { recursive: true });
      // A release carries a higher version than the one it updates.
      const manifestPath = join(extDir, 'manifest.json');
      const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { version: string };
      if (manifest.version === installed) writeFileSync(manifestPath, JSON.stringify({ ...manifest, version: `${installed}.1` }));
      cdp = null;
      const page = await context.newPage();
      await page.goto(`chrome://extensions/?id=${extensionId}`);
      await page.evaluate(async (id) => {
        const dev = (globalThis as unknown as { chrome: { developerPrivate: { updateProfileConfiguration(o: object): Promise<void>; reload(id: string, o: object): Promise<void> } } }).chrome.developerPrivate;
        // Developer mode first: without it, reloading an unpacked extension disables it.
        await dev.updateProfileConfiguration({ inDeveloperMode: true });
        await dev.reload(id, { failQuietly: true });
      }, extensionId);
      await page.close();
      const version = `${installed}.1`;
      await until(async () => {
        if (ext.isClosed()) ext = await context.newPage();
        await ext.goto(options());
        return (await ext.evaluate(() => (globalThis as unknown as { chrome: { runtime: { getManifest(): { version: string } } } }).chrome.runtime.getManifest().version)) === version || manifest.version !== installed;
      }, 'the updated extension', 30_000, 500);
      // The new background answers once its database is open (and upgraded).
      await until(async () => !!(await ext.evaluate(callIn, ['history/count', {}] as const)), 'the updated background answering', 30_000, 500);
    },
    async close() {
      await context?.close();
      rmSync(profile, { recursive: true, force: true });
      rmSync(extDir, { recursive: true, force: true });
    },
  };
  return self;
}

/** Firefox (puppeteer over WebDriver BiDi) with the add-on installed from `dir`. */
export async function launchFirefoxHistory(dir = distFor('firefox'), prefs: Record<string, unknown> = {}): Promise<HistoryBrowser> {
  const launch = firefoxLaunchOptions(1100);
  const browser: Browser = await puppeteer.launch({ ...launch, extraPrefsFirefox: { ...launch.extraPrefsFirefox, ...prefs } });
  const EXT = `moz-extension://${FIREFOX_UUID}`;
  const install = async (d: string) => {
    const id = await browser.installExtension(d);
    if (id !== GECKO_ID) throw new Error(`unexpected add-on id ${id}`);
  };
  await install(dir);
  let ext: PpPage = await browser.newPage();
  const goExt = async (url: string) => {
    ext.goto(url).catch(() => {});
    await until(async () => (await ext.evaluate(() => location.href)) === url && (await ext.evaluate(() => document.readyState)) === 'complete', url, 20_000);
  };
  const reopen = async () => {
    // An add-on reload closes its pages: work from a new one once the new background answers.
    if (!ext.isClosed()) await ext.close().catch(() => {});
    ext = await browser.newPage();
    await until(async () => {
      await goExt(`${EXT}/src/options/index.html?t=${Date.now()}`);
      await ext.evaluate(callIn, ['history/count', {}] as const);
      return true;
    }, 'the add-on answering again', 30_000, 500);
  };
  await reopen();
  const text = (selector: string) => ext.$eval(selector, (el) => (el.textContent ?? '').trim()).catch(() => '');
  return {
    name: 'firefox',
    call: async <T>(type: string, req: unknown) => (await ext.evaluate(callIn, [type, req] as const)) as T,
    async openArticle(url, timeoutMs = 30_000) {
      const page = await browser.newPage();
      await page.goto(url);
      await until(async () => (await ext.evaluate(stateIn, url)) === 'done', `analysis of ${url}`, timeoutMs);
      return { close: () => page.close() };
    },
    async openTab(url) {
      const page = await browser.newPage();
      void page.goto(url).catch(() => {});
      return { close: () => page.close() };
    },
    dump: async () => byUrl(await ext.evaluate(readDatabase)),
    local: (keys) => ext.evaluate(localIn, keys),
    setLocal: (items) => ext.evaluate(setLocalIn, items),
    async settings() {
      await goExt(`${EXT}/src/options/index.html?t=${Date.now()}`);
      return {
        text,
        chooseImport: (file) => ext.evaluate(chooseFile, file),
        screenshot: async (path) => {
          await ext.screenshot({ path, fullPage: true });
        },
      };
    },
    async stopBackgroundOn(type, seq) {
      // Firefox has no protocol command that stops an event page; reloading it from inside
      // ends every write and batch in flight just the same.
      const hooked = await ext.evaluate(
        async (t: string, s: number | null) => {
          const api = (globalThis as unknown as { browser: { runtime: { getBackgroundPage(): Promise<Window | null> } } }).browser;
          const bg = (await api.runtime.getBackgroundPage()) as unknown as { location: Location; setTimeout: typeof setTimeout; browser: Api; __old?: boolean } | null;
          if (!bg) return false;
          // The reloaded page is a new global without this mark.
          bg.__old = true;
          bg.browser.runtime.onMessage.addListener((m) => {
            if (m?.whosaid !== 1 || m.type !== t) return;
            if (s !== null && (JSON.parse(m.body ?? '{}') as { seq?: number }).seq !== s) return;
            bg.setTimeout(() => bg.location.reload(), 0);
          });
          return true;
        },
        type,
        seq ?? null,
      );
      if (!hooked) throw new Error('the background page is not reachable');
      const stopped = (async () => {
        // The reload takes this page's view of the old background with it; wait for the new one.
        const fresh = () =>
          (globalThis as unknown as { browser: { runtime: { getBackgroundPage(): Promise<{ __old?: boolean } | null> } } }).browser.runtime
            .getBackgroundPage()
            .then((bg) => !!bg && !bg.__old);
        await until(() => ext.evaluate(fresh), 'the reloaded background', 60_000, 20);
      })();
      return { stopped };
    },
    usage: () => ext.evaluate(usageIn),
    inExtension: <A, T>(fn: (arg: A) => T | Promise<T>, arg: A) => ext.evaluate(fn as never, arg) as Promise<T>,
    async update(dir2) {
      // Installing an add-on of the same id over the installed one is Firefox's update.
      await install(dir2);
      await reopen();
    },
    async close() {
      await browser.close();
    },
  };
}

export const launchHistoryBrowser = (name: BrowserName, dir?: string): Promise<HistoryBrowser> =>
  name === 'chromium' ? launchChromiumHistory(dir ?? distFor('chrome')) : launchFirefoxHistory(dir ?? distFor('firefox'));
