// The on-device history in Chromium: two articles quoting the same person, the second
// page's popup lists the first; the actor page; clearing; an incognito window writes
// nothing; the extension makes no request of its own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM, SCREENSHOTS, distFor, skipNote, chromiumLaunchOptions } from './support/env';
import { servePages, type PageServer } from './support/server';
import { until } from './support/expect';
import { HISTORY_A, HISTORY_B } from './support/history-pages';

interface ExtApi {
  storage: { session: { get(keys: null): Promise<Record<string, unknown>> } };
  runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; body: string }> };
  windows: { create(o: { url: string; incognito: boolean }): Promise<{ id: number }> };
}

const why = existsSync(CHROMIUM) ? null : `browser not installed at ${CHROMIUM}`;
if (why) skipNote('chromium history', why);

describe.skipIf(!!why)('chromium history', () => {
  let server: PageServer;
  let context: BrowserContext;
  let worker: Worker | undefined;
  let extensionId = '';
  let profile = '';
  let empty = '';
  let ext: Page;
  const requests: string[] = [];

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    empty = mkdtempSync(join(tmpdir(), 'whosaid-history-pages-'));
    server = await servePages(empty, { 'a.html': HISTORY_A, 'b.html': HISTORY_B, 'private.html': HISTORY_A.replace('<h1>', '<h1>Private: ') });
    profile = mkdtempSync(join(tmpdir(), 'whosaid-chromium-history-'));
    const dir = distFor('chrome');
    context = await chromium.launchPersistentContext(profile, chromiumLaunchOptions(dir, 1100));
    context.on('request', (r) => requests.push(r.url()));
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
    extensionId = new URL(worker.url()).host;
    ext = await context.newPage();
    await ext.goto(`chrome-extension://${extensionId}/src/options/index.html`);
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
    if (empty) rmSync(empty, { recursive: true, force: true });
  });

  /** A typed-message call from an extension page (the same envelope the extension uses). */
  const call = async <T>(type: string, req: unknown): Promise<T> =>
    ext.evaluate(
      async ([t, r]) => {
        const api = (globalThis as unknown as { chrome: ExtApi }).chrome;
        const reply = await api.runtime.sendMessage({ whosaid: 1, type: t, body: JSON.stringify(r) });
        if (!reply.ok) throw new Error(JSON.stringify(reply));
        return JSON.parse(reply.body);
      },
      [type, req] as const,
    ) as Promise<T>;

  const count = async () => (await call<{ articles: number }>('history/count', {})).articles;

  const stateFor = (url: string) =>
    ext.evaluate(async (u) => {
      const api = (globalThis as unknown as { chrome: ExtApi }).chrome;
      const all = await api.storage.session.get(null);
      return (Object.values(all).find((s) => (s as { url?: string }).url === u) as { tabId: number; status: string } | undefined) ?? null;
    }, url);

  const openArticle = async (path: string): Promise<{ page: Page; tabId: number }> => {
    const page = await context.newPage();
    const url = `${server.origin}/${path}`;
    await page.goto(url);
    const state = await until(async () => {
      const s = await stateFor(url);
      return s?.status === 'done' ? s : null;
    }, `analysis of ${path}`, 30_000);
    return { page, tabId: state.tabId };
  };

  it('remembers the first article and shows it under the same person on the second', async () => {
    await openArticle('a.html');
    await until(async () => (await count()) === 1, 'article A remembered');
    const { tabId } = await openArticle('b.html');
    await until(async () => (await count()) === 2, 'article B remembered');

    const popup = await context.newPage();
    await popup.setViewportSize({ width: 440, height: 1000 });
    await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html?tab=${tabId}`);
    const related = popup.locator('[data-related="Marta Kovalenko"]');
    await until(async () => ((await related.locator('.history-summary').textContent().catch(() => '')) ?? '').includes('1 earlier article'), 'history summary');
    expect(await related.locator('.history-summary').textContent()).toBe('1 earlier article: denied once');
    await related.locator('summary').click();
    const earlier = related.locator('[data-kind="earlier"] a');
    expect(await earlier.getAttribute('href')).toBe(`${server.origin}/a.html`);
    expect(await earlier.textContent()).toContain('Harbour authority rejects reports');
    expect(await related.locator('[data-kind="earlier"] .meta').textContent()).toContain('127.0.0.1');

    // In-article links: the https one with its text; javascript: and data: never become links.
    const articleLinks = await related.locator('[data-kind="article-links"] a').evaluateAll((as) => as.map((a) => [a.textContent, a.getAttribute('href')]));
    expect(articleLinks).toContainEqual(['short statement', 'https://port.example/statement']);
    const hrefs = await popup.locator('#groups a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(4);
    for (const h of hrefs) expect(h, h).toMatch(/^https?:\/\//);
    const searches = await related.locator('[data-kind="search"] a').evaluateAll((as) => as.map((a) => new URL(a.getAttribute('href')!).hostname));
    expect(searches).toEqual(['news.google.com', 'www.bing.com', 'duckduckgo.com', 'api.gdeltproject.org']);
    await popup.screenshot({ path: join(SCREENSHOTS, 'chromium-popup-history.png'), fullPage: true });

    // One click opens the actor page: her statements across both articles, by stance.
    const [actorPage] = await Promise.all([context.waitForEvent('page'), related.locator('.actor-page').click()]);
    await until(async () => ((await actorPage.locator('[data-testid="actor-count"]').textContent().catch(() => '')) ?? '').startsWith('2 articles'), 'actor page');
    expect(await actorPage.locator('[data-stance="denies"] a').getAttribute('href')).toBe(`${server.origin}/a.html`);
    expect(await actorPage.locator('[data-stance="declines"] a').getAttribute('href')).toBe(`${server.origin}/b.html`);
    expect(await actorPage.locator('[data-testid="actor-list"]').textContent()).toContain('Marta Kovalenko');
    await actorPage.locator('input[type=search]').fill('kovalenko');
    await until(async () => (await actorPage.locator('[data-testid="actor-list"] li').count()) === 1, 'filtered actor list');
    await actorPage.screenshot({ path: join(SCREENSHOTS, 'chromium-actor-page.png'), fullPage: true });
    await actorPage.close();
    await popup.close();
  });

  it('clears the whole history from the options page', async () => {
    await ext.reload();
    await until(async () => ((await ext.locator('[data-testid="history-count"]').textContent()) ?? '').startsWith('2 articles'), 'count in options');
    await ext.screenshot({ path: join(SCREENSHOTS, 'chromium-options-history.png'), fullPage: true });
    ext.once('dialog', (d) => void d.accept());
    await ext.locator('[data-testid="history-clear"]').click();
    await until(async () => ((await ext.locator('[data-testid="history-count"]').textContent()) ?? '').startsWith('0 articles'), 'cleared');
    expect(await count()).toBe(0);
    expect((await call<{ actors: unknown[] }>('history/actors', { query: '' })).actors).toEqual([]);
  });

  it('writes nothing from an incognito window', async () => {
    // Allow the extension in incognito the way a user does (chrome://extensions); this reloads it.
    const settings = await context.newPage();
    await settings.goto(`chrome://extensions/?id=${extensionId}`);
    // Developer mode first: without it, reloading an unpacked extension disables it.
    await settings.evaluate(() =>
      (globalThis as unknown as { chrome: { developerPrivate: { updateProfileConfiguration(o: object): Promise<void> } } }).chrome.developerPrivate.updateProfileConfiguration({
        inDeveloperMode: true,
      }),
    );
    await settings.evaluate(
      (id) =>
        (globalThis as unknown as { chrome: { developerPrivate: { updateExtensionConfiguration(o: object): Promise<void> } } }).chrome.developerPrivate.updateExtensionConfiguration({
          extensionId: id,
          incognitoAccess: true,
        }),
      extensionId,
    );
    await settings.close();
    // The extension's pages closed with the reload: open a new one.
    await until(async () => {
      if (ext.isClosed()) ext = await context.newPage();
      await ext.goto(`chrome-extension://${extensionId}/src/options/index.html`);
      return ext.evaluate(() =>
        (globalThis as unknown as { chrome: { extension: { isAllowedIncognitoAccess(): Promise<boolean> } } }).chrome.extension.isAllowedIncognitoAccess(),
      );
    }, 'incognito access allowed', 20_000, 500);

    const url = `${server.origin}/private.html`;
    await ext.evaluate(async (u) => {
      await (globalThis as unknown as { chrome: ExtApi }).chrome.windows.create({ url: u, incognito: true });
    }, url);
    // The content script ran in the incognito tab and reported to the (spanning) background...
    await until(async () => (await stateFor(url))?.status === 'done', 'analysis in the incognito window', 30_000);
    await new Promise((r) => setTimeout(r, 1500));
    // ...which wrote nothing.
    expect(await count()).toBe(0);
    // The same page in a normal window is remembered, so the check above is not vacuous.
    await openArticle('private.html?normal');
    await until(async () => (await count()) === 1, 'the normal window remembered');
  });

  it('made no network request of its own', () => {
    const allowed = [`${server.origin}/`, `chrome-extension://${extensionId}/`, 'chrome://', 'data:', 'blob:'];
    const foreign = requests.filter((u) => !allowed.some((a) => u.startsWith(a)));
    expect(foreign).toEqual([]);
    expect(requests.some((u) => u.startsWith(`chrome-extension://${extensionId}/`))).toBe(true);
  });

  it('ships no network call besides the module-preload helper (both builds)', () => {
    const api = /\bfetch\(|XMLHttpRequest|new WebSocket|sendBeacon|new EventSource|importScripts\(/g;
    for (const browser of ['chrome', 'firefox'] as const) {
      const found: string[] = [];
      const scan = (dir: string) => {
        for (const e of readdirSync(dir, { withFileTypes: true })) {
          const full = join(dir, e.name);
          if (e.isDirectory()) scan(full);
          else if (e.name.endsWith('.js')) {
            const code = readFileSync(full, 'utf8');
            for (const m of code.matchAll(api)) found.push(code.slice(m.index, m.index + 40));
          }
        }
      };
      scan(distFor(browser));
      // Vite's modulepreload polyfill fetches the extension's own module files, nothing else.
      expect(found.every((f) => f.startsWith('fetch(link.href')), `${browser}: ${JSON.stringify(found)}`).toBe(true);
    }
  });
});
