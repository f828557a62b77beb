// The engine runs in the background, once per background lifetime, and never in a page: the
// content script's bundle holds none of its code, a page still gets its statements, and a page
// whose background is stopped halfway through sending its blocks asks again and is highlighted.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import puppeteer, { type Browser, type Page as PpPage } from 'puppeteer-core';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { CHROMIUM, FIREFOX, FIREFOX_UUID, GECKO_ID, PAGES, ROOT, SEED, chromiumLaunchOptions, distFor, firefoxLaunchOptions, missing, skipNote } from './support/env';
import { servePages, type PageServer } from './support/server';
import { readHighlights } from './support/inpage';
import { expectDenialsHighlighted, until } from './support/expect';
import { longSeedPage } from './support/pages';

/** Word-list entries and other string literals of the engine's sources that no page-side module has. */
function engineMarkers(): string[] {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((n) => {
      const f = join(dir, n);
      return statSync(f).isDirectory() ? files(f) : f.endsWith('.ts') ? [f] : [];
    });
  const literals = new Set<string>();
  for (const f of files(join(ROOT, 'src', 'engine'))) {
    for (const m of readFileSync(f, 'utf8').matchAll(/'([a-z][a-z ]{7,})'/g)) literals.add(m[1] as string);
  }
  const pageSide = ['page', 'content', 'shared'].flatMap((d) => files(join(ROOT, 'src', d))).map((f) => readFileSync(f, 'utf8')).join('\n');
  return [...literals].filter((l) => !pageSide.includes(l));
}

/**
 * A script and every module it imports statically, as one text; with `dynamic`, also those it
 * imports on demand (Firefox's background loads the engine when first needed: background-start.e2e.ts).
 */
function bundleText(dir: string, entry: string, dynamic = false): string {
  const seen = new Set<string>();
  const queue = [resolve(dir, entry)];
  let text = '';
  while (queue.length) {
    const file = queue.shift() as string;
    if (seen.has(file)) continue;
    seen.add(file);
    const src = readFileSync(file, 'utf8');
    text += src;
    const specs = [...src.matchAll(/(?:import|export)\s*(?:[\w*{}\s,$]*from\s*)?["']([^"']+\.js)["']/g)];
    if (dynamic) specs.push(...src.matchAll(/\bimport\(\s*["']([^"']+\.js)["']\s*\)/g));
    for (const m of specs) {
      const spec = m[1] as string;
      queue.push(spec.startsWith('/') ? resolve(dir, '.' + spec) : resolve(dirname(file), spec));
    }
  }
  return text;
}

describe('the engine is bundled with the background only', () => {
  const markers = engineMarkers();
  for (const browser of ['chrome', 'firefox'] as const) {
    it(`${browser}: the content script holds no engine code, the background does`, () => {
      const dir = distFor(browser);
      const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
        content_scripts: { js: string[] }[];
        background: { service_worker?: string; scripts?: string[] };
      };
      const content = manifest.content_scripts.flatMap((c) => c.js).map((f) => bundleText(dir, f)).join('\n');
      const background = [manifest.background.service_worker ?? manifest.background.scripts?.[0] ?? ''].map((f) => bundleText(dir, f, true)).join('\n');
      expect(markers.length).toBeGreaterThan(100);
      expect(markers.filter((m) => content.includes(m))).toEqual([]);
      expect(markers.filter((m) => background.includes(m)).length).toBeGreaterThan(markers.length * 0.9);
    });
  }
});

/** In the page: how many times it asked the background, and whether the whole article was painted. */
const asked = () => ({
  asks: performance.getEntriesByName('whosaid:ask').length,
  paintedAll: performance.getEntriesByName('whosaid:painted-all').length > 0,
  backgroundEngine: performance.getEntriesByName('whosaid:background-engine').length > 0,
});

/** A listener added to the background for the test: notes when a page's blocks are arriving. */
type Envelope = { whosaid?: number; type?: string; body?: string };

const LONG_WORDS = 60_000;

const chromiumWhy = missing(CHROMIUM);
if (chromiumWhy) skipNote('chromium', chromiumWhy);

describe.skipIf(!!chromiumWhy)('chromium: analysis in the service worker', () => {
  let server: PageServer;
  let context: BrowserContext;
  let worker: Worker;
  let profile = '';

  beforeAll(async () => {
    server = await servePages(PAGES, { 'long.html': longSeedPage(LONG_WORDS) });
    profile = mkdtempSync(join(tmpdir(), 'whosaid-chromium-'));
    context = await chromium.launchPersistentContext(profile, chromiumLaunchOptions(distFor('chrome')));
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('a page gets its statements from the service worker', async () => {
    const page = await context.newPage();
    const url = `${server.origin}/${SEED}`;
    await page.goto(url);
    expectDenialsHighlighted(await until(async () => {
      const h = await page.evaluate(readHighlights);
      return h.some((x) => x.name.endsWith('-denies')) ? h : null;
    }, 'denial highlights'));
    const timeline = await until(async () => {
      const a = await page.evaluate(asked);
      return a.paintedAll ? a : null;
    }, 'the whole page painted');
    expect(timeline).toEqual({ asks: 1, paintedAll: true, backgroundEngine: true });
    // The service worker holds the analysis the page reported by name.
    const statements = await until(() => worker.evaluate(async (u) => {
      const all = await (globalThis as unknown as { chrome: { storage: { session: { get(k: null): Promise<Record<string, unknown>> } } } }).chrome.storage.session.get(null);
      const s = Object.values(all).find((v) => (v as { url?: string }).url === u) as { status: string; analysis: { statements: unknown[] } | null } | undefined;
      return s?.status === 'done' ? (s.analysis?.statements.length ?? 0) : 0;
    }, url), 'the statements in the background');
    expect(statements).toBeGreaterThan(5);
    await page.close();
  });

  it('a service worker stopped while a long page sends its blocks: the page asks again and is highlighted', async () => {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await worker.evaluate(() => {
      const g = globalThis as unknown as { __partSeen?: boolean; chrome: { runtime: { onMessage: { addListener(l: (m: Envelope) => void): void } } } };
      g.__partSeen = false;
      g.chrome.runtime.onMessage.addListener((m) => {
        if (m?.whosaid === 1 && m.type === 'engine/blocks' && (JSON.parse(m.body ?? '{}') as { seq?: number }).seq === 1) g.__partSeen = true;
      });
    });
    void page.goto(`${server.origin}/long.html`).catch(() => {});
    // The second part arrived: the page is halfway through its batch. Stop the worker now.
    await until(() => worker.evaluate(() => (globalThis as unknown as { __partSeen?: boolean }).__partSeen === true), 'the second part of the blocks', 30_000, 5);
    await cdp.send('ServiceWorker.stopAllWorkers');
    const timeline = await until(async () => {
      const a = await page.evaluate(asked);
      return a.paintedAll ? a : null;
    }, 'the whole long page painted', 60_000);
    expect(timeline.asks, 'the page started over once the worker was gone').toBeGreaterThanOrEqual(2);
    expectDenialsHighlighted(await page.evaluate(readHighlights));
    await cdp.detach();
    await page.close();
  });
});

const firefoxWhy = missing(FIREFOX);
if (firefoxWhy) skipNote('firefox', firefoxWhy);

describe.skipIf(!!firefoxWhy)('firefox: analysis in the background page', () => {
  let server: PageServer;
  let browser: Browser;
  let ext: PpPage;

  beforeAll(async () => {
    server = await servePages(PAGES, { 'long.html': longSeedPage(LONG_WORDS) });
    browser = await puppeteer.launch(firefoxLaunchOptions());
    expect(await browser.installExtension(distFor('firefox'))).toBe(GECKO_ID);
    // An extension page of the add-on's own, from which the test reaches its background page.
    ext = await browser.newPage();
    const url = `moz-extension://${FIREFOX_UUID}/src/popup/index.html`;
    ext.goto(url).catch(() => {});
    await until(async () => (await ext.evaluate(() => location.href)) === url && (await ext.evaluate(() => document.readyState)) !== 'loading', 'an extension page');
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('a page gets its statements from the background', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.origin}/${SEED}`);
    expectDenialsHighlighted(await until(async () => {
      const h = await page.evaluate(readHighlights);
      return h.some((x) => x.name.endsWith('-denies')) ? h : null;
    }, 'denial highlights', 30_000));
    const timeline = await until(async () => {
      const a = await page.evaluate(asked);
      return a.paintedAll ? a : null;
    }, 'the whole page painted');
    expect(timeline).toEqual({ asks: 1, paintedAll: true, backgroundEngine: true });
    await page.close();
  });

  it('a background page reloaded while a long page sends its blocks: the page asks again and is highlighted', async () => {
    // Firefox has no protocol command that stops an event page; reloading it loses every batch
    // in flight just the same, the moment the page's second part arrives.
    const hooked = await ext.evaluate(async () => {
      const api = (globalThis as unknown as { browser: { runtime: { getBackgroundPage(): Promise<Window | null> } } }).browser;
      const bg = (await api.runtime.getBackgroundPage()) as unknown as {
        location: Location;
        setTimeout: typeof setTimeout;
        browser: { runtime: { onMessage: { addListener(l: (m: Envelope) => void): void } } };
      } | null;
      if (!bg) return false;
      bg.browser.runtime.onMessage.addListener((m) => {
        if (m?.whosaid === 1 && m.type === 'engine/blocks' && (JSON.parse(m.body ?? '{}') as { seq?: number }).seq === 1) bg.setTimeout(() => bg.location.reload(), 0);
      });
      return true;
    });
    expect(hooked, 'the background page reachable from an extension page').toBe(true);
    const page = await browser.newPage();
    await page.goto(`${server.origin}/long.html`);
    const timeline = await until(async () => {
      const a = await page.evaluate(asked);
      return a.paintedAll ? a : null;
    }, 'the whole long page painted', 60_000);
    expect(timeline.asks, 'the page started over once the background was gone').toBeGreaterThanOrEqual(2);
    expectDenialsHighlighted(await page.evaluate(readHighlights));
    await page.close();
  });
});
