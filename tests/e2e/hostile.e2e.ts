// Hostile and strange pages, in both browsers with the extension: the page's own DOM text and
// element count stay the same as without WhoSaid, no error reaches the page's console, and the
// popup still opens. Plus what each page is about (nothing highlighted in editable regions,
// no statements on RTL and CJK text, inert markup-like text, a bounded number of passes).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM, FIREFOX, PAGES, SCREENSHOTS, missing, skipNote } from './support/env';
import { servePages, type PageServer } from './support/server';
import { launch, whosaidTimings, type BrowserName, type Driver } from './support/drivers';
import { cardContents, highlightPoint } from './support/inpage';
import { HOSTILE_CASES, HOSTILE_HEADERS, domFingerprint, highlightSummary, hostilePages } from './support/hostile';

const SCREENSHOT = new Set(['hostile/markup-text.html', 'hostile/rtl.html', 'hostile/quotes.html', 'hostile/builtins.html']);

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  const why = missing(name === 'chromium' ? CHROMIUM : FIREFOX);
  if (why) skipNote(`${name} hostile pages`, why);

  describe.skipIf(!!why)(`${name}: hostile pages`, () => {
    let server: PageServer;
    let driver: Driver;

    beforeAll(async () => {
      mkdirSync(SCREENSHOTS, { recursive: true });
      server = await servePages(PAGES, hostilePages(), HOSTILE_HEADERS);
      driver = await launch(name);
    });

    afterAll(async () => {
      await driver?.close();
      await server?.close();
    });

    for (const c of HOSTILE_CASES) {
      it(c.path, async () => {
        const timeout = c.timeoutMs ?? 30_000;
        // The same page on a host WhoSaid does not run on: the page as its author made it.
        const plain = await driver.open(`${server.otherOrigin}/${c.path}`, { timeoutMs: timeout });
        await new Promise((r) => setTimeout(r, 200));
        const before = await plain.evaluate(domFingerprint);
        const ownErrors = [...plain.errors];
        await plain.close();

        const url = `${server.origin}/${c.path}`;
        const tab = await driver.open(url, { timeoutMs: timeout });
        try {
          const end = Date.now() + timeout;
          let t = await tab.evaluate(whosaidTimings);
          while (t.paintedAll === null && Date.now() < end) {
            await new Promise((r) => setTimeout(r, 200));
            t = await tab.evaluate(whosaidTimings);
          }
          expect(t.paintedAll, 'WhoSaid finished its first pass').not.toBeNull();
          if (c.watchMs) {
            const runsAtStart = t.runs;
            await new Promise((r) => setTimeout(r, c.watchMs));
            t = await tab.evaluate(whosaidTimings);
            // Debounced to one pass per 4 s at most while the page keeps changing; the text is the
            // same every time, so the engine itself runs once.
            expect(t.runs - runsAtStart, `passes in ${c.watchMs} ms: ${JSON.stringify(t)}`).toBeLessThanOrEqual(Math.ceil(c.watchMs / 4000) + 1);
            expect(t.analyses, `engine runs: ${JSON.stringify(t)}`).toBeLessThanOrEqual(2);
          } else {
            await new Promise((r) => setTimeout(r, 300));
          }

          const after = await tab.evaluate(domFingerprint);
          expect(after, 'the page DOM (text hash, length, element count)').toEqual(before);

          const marks = await tab.evaluate(highlightSummary);
          if (c.noHighlightsIn === 'all') expect(marks, 'statements on this page').toMatchObject({ ranges: 0 });
          if (c.noHighlightsIn === 'editable') expect(marks.inEditable, `highlights inside contenteditable: ${JSON.stringify(marks)}`).toBe(0);

          if (c.inertPopup) {
            // The card over each kind of highlighted statement: text only, whatever the page's words hold.
            let opened = 0;
            for (const suffix of ['-denies', '-declines', '-asserts', '-confirms', '-source']) {
              const point = await tab.evaluateArg(highlightPoint, suffix);
              if (!point) continue;
              await tab.hover(point.x, point.y);
              let card = null;
              for (let i = 0; i < 30 && !card; i++) {
                await new Promise((r) => setTimeout(r, 100));
                card = await tab.evaluate(cardContents);
              }
              if (!card) continue;
              opened++;
              expect(card.unsafe, `markup or script links in the card: ${card.text}`).toBe(0);
              await tab.hover(5, 5);
              await new Promise((r) => setTimeout(r, 500));
            }
            expect(opened, 'cards opened on the markup page').toBeGreaterThan(0);
          }
          if (SCREENSHOT.has(c.path)) await tab.screenshot(join(SCREENSHOTS, `${name}-${c.path.replace(/\W+/g, '-')}.png`));
          const popup = await driver.popupFor(url);
          expect(popup.state !== null || popup.groups > 0, 'the popup opened').toBe(true);
          expect(popup.unsafe, `markup or script links in the popup: ${popup.text.slice(0, 400)}`).toBe(0);
          if (c.inertPopup) expect(popup.text).toContain('<img src=x onerror=alert(1)>');

          // Errors the page logs by itself (none on these fixtures) are not WhoSaid's.
          expect(tab.errors.filter((e) => !ownErrors.includes(e)), 'console errors on the page').toEqual([]);
        } finally {
          await tab.close();
        }
      });
    }
  });
}
