// What a reader sees of one article in both browsers: the badge means one thing and says it in
// words; the popup and the actor page put quotation marks around direct quotes only, never two
// pairs; actor names are headings under the stance headings; the highlights toggle keeps its
// label; no accessible name ends in two full stops; the actor page has a skip link.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, type BrowserName, type Driver, type Tab } from './support/drivers';
import { CHROMIUM, FIREFOX, missing, skipNote } from './support/env';
import { until } from './support/expect';
import { READER_ARTICLE } from './support/reader-pages';
import { servePages, type PageServer } from './support/server';

interface ActionApi {
  action: {
    getBadgeText(d: { tabId: number }): Promise<string>;
    getTitle(d: { tabId: number }): Promise<string>;
    getBadgeBackgroundColor(d: { tabId: number }): Promise<number[]>;
  };
}

/** The popup's statements and structure, read in the popup. */
function popupReading() {
  const sections = Array.from(document.querySelectorAll('section[data-group]'));
  return {
    statements: Array.from(document.querySelectorAll('.statement-text')).map((e) => ({
      form: e.getAttribute('data-form') ?? '',
      text: e.classList.contains('reported') ? (e.lastChild?.textContent ?? '').trim() : (e.textContent ?? ''),
    })),
    /** Per stance section: its h2, then the h3 names inside it. */
    headings: sections.map((s) => [s.querySelector('h2')?.textContent ?? '', ...Array.from(s.querySelectorAll('h3')).map((h) => h.textContent ?? '')]),
    names: Array.from(document.querySelectorAll('button[aria-label], [aria-label]')).map((e) => e.getAttribute('aria-label') ?? ''),
    toggle: (() => {
      const b = document.querySelector('[data-testid="highlights-toggle"]');
      return { label: b?.textContent ?? '', pressed: b?.getAttribute('aria-pressed') ?? '' };
    })(),
  };
}

/** The actor page's remembered statements and its first keyboard stop. */
function actorReading() {
  return {
    statements: Array.from(document.querySelectorAll('.quote')).map((p) => ({
      form: p.getAttribute('data-form') ?? '',
      reported: p.classList.contains('reported'),
      text: p.textContent ?? '',
    })),
    firstLink: (() => {
      const a = document.querySelector('a[href], button, input');
      return a ? `${a.tagName.toLowerCase()} ${a.getAttribute('href') ?? ''} ${a.textContent ?? ''}` : '';
    })(),
  };
}

const doubled = /““|””|""|„„|«« |»»/;

for (const [name, binary] of [['chromium', CHROMIUM], ['firefox', FIREFOX]] as [BrowserName, string][]) {
  const why = missing(binary);
  if (why) skipNote(`${name} reader views`, why);

  describe.skipIf(!!why)(`${name} reader views`, () => {
    let driver: Driver;
    let server: PageServer;
    let empty = '';
    let article: Tab;
    let tabId = -1;
    const url = () => `${server.origin}/article.html`;

    beforeAll(async () => {
      empty = mkdtempSync(join(tmpdir(), 'whosaid-reader-pages-'));
      server = await servePages(empty, { 'article.html': READER_ARTICLE });
      driver = await launch(name);
      article = await driver.open(url());
      tabId = await driver.tabIdOf(url());
    });
    afterAll(async () => {
      await driver?.close();
      await server?.close();
      if (empty) rmSync(empty, { recursive: true, force: true });
    });

    it('badge: the number of sources quoted, one colour, its meaning in the title', async () => {
      const popup = await driver.extensionPage(`src/popup/index.html?tab=${tabId}`);
      const reading = await until(async () => {
        const r = await popup.evaluate(popupReading);
        return r.headings.length > 0 ? r : null;
      }, 'the popup lists the sources');
      const sources = reading.headings.flatMap((h) => h.slice(1)).length;
      const badge = await until(async () => {
        const b = await popup.evaluateArg(async (id: number) => {
          const api = (globalThis as unknown as { browser: ActionApi }).browser.action;
          return { text: await api.getBadgeText({ tabId: id }), title: await api.getTitle({ tabId: id }), color: await api.getBadgeBackgroundColor({ tabId: id }) };
        }, tabId);
        return b.text && b.text !== '…' ? b : null;
      }, 'the badge');
      expect(badge.text).toBe(String(sources));
      expect(badge.title).toMatch(/how many sources this page quotes: \d+ sources \(\d+ statements\); \d+ of them deny/);
      // The page has denials, and the badge keeps its one colour.
      expect(reading.headings.some((h) => /Denies/.test(h[0] ?? ''))).toBe(true);
      expect(badge.color).toEqual([29, 78, 137, 255]);
      await popup.close();
    });

    it('popup: quotation marks for direct quotes only, never doubled; names as headings; one toggle label', async () => {
      const popup = await driver.extensionPage(`src/popup/index.html?tab=${tabId}`);
      const reading = await until(async () => {
        const r = await popup.evaluate(popupReading);
        return r.statements.length > 0 ? r : null;
      }, 'the popup statements');
      const direct = reading.statements.filter((s) => s.form === 'direct');
      const reported = reading.statements.filter((s) => s.form !== 'direct');
      expect(direct.length).toBeGreaterThan(0);
      expect(reported.length).toBeGreaterThan(0);
      for (const s of direct) expect(s.text, s.text).toMatch(/^[“"].*[”"][.,]?$/);
      for (const s of reported) expect(s.text, s.text).not.toMatch(/^“/);
      // The partial quote keeps the article's own marks, and gets none of ours.
      expect(reported.map((s) => s.text)).toContain('the council\'s account as "a story that changes every week"');
      for (const s of reading.statements) expect(s.text, s.text).not.toMatch(doubled);
      // Each stance heading is followed by the names of its sources as headings.
      for (const [stance, ...names] of reading.headings) {
        expect(stance).toMatch(/Denies|Declines to confirm|Confirms|Says/);
        expect(names.length).toBeGreaterThan(0);
      }
      expect(reading.headings.flatMap((h) => h.slice(1))).toContain('Ilse Marchetti');
      for (const n of reading.names) expect(n, n).not.toMatch(/\.\s*\./);
      // The toggle: a pressed-state button whose label never changes.
      expect(reading.toggle).toEqual({ label: 'Highlights', pressed: 'true' });
      await popup.click('[data-testid="highlights-toggle"]');
      const off = await until(async () => {
        const t = (await popup.evaluate(popupReading)).toggle;
        return t.pressed === 'false' ? t : null;
      }, 'the toggle pressed off');
      expect(off.label).toBe('Highlights');
      await popup.click('[data-testid="highlights-toggle"]');
      await until(async () => (await popup.evaluate(popupReading)).toggle.pressed === 'true', 'the toggle pressed on again');
      await popup.close();
    });

    it('actor page: direct quotes in marks, the reporter\'s words set apart, a skip link first', async () => {
      const page = await driver.extensionPage('src/actor/index.html?name=Ilse+Marchetti&kind=person');
      const reading = await until(async () => {
        await page.evaluate(() => location.reload());
        await new Promise((r) => setTimeout(r, 500));
        const r = await page.evaluate(actorReading);
        return r.statements.length > 0 ? r : null;
      }, 'her remembered statements', 20_000, 500);
      const direct = reading.statements.filter((s) => s.form === 'direct');
      const reported = reading.statements.filter((s) => s.form !== 'direct');
      expect(direct.length).toBeGreaterThan(0);
      expect(reported.length).toBeGreaterThan(0);
      for (const s of direct) expect(s.text, s.text).toMatch(/^\s*“The plant passed/);
      for (const s of reported) {
        expect(s.reported).toBe(true);
        expect(s.text, s.text).not.toContain('“');
      }
      for (const s of reading.statements) expect(s.text).not.toMatch(doubled);
      expect(reading.firstLink).toBe('a #actor-name Skip to the main heading');
      // Tab reaches the link first; following it moves the focus to the heading.
      await page.front();
      await page.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.className ?? '')).toBe('skip');
      await page.press('Enter');
      await until(async () => (await page.evaluate(() => document.activeElement?.id ?? '')) === 'actor-name', 'focus on the main heading');
      await page.close();
    });
  });
}
