// Every corpus page, in both browsers, loaded once where WhoSaid runs and once where it does
// not (the same server under another host name): the page's DOM text and element count are
// the same, the extension adds no console error and no network request. The pages' own
// scripts are off (see static-pages), so both loads of a page are the same static document.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, FIREFOX, PAGES, missing, skipNote } from './support/env';
import { servePages, type PageServer } from './support/server';
import { launch, whosaidTimings, type BrowserName, type Driver, type Tab } from './support/drivers';
import { domFingerprint } from './support/hostile';
import { corpusPageNames, scriptlessCorpus } from './support/static-pages';

const EXTENSION_URL = /^(?:chrome|moz)-extension:/;

/** Waits for WhoSaid's first pass (highlights painted, or the page judged to hold no article). */
async function settled(tab: Tab, timeoutMs: number): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const t = await tab.evaluate(whosaidTimings);
    if (t.paintedAll !== null) return true;
    if (Date.now() > end) return false;
    await new Promise((r) => setTimeout(r, 150));
  }
}

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  const why = missing(name === 'chromium' ? CHROMIUM : FIREFOX);
  if (why) skipNote(`${name} page safety`, why);

  describe.skipIf(!!why)(`${name}: page safety on every corpus page`, () => {
    let server: PageServer;
    let driver: Driver;
    const sameHost = (s: string) => s.split(server.otherOrigin).join(server.origin);

    beforeAll(async () => {
      const { pages, headers } = scriptlessCorpus('safe');
      server = await servePages(PAGES, pages, headers);
      driver = await launch(name);
    });

    afterAll(async () => {
      await driver?.close();
      await server?.close();
    });

    for (const f of why ? [] : corpusPageNames()) {
      it(f, async () => {
        const plain = await driver.open(`${server.otherOrigin}/safe/${f}`, { timeoutMs: 30_000 });
        await new Promise((r) => setTimeout(r, 300));
        const before = await plain.evaluate(domFingerprint);
        const plainErrors = plain.errors.map(sameHost);
        const plainRequests = new Set(plain.requests.map(sameHost));
        const ranWithout = (await plain.evaluate(whosaidTimings)).runs;
        await plain.close();
        expect(ranWithout, 'WhoSaid does not run on the baseline host').toBe(0);

        const contextBefore = driver.allRequests.length;
        const tab = await driver.open(`${server.origin}/safe/${f}`, { timeoutMs: 30_000 });
        try {
          expect(await settled(tab, 20_000), 'WhoSaid finished its first pass').toBe(true);
          await new Promise((r) => setTimeout(r, 300));
          expect(await tab.evaluate(domFingerprint), 'the page DOM (text hash, length, element count)').toEqual(before);

          const added = tab.errors.filter((e) => !plainErrors.includes(e));
          expect(added, 'console errors only seen with WhoSaid').toEqual([]);

          // The browser fetches a page's declared icons on its own schedule, with or without WhoSaid.
          const icons = new Set(await tab.evaluate(() => Array.from(document.querySelectorAll('link[rel~="icon" i]'), (l) => (l as HTMLLinkElement).href)));
          const extra = tab.requests.filter((u) => !plainRequests.has(u) && !icons.has(u));
          expect(extra, 'page requests only seen with WhoSaid').toEqual([]);
          // Chromium also reports what extension pages and the service worker fetch.
          const seenWithout = (u: string) => plainRequests.has(u) || icons.has(u) || u.startsWith(server.origin);
          const fromExtension = driver.allRequests.slice(contextBefore).filter((u) =>
            EXTENSION_URL.test(u) || !/^(?:https?:|data:|blob:|about:)/.test(u) || (u.startsWith('http') && !seenWithout(u)));
          expect(fromExtension, 'requests made by the extension').toEqual([]);
        } finally {
          await tab.close();
        }
      });
    }
  });
}
