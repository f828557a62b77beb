// Names, roles and cues a reader sees in Chromium, on an invented article with the shapes
// that were shown wrongly: "— :" for a headline, "however" as a role, a relative clause as a
// name, a mother listed apart from her own full name.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM, PAGES, distFor, missing, skipNote, chromiumLaunchOptions } from './support/env';
import { servePages, type PageServer } from './support/server';
import { cardText, popupStatus } from './support/inpage';
import { until } from './support/expect';
import { ROLES_PAGE, pointOnStatement, popupSources } from './support/role-pages';

const why = missing(CHROMIUM);
if (why) skipNote('chromium roles', why);

/** Where the screenshots of this check go: outside the project, for a person to look at. */
const SHOTS = process.env.WHOSAID_ROLE_SHOTS ?? tmpdir();

describe.skipIf(!!why)('chromium: names, roles and cues', () => {
  let server: PageServer;
  let context: BrowserContext;
  let worker: Worker;
  let profile = '';

  beforeAll(async () => {
    server = await servePages(PAGES, { 'roles.html': ROLES_PAGE });
    profile = mkdtempSync(join(tmpdir(), 'whosaid-roles-'));
    context = await chromium.launchPersistentContext(profile, chromiumLaunchOptions(distFor('chrome')));
    worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 30_000 }));
  });

  afterAll(async () => {
    await context?.close();
    await server?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('shows a headline attribution as such, and only noun phrases as names and roles', async () => {
    const url = `${server.origin}/roles.html`;
    const page = await context.newPage();
    await page.goto(url);
    const point = await until(() => page.evaluate(pointOnStatement, 'The pier will not be sold'), 'the headline highlighted');
    await page.mouse.move(point.x, point.y);
    const card = await until(() => page.evaluate(cardText), 'the card on the headline');
    expect(card).toContain('Attributed in a headline');
    expect(card).not.toContain('“:”');
    await page.screenshot({ path: join(SHOTS, 'whosaid-roles-card-chromium.png') });

    const tabId = await worker.evaluate(async (u) => {
      const ext = (globalThis as unknown as { chrome: { storage: { session: { get(k: null): Promise<Record<string, { url?: string; tabId?: number }>> } } } }).chrome;
      return Object.values(await ext.storage.session.get(null)).find((s) => s.url === u)?.tabId ?? null;
    }, url);
    expect(tabId).not.toBeNull();
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 420, height: 900 });
    await popup.goto(`chrome-extension://${new URL(worker.url()).host}/src/popup/index.html?tab=${tabId}`);
    await until(async () => (await popup.evaluate(popupStatus)).groups > 0, 'popup groups');
    const sources = await popup.evaluate(popupSources);
    await popup.screenshot({ path: join(SHOTS, 'whosaid-roles-popup-chromium.png'), fullPage: true });

    const hale = sources.find((s) => s.name === 'Tobin Hale');
    expect(hale?.role).toBe('Mayor');
    expect(hale?.cues).toContain('— headline');
    expect(sources.flatMap((s) => s.cues)).not.toContain('— :');
    expect(sources.map((s) => s.name)).toContain('A fisherman');
    expect(sources.some((s) => /who|harbour master/.test(s.name))).toBe(false);
    const greta = sources.filter((s) => /Greta|mother/.test(s.name));
    expect(greta.map((s) => [s.name, s.role])).toEqual([['Greta Marsh', 'her mother']]);
    await popup.close();
    await page.close();
  });
});
