// The on-device history in Firefox (puppeteer-core over WebDriver BiDi): two articles quoting
// the same person, the second page's popup lists the first; the actor page; clearing; a
// private window writes nothing; the extension's pages make no request outside the extension.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIREFOX, FIREFOX_UUID, GECKO_ID, SCREENSHOTS, distFor, skipNote, firefoxLaunchOptions } from './support/env';
import { servePages, type PageServer } from './support/server';
import { until } from './support/expect';
import { HISTORY_A, HISTORY_B } from './support/history-pages';

interface ExtApi {
  storage: { session: { get(keys: null): Promise<Record<string, unknown>> } };
  runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; body: string }> };
  windows: { create(o: { url: string; incognito: boolean }): Promise<{ id: number; incognito: boolean }> };
  extension: { isAllowedIncognitoAccess(): Promise<boolean> };
}

const why = existsSync(FIREFOX) ? null : `browser not installed at ${FIREFOX}`;
if (why) skipNote('firefox history', why);

const EXT = `moz-extension://${FIREFOX_UUID}`;

/** Navigates without awaiting the load (extension pages may never report it over BiDi). */
async function open(page: Page, url: string): Promise<void> {
  page.goto(url).catch(() => {});
  await until(async () => (await page.evaluate(() => location.href)) === url && (await page.evaluate(() => document.readyState)) === 'complete', `page ${url}`);
}

describe.skipIf(!!why)('firefox history', () => {
  let server: PageServer;
  let browser: Browser;
  let empty = '';
  let ext: Page;
  const requests: string[] = [];
  const watch = (page: Page) => {
    page.on('request', (r) => void requests.push(r.url()));
    return page;
  };

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    empty = mkdtempSync(join(tmpdir(), 'whosaid-history-pages-'));
    server = await servePages(empty, { 'a.html': HISTORY_A, 'b.html': HISTORY_B, 'private.html': HISTORY_A.replace('<h1>', '<h1>Private: ') });
    browser = await puppeteer.launch(firefoxLaunchOptions(1100));
    expect(await browser.installExtension(distFor('firefox'))).toBe(GECKO_ID);
    ext = watch(await browser.newPage());
    await open(ext, `${EXT}/src/options/index.html`);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (empty) rmSync(empty, { recursive: true, force: true });
  });

  const call = async <T>(type: string, req: unknown): Promise<T> =>
    ext.evaluate(
      async (t: string, r: unknown) => {
        const api = (globalThis as unknown as { browser: ExtApi }).browser;
        const reply = await api.runtime.sendMessage({ whosaid: 1, type: t, body: JSON.stringify(r) });
        if (!reply.ok) throw new Error(JSON.stringify(reply));
        return JSON.parse(reply.body);
      },
      type,
      req,
    ) as Promise<T>;

  const count = async () => (await call<{ articles: number }>('history/count', {})).articles;

  const stateFor = (url: string) =>
    ext.evaluate(async (u: string) => {
      const api = (globalThis as unknown as { browser: ExtApi }).browser;
      const all = await api.storage.session.get(null);
      return (Object.values(all).find((s) => (s as { url?: string }).url === u) as { tabId: number; status: string } | undefined) ?? null;
    }, url);

  const articles: Page[] = [];
  const openArticle = async (path: string): Promise<number> => {
    const page = watch(await browser.newPage());
    articles.push(page);
    const url = `${server.origin}/${path}`;
    await page.goto(url);
    const state = await until(async () => {
      const s = await stateFor(url);
      return s?.status === 'done' ? s : null;
    }, `analysis of ${path}`, 30_000);
    return state.tabId;
  };

  const text = (page: Page, selector: string) => page.$eval(selector, (el) => el.textContent ?? '').catch(() => '');

  it('remembers the first article and shows it under the same person on the second', async () => {
    await openArticle('a.html');
    await until(async () => (await count()) === 1, 'article A remembered');
    const tabId = await openArticle('b.html');
    await until(async () => (await count()) === 2, 'article B remembered');

    const popup = watch(await browser.newPage());
    await popup.setViewport({ width: 440, height: 1000 });
    await open(popup, `${EXT}/src/popup/index.html?tab=${tabId}`);
    const rel = '[data-related="Marta Kovalenko"]';
    await until(async () => (await text(popup, `${rel} .history-summary`)).includes('1 earlier article'), 'history summary');
    expect(await text(popup, `${rel} .history-summary`)).toBe('1 earlier article: denied once');
    await popup.click(`${rel} summary`);
    expect(await popup.$eval(`${rel} [data-kind="earlier"] a`, (a) => a.getAttribute('href'))).toBe(`${server.origin}/a.html`);
    expect(await text(popup, `${rel} [data-kind="earlier"] a`)).toContain('Harbour authority rejects reports');
    const articleLinks = await popup.$$eval(`${rel} [data-kind="article-links"] a`, (as) => as.map((a) => [a.textContent, a.getAttribute('href')]));
    expect(articleLinks).toContainEqual(['short statement', 'https://port.example/statement']);
    const hrefs = await popup.$$eval('#groups a[href]', (as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.length).toBeGreaterThan(4);
    for (const h of hrefs) expect(h, h).toMatch(/^https?:\/\//);
    await popup.screenshot({ path: join(SCREENSHOTS, 'firefox-popup-history.png'), fullPage: true });

    // The actor page, opened from the popup.
    const before = new Set(await browser.pages());
    await popup.click(`${rel} .actor-page`);
    const actorPage = watch(
      // Over BiDi, page.url() of an extension page may stay about:blank: ask each new page.
      await until(async () => {
        for (const p of await browser.pages()) {
          if (before.has(p)) continue;
          if ((await p.evaluate(() => location.pathname).catch(() => '')).includes('/src/actor/index.html')) return p;
        }
        return undefined;
      }, 'the actor page opened'),
    );
    await until(async () => (await text(actorPage, '[data-testid="actor-count"]')).startsWith('2 articles'), 'actor page');
    expect(await actorPage.$eval('[data-stance="denies"] a', (a) => a.getAttribute('href'))).toBe(`${server.origin}/a.html`);
    expect(await actorPage.$eval('[data-stance="declines"] a', (a) => a.getAttribute('href'))).toBe(`${server.origin}/b.html`);
    expect(await text(actorPage, '[data-testid="actor-list"]')).toContain('Marta Kovalenko');
    await actorPage.close();
    await popup.close();
    // Reloading the add-on later re-injects content scripts into open tabs: close the articles.
    for (const page of articles.splice(0)) await page.close();
  });

  it('clears the whole history from the options page', async () => {
    await open(ext, `${EXT}/src/options/index.html?reload`);
    await until(async () => (await text(ext, '[data-testid="history-count"]')).startsWith('2 articles'), 'count in options');
    await ext.evaluate(() => {
      window.confirm = () => true;
    });
    await ext.click('[data-testid="history-clear"]');
    await until(async () => (await text(ext, '[data-testid="history-count"]')).startsWith('0 articles'), 'cleared');
    expect(await count()).toBe(0);
  });

  it('writes nothing from a private window', async () => {
    for (const page of articles.splice(0)) await page.close();
    // Allow the add-on in private windows, as about:addons' "Run in Private Windows" does; this reloads it.
    const addons = await browser.newPage();
    addons.goto('about:addons').catch(() => {});
    await until(async () => (await addons.evaluate(() => location.href)) === 'about:addons', 'about:addons');
    await addons.evaluate(async (id: string) => {
      const g = globalThis as unknown as { ChromeUtils: { importESModule(u: string): Record<string, any> } };
      const { ExtensionPermissions } = g.ChromeUtils.importESModule('resource://gre/modules/ExtensionPermissions.sys.mjs');
      const { AddonManager } = g.ChromeUtils.importESModule('resource://gre/modules/AddonManager.sys.mjs');
      await ExtensionPermissions.add(id, { permissions: ['internal:privateBrowsingAllowed'], origins: [] });
      await (await AddonManager.getAddonByID(id)).reload();
    }, GECKO_ID);
    await addons.close();
    // The reload closed the add-on's pages: work from a new one.
    ext = watch(await browser.newPage());
    await until(async () => {
      await open(ext, `${EXT}/src/options/index.html?private`);
      return ext.evaluate(() => (globalThis as unknown as { browser: ExtApi }).browser.extension.isAllowedIncognitoAccess());
    }, 'private browsing allowed', 20_000, 500);

    const url = `${server.origin}/private.html`;
    const win = await ext.evaluate((u: string) => (globalThis as unknown as { browser: ExtApi }).browser.windows.create({ url: u, incognito: true }), url);
    expect(win.incognito).toBe(true);
    await until(async () => (await stateFor(url))?.status === 'done', 'analysis in the private window', 30_000);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await count()).toBe(0);
    // Close the private window so that the next tab opens in a normal one.
    await ext.evaluate((id: number) => (globalThis as unknown as { browser: { windows: { remove(id: number): Promise<void> } } }).browser.windows.remove(id), win.id);
    await openArticle('private.html?normal');
    await until(async () => (await count()) === 1, 'the normal window remembered');
  });

  it("made no network request from the extension's pages", () => {
    const allowed = [`${server.origin}/`, `${EXT}/`, 'about:', 'data:', 'blob:'];
    const foreign = requests.filter((u) => !allowed.some((a) => u.startsWith(a)));
    expect(foreign).toEqual([]);
  });
});
