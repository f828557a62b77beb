// WhoSaid in Debian's Chromium, driven by playwright-core with the unpacked e2e build.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM, PAGES, SCREENSHOTS, SEED, distFor, missing, skipNote, chromiumLaunchOptions } from './support/env';
import { servePages, type PageServer } from './support/server';
import { cardText, flashPosition, highlightPoint, pageFingerprint, popupGroups, paintedHighlights, popupStatus, readHighlights, highlightStyling, watchPaintedHighlights } from './support/inpage';
import { expectDenialsHighlighted, expectNeverPainted, expectPopupGroups, until } from './support/expect';
import { darkPage, indexPage, latePage } from './support/pages';

/** The bit of the extension API the tests read (the background's per-tab state). */
interface SessionApi {
  storage: { session: { get(keys: null): Promise<Record<string, unknown>> } };
}

const why = missing(CHROMIUM);
if (why) skipNote('chromium', why);

describe.skipIf(!!why)('chromium', () => {
  let server: PageServer;
  let context: BrowserContext;
  let worker: Worker;
  let extensionId = '';
  let profile = '';
  let seed: Page;
  let popup: Page;
  let seedUrl = '';

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    server = await servePages(PAGES, { 'late.html': latePage(), 'dark.html': darkPage(), 'index.html': indexPage() });
    seedUrl = `${server.origin}/${SEED}`;
    profile = mkdtempSync(join(tmpdir(), 'whosaid-chromium-'));
    const dir = distFor('chrome');
    context = await chromium.launchPersistentContext(profile, chromiumLaunchOptions(dir));
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
    extensionId = new URL(worker.url()).host;
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  /** The background's per-tab state for a URL (it names the tab that reported the page). */
  const stateFor = (url: string) =>
    worker.evaluate(async (u) => {
      const ext = (globalThis as unknown as { chrome: SessionApi }).chrome;
      const all = await ext.storage.session.get(null);
      return (Object.values(all).find((s) => (s as { url?: string }).url === u) as { tabId: number; url: string; status: string } | undefined) ?? null;
    }, url);

  const watched = (page: Page) => ({ highlights: () => page.evaluate(readHighlights), painted: () => page.evaluate(paintedHighlights) });
  const texts = async (page: Page, suffix: string) =>
    (await page.evaluate(readHighlights)).filter((h) => h.name.endsWith(suffix)).flatMap((h) => h.texts).join(' | ');

  it('loads the extension', () => {
    expect(extensionId).toMatch(/^[a-p]{32}$/);
  });

  it('highlights the seed page denials without changing its DOM text', async () => {
    // The same page on a host WhoSaid does not run on gives the untouched text.
    const plain = await context.newPage();
    await plain.goto(`${server.otherOrigin}/${SEED}`);
    const before = await plain.evaluate(pageFingerprint);
    await plain.close();

    seed = await context.newPage();
    await seed.goto(seedUrl);
    const highlights = await until(async () => {
      const h = await seed.evaluate(readHighlights);
      return h.some((x) => x.name.endsWith('-denies')) ? h : null;
    }, 'denial highlights on the seed page');
    expectDenialsHighlighted(highlights);
    // Styled by the packaged stylesheet the browser added, with no sheet adopted at paint time.
    expect(await seed.evaluate(highlightStyling)).toEqual({ packaged: true, adopted: 0 });

    // Hover a denial: the card appears in WhoSaid's shadow root.
    const point = await seed.evaluate(highlightPoint, '-denies');
    expect(point).not.toBeNull();
    await seed.mouse.move(point!.x, point!.y);
    const card = await until(() => seed.evaluate(cardText), 'the statement card');
    expect(card).toMatch(/denies/);
    const after = await seed.evaluate(pageFingerprint);
    await seed.screenshot({ path: join(SCREENSHOTS, 'chromium-page.png') });
    expect(after.text).toBe(before.text);
    expect(after.bodyHtmlLength, 'body HTML length').toBe(before.bodyHtmlLength);
    expect(after.rootChildren).toEqual([...before.rootChildren, 'whosaid-ui']);
    await seed.mouse.move(5, 5);
  });

  it('lists the sources by stance in the popup and scrolls to a statement', async () => {
    const tabId = (await stateFor(seedUrl))?.tabId ?? null;
    expect(tabId).not.toBeNull();

    popup = await context.newPage();
    await popup.setViewportSize({ width: 420, height: 900 });
    await popup.goto(`chrome-extension://${extensionId}/src/popup/index.html?tab=${tabId}`);
    await until(async () => (await popup.evaluate(popupStatus)).groups > 0, 'popup groups');
    const groups = await popup.evaluate(popupGroups);
    expectPopupGroups(groups);
    await popup.screenshot({ path: join(SCREENSHOTS, 'chromium-popup.png'), fullPage: true });

    // The toolbar badge counts the sources the popup lists, all stances together.
    const badge = await worker.evaluate(
      (id) => (globalThis as unknown as { chrome: { action: { getBadgeText(d: { tabId: number }): Promise<string> } } }).chrome.action.getBadgeText({ tabId: id }),
      tabId!,
    );
    expect(badge).toBe(String(Object.values(groups).flat().length));

    const startY = await seed.evaluate(() => scrollY);
    await popup.click('section[data-group="declines"] li[data-actor*="Kirby"] button.statement');
    const flash = await until(async () => {
      const f = await seed.evaluate(flashPosition);
      return f && f.top >= 0 && f.bottom <= f.viewport ? f : null;
    }, 'the statement scrolled into view and flashed');
    expect(flash.text.length).toBeGreaterThan(0);
    expect(flash.scrollY).toBeGreaterThanOrEqual(startY);
  });

  it('clears the highlights with the keyboard shortcut', async () => {
    await seed.bringToFront();
    await seed.keyboard.press('Alt+Shift+KeyH');
    await until(async () => (await seed.evaluate(readHighlights)).every((h) => h.name === 'whosaid-flash' || h.texts.length === 0), 'highlights cleared');
    await until(async () => (await seed.evaluate(readHighlights)).length === 0, 'no WhoSaid highlight left', 5000);
    await seed.screenshot({ path: join(SCREENSHOTS, 'chromium-page-cleared.png') });
    // And back on, after a human pause (two toggles within a moment count as one).
    await seed.waitForTimeout(900);
    await seed.keyboard.press('Alt+Shift+KeyH');
    await until(async () => (await seed.evaluate(readHighlights)).some((h) => h.name.endsWith('-denies')), 'highlights back');
  });

  it('turns a stance off and on from the options page, on open pages and on new ones', async () => {
    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/src/options/index.html`);
    const says = options.locator('label.row', { hasText: 'Says' }).locator('input');
    await says.waitFor();
    await options.screenshot({ path: join(SCREENSHOTS, 'chromium-options.png'), fullPage: true });
    await says.uncheck();
    await until(async () => (await texts(seed, '-asserts')) === '', 'no "says" highlight');
    expect(await texts(seed, '-denies')).not.toBe('');
    // A page opened now has the setting from its first paint: no frame ever shows a "says" highlight.
    const fresh = await context.newPage();
    await fresh.addInitScript(watchPaintedHighlights);
    await fresh.goto(seedUrl);
    await expectNeverPainted(watched(fresh), '-denies', '-asserts', 'denials on a new page');
    await fresh.close();
    // With the background stopped (as after a long read), a new page still paints with the setting.
    const cdp = await context.newCDPSession(options);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    const cold = await context.newPage();
    await cold.addInitScript(watchPaintedHighlights);
    await cold.goto(seedUrl);
    await expectNeverPainted(watched(cold), '-denies', '-asserts', 'denials on a page opened while the background slept');
    await cold.close();
    await cdp.detach();
    // A page outside the news list, analysed on demand, gets the setting before its first paint too.
    const other = await context.newPage();
    await other.addInitScript(watchPaintedHighlights);
    await other.goto(`${server.otherOrigin}/${SEED}`);
    const otherId = await worker.evaluate(async () => {
      const tabs = await (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } } }).chrome.tabs.query({});
      return Math.max(...tabs.map((t) => t.id ?? -1));
    });
    const view = await context.newPage();
    await view.goto(`chrome-extension://${extensionId}/src/popup/index.html?tab=${otherId}`);
    await until(async () => (await view.evaluate(popupStatus)).state === 'not-enabled', 'popup: not enabled');
    await view.click('[data-state="not-enabled"] button');
    await expectNeverPainted(watched(other), '-denies', '-asserts', 'denials painted on demand');
    for (const p of [view, other]) await p.close();
    await says.check();
    await until(async () => (await texts(seed, '-asserts')) !== '', '"says" highlights back');
    await options.close();
  });

  it('paints highlights that read on a dark site', async () => {
    const dark = await context.newPage();
    await dark.goto(`${server.origin}/dark.html`);
    await until(async () => (await dark.evaluate(readHighlights)).some((h) => h.name === 'whosaid-dark-denies'), 'dark palette highlights');
    const point = await dark.evaluate(highlightPoint, '-declines');
    if (point) await dark.mouse.move(point.x, point.y);
    await until(() => dark.evaluate(cardText), 'the card on the dark page');
    await dark.screenshot({ path: join(SCREENSHOTS, 'chromium-dark-page.png') });
    await dark.close();
  });

  it('picks up late content and single-page-app navigation', async () => {
    const page = await context.newPage();
    const url = `${server.origin}/late.html`;
    await page.goto(url);
    await until(async () => (await stateFor(url))?.status === 'done', 'first analysis of the short page');
    expect(await texts(page, '-declines')).not.toContain('could not confirm');

    await page.evaluate(() => (window as unknown as { __more(): void }).__more());
    await until(async () => (await texts(page, '-declines')).includes('could not confirm'), 'late paragraphs highlighted');

    await page.evaluate(() => (window as unknown as { __spa(): void }).__spa());
    const next = `${server.origin}/spa-second-story`;
    await until(async () => (await stateFor(next))?.status === 'done', 'analysis of the new view');
    await until(async () => (await texts(page, '-denies')) === '', 'old view highlights gone');
    expect(await texts(page, '-declines')).toContain('could not confirm');
    await page.close();
  });

  it('says so when a page has no article or is not enabled', async () => {
    const index = await context.newPage();
    const indexUrl = `${server.origin}/index.html`;
    await index.goto(indexUrl);
    const state = await until(async () => {
      const s = await stateFor(indexUrl);
      return s?.status === 'no-article' ? s : null;
    }, 'no-article state');
    const view = await context.newPage();
    await view.goto(`chrome-extension://${extensionId}/src/popup/index.html?tab=${state.tabId}`);
    await until(async () => (await view.evaluate(popupStatus)).state === 'no-article', 'popup: no article');

    // A host outside the news list: the popup offers to analyse it now.
    const other = await context.newPage();
    await other.goto(`${server.otherOrigin}/${SEED}`);
    const otherId = await worker.evaluate(async () => {
      const tabs = await (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } } }).chrome.tabs.query({});
      return Math.max(...tabs.map((t) => t.id ?? -1));
    });
    await view.goto(`chrome-extension://${extensionId}/src/popup/index.html?tab=${otherId}`);
    await until(async () => (await view.evaluate(popupStatus)).state === 'not-enabled', 'popup: not enabled');
    expect(await view.textContent('[data-state="not-enabled"]')).toMatch(/not enabled[\s\S]*Analyse now/);
    await view.screenshot({ path: join(SCREENSHOTS, 'chromium-popup-not-enabled.png') });

    // "Analyse now" injects the content script: the page gets highlights, the popup its sources.
    await view.click('[data-state="not-enabled"] button');
    await until(async () => (await other.evaluate(readHighlights)).some((h) => h.name.endsWith('-denies')), 'highlights after Analyse now');
    expect(await other.evaluate(highlightStyling)).toEqual({ packaged: true, adopted: 0 });
    await until(async () => (await view.evaluate(popupStatus)).groups > 0, 'popup groups after Analyse now');
    expectPopupGroups(await view.evaluate(popupGroups));
    for (const p of [index, view, other]) await p.close();
  });

  it('runs by itself on a site after "Always run on this site", and stops when removed', async () => {
    const page = await context.newPage();
    const url = `${server.otherOrigin}/late.html`;
    await page.goto(url);
    const tabId = await worker.evaluate(async () => {
      const tabs = await (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ id?: number }[]> } } }).chrome.tabs.query({});
      return Math.max(...tabs.map((t) => t.id ?? -1));
    });
    const view = await context.newPage();
    await view.goto(`chrome-extension://${extensionId}/src/popup/index.html?tab=${tabId}`);
    const toggle = view.locator('input[role="switch"]');
    await toggle.waitFor();
    expect(await toggle.isChecked()).toBe(false);
    await toggle.click();
    await until(async () => (await page.evaluate(readHighlights)).length > 0, 'highlights once switched on');
    await until(() => toggle.isChecked(), 'switch shows on');

    await page.reload();
    await until(async () => (await page.evaluate(readHighlights)).length > 0, 'highlights on reload, unasked');

    const options = await context.newPage();
    await options.goto(`chrome-extension://${extensionId}/src/options/index.html`);
    const remove = options.getByRole('button', { name: /Stop running on localhost/ });
    await remove.waitFor();
    await options.screenshot({ path: join(SCREENSHOTS, 'chromium-options-enabled-site.png'), fullPage: true });
    await remove.click();
    await until(async () => (await options.locator('ul.sites').count()) === 0, 'site removed from the list');
    await page.reload();
    await page.waitForTimeout(1500);
    expect(await page.evaluate(readHighlights)).toEqual([]);
    for (const p of [page, view, options]) await p.close();
  });
});
