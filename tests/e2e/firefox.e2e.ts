// WhoSaid in Debian's firefox-esr, driven by puppeteer-core over WebDriver BiDi.
// The add-on is installed temporarily from the unpacked e2e build; a pref pins its
// moz-extension:// UUID so the popup can be opened as a page.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { FIREFOX, FIREFOX_UUID, GECKO_ID, PAGES, SCREENSHOTS, SEED, distFor, missing, skipNote, firefoxLaunchOptions } from './support/env';
import { servePages, type PageServer } from './support/server';
import { cardText, flashPosition, highlightPoint, pageFingerprint, popupGroups, paintedHighlights, popupStatus, readHighlights, highlightStyling, watchPaintedHighlights } from './support/inpage';
import { expectDenialsHighlighted, expectNeverPainted, expectPopupGroups, until } from './support/expect';
import { latePage } from './support/pages';

/** The bit of the extension API the tests read (the background's per-tab state). */
interface SessionApi {
  storage: { session: { get(keys: null): Promise<Record<string, unknown>> } };
}

const why = missing(FIREFOX);
if (why) skipNote('firefox', why);

const EXT = `moz-extension://${FIREFOX_UUID}`;

/** Navigates without awaiting the load (extension pages may never report it over BiDi). */
async function open(page: Page, url: string): Promise<void> {
  page.goto(url).catch(() => {});
  await until(async () => (await page.evaluate(() => location.href)) === url && (await page.evaluate(() => document.readyState)) !== 'loading', `page ${url}`);
}

describe.skipIf(!!why)('firefox', () => {
  let server: PageServer;
  let browser: Browser;
  let seed: Page;
  let popup: Page;
  let seedUrl = '';

  beforeAll(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    server = await servePages(PAGES, { 'late.html': latePage() });
    seedUrl = `${server.origin}/${SEED}`;
    browser = await puppeteer.launch(firefoxLaunchOptions());
    const id = await browser.installExtension(distFor('firefox'));
    expect(id).toBe(GECKO_ID);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** The background's per-tab state for a URL, read from an extension page (it names the tab). */
  const stateFor = (url: string) =>
    popup.evaluate(async (u: string) => {
      const ext = (globalThis as unknown as { browser: SessionApi }).browser;
      const all = await ext.storage.session.get(null);
      return (Object.values(all).find((s) => (s as { url?: string }).url === u) as { tabId: number; url: string; status: string } | undefined) ?? null;
    }, url);

  const texts = async (page: Page, suffix: string) =>
    (await page.evaluate(readHighlights)).filter((h) => h.name.endsWith(suffix)).flatMap((h) => h.texts).join(' | ');

  it('highlights the seed page denials without changing its DOM text', async () => {
    const plain = await browser.newPage();
    await plain.goto(`${server.otherOrigin}/${SEED}`);
    const before = await plain.evaluate(pageFingerprint);
    await plain.close();

    seed = await browser.newPage();
    await seed.setViewport({ width: 1280, height: 860 });
    await seed.goto(seedUrl);
    const highlights = await until(async () => {
      const h = await seed.evaluate(readHighlights);
      return h.some((x) => x.name.endsWith('-denies')) ? h : null;
    }, 'denial highlights on the seed page', 30_000);
    expectDenialsHighlighted(highlights);
    // Styled by the packaged stylesheet the browser added, with no sheet adopted at paint time.
    expect(await seed.evaluate(highlightStyling)).toEqual({ packaged: true, adopted: 0 });

    const point = await seed.evaluate(highlightPoint, '-denies');
    expect(point).not.toBeNull();
    await seed.mouse.move(point!.x, point!.y);
    const card = await until(() => seed.evaluate(cardText), 'the statement card');
    expect(card).toMatch(/denies/);

    const after = await seed.evaluate(pageFingerprint);
    expect(after.text).toBe(before.text);
    expect(after.bodyHtmlLength, 'body HTML length').toBe(before.bodyHtmlLength);
    expect(after.rootChildren).toEqual([...before.rootChildren, 'whosaid-ui']);
    await seed.screenshot({ path: join(SCREENSHOTS, 'firefox-page.png') });
    await seed.mouse.move(5, 5);
  });

  it('lists the sources by stance in the popup and scrolls to a statement', async () => {
    popup = await browser.newPage();
    await popup.setViewport({ width: 420, height: 900 });
    await open(popup, `${EXT}/src/popup/index.html`);
    const tabId = (await until(() => stateFor(seedUrl), 'the seed tab id')).tabId;
    await open(popup, `${EXT}/src/popup/index.html?tab=${tabId}`);
    await until(async () => (await popup.evaluate(popupStatus)).groups > 0, 'popup groups');
    expectPopupGroups(await popup.evaluate(popupGroups));
    await popup.screenshot({ path: join(SCREENSHOTS, 'firefox-popup.png'), fullPage: true });

    const startY = await seed.evaluate(() => scrollY);
    await popup.click('section[data-group="declines"] li[data-actor*="Kirby"] button.statement');
    await seed.bringToFront();
    const flash = await until(async () => {
      const f = await seed.evaluate(flashPosition);
      return f && f.top >= 0 && f.bottom <= f.viewport ? f : null;
    }, 'the statement scrolled into view and flashed');
    expect(flash.text.length).toBeGreaterThan(0);
    expect(flash.scrollY).toBeGreaterThanOrEqual(startY);
  });

  it('clears the highlights with the keyboard shortcut', async () => {
    await seed.bringToFront();
    const press = async () => {
      await seed.keyboard.down('Alt');
      await seed.keyboard.down('Shift');
      await seed.keyboard.press('KeyH');
      await seed.keyboard.up('Shift');
      await seed.keyboard.up('Alt');
    };
    await press();
    await until(async () => (await seed.evaluate(readHighlights)).length === 0, 'no WhoSaid highlight left');
    await seed.screenshot({ path: join(SCREENSHOTS, 'firefox-page-cleared.png') });
    await new Promise((r) => setTimeout(r, 900));
    await press();
    await until(async () => (await seed.evaluate(readHighlights)).some((h) => h.name.endsWith('-denies')), 'highlights back');
  });

  it('turns a stance off and on from the options page, on open pages and on new ones', async () => {
    const options = await browser.newPage();
    await open(options, `${EXT}/src/options/index.html`);
    const says = () => options.evaluate(() => {
      const label = Array.from(document.querySelectorAll('label.row')).find((l) => /Says/.test(l.textContent ?? ''));
      (label?.querySelector('input') as HTMLInputElement | null)?.click();
      return (label?.querySelector('input') as HTMLInputElement | null)?.checked ?? null;
    });
    await until(async () => (await options.evaluate(() => document.querySelectorAll('label.row input').length)) > 0, 'options rows');
    expect(await says()).toBe(false);
    await until(async () => (await texts(seed, '-asserts')) === '', 'no "says" highlight on the open page');
    expect(await texts(seed, '-denies')).not.toBe('');
    // A page opened now has the setting from its first paint: no frame ever shows a "says" highlight.
    const fresh = await browser.newPage();
    await fresh.evaluateOnNewDocument(watchPaintedHighlights);
    await fresh.goto(seedUrl);
    await expectNeverPainted(
      { highlights: () => fresh.evaluate(readHighlights), painted: () => fresh.evaluate(paintedHighlights) },
      '-denies', '-asserts', 'denials on a new page',
    );
    await fresh.close();
    expect(await says()).toBe(true);
    await until(async () => (await texts(seed, '-asserts')) !== '', '"says" highlights back');
    await options.close();
  });

  it('picks up late content and single-page-app navigation', async () => {
    const page = await browser.newPage();
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

  it('offers to analyse a page outside the news list, and does it', async () => {
    const other = await browser.newPage();
    await other.goto(`${server.otherOrigin}/${SEED}`);
    const otherId = await popup.evaluate(async () => {
      const ext = (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<{ id?: number }[]> } } }).browser;
      return Math.max(...(await ext.tabs.query({})).map((t) => t.id ?? -1));
    });
    await open(popup, `${EXT}/src/popup/index.html?tab=${otherId}`);
    await until(async () => (await popup.evaluate(popupStatus)).state === 'not-enabled', 'popup: not enabled');
    await popup.screenshot({ path: join(SCREENSHOTS, 'firefox-popup-not-enabled.png') });
    await popup.click('[data-state="not-enabled"] button');
    await until(async () => (await other.evaluate(readHighlights)).some((h) => h.name.endsWith('-denies')), 'highlights after Analyse now');
    expect(await other.evaluate(highlightStyling)).toEqual({ packaged: true, adopted: 0 });
    await until(async () => (await popup.evaluate(popupStatus)).groups > 0, 'popup groups after Analyse now');
    expectPopupGroups(await popup.evaluate(popupGroups));
    await other.close();
  });

  it('runs by itself on a site after "Always run on this site", and stops when removed', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.otherOrigin}/late.html`);
    const tabId = await popup.evaluate(async () => {
      const ext = (globalThis as unknown as { browser: { tabs: { query(q: object): Promise<{ id?: number }[]> } } }).browser;
      return Math.max(...(await ext.tabs.query({})).map((t) => t.id ?? -1));
    });
    await open(popup, `${EXT}/src/popup/index.html?tab=${tabId}`);
    const isOn = () => popup.evaluate(() => (document.querySelector('input[role="switch"]') as HTMLInputElement | null)?.checked ?? null);
    await until(async () => (await isOn()) === false, 'the switch, off');
    await popup.click('input[role="switch"]');
    await until(async () => (await page.evaluate(readHighlights)).length > 0, 'highlights once switched on');
    await until(async () => (await isOn()) === true, 'switch shows on');

    await page.reload();
    await until(async () => (await page.evaluate(readHighlights)).length > 0, 'highlights on reload, unasked');

    await open(popup, `${EXT}/src/options/index.html`);
    const remove = 'button[aria-label^="Stop running on localhost"]';
    await until(() => popup.evaluate((sel: string) => !!document.querySelector(sel), remove), 'the enabled site in options');
    await popup.click(remove);
    await until(() => popup.evaluate(() => !document.querySelector('ul.sites')), 'site removed from the list');
    await page.reload();
    await new Promise((r) => setTimeout(r, 1500));
    expect(await page.evaluate(readHighlights)).toEqual([]);
    await page.close();
  });
});
