// The keyboard in both browsers: every command of the manifest gets its key (a browser leaves a
// command without one when its suggested key is taken by the browser itself), the settings
// page names them, and the next / previous statement keys walk the page's statements with the
// card, which takes the focus and gives it back on Escape.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { launch, type BrowserName, type Driver, type Tab } from './support/drivers';
import { CHROMIUM, FIREFOX, ROOT, missing, skipNote } from './support/env';
import { until } from './support/expect';
import { cardFocus, readHighlights } from './support/inpage';
import { READER_ARTICLE } from './support/reader-pages';
import { servePages, type PageServer } from './support/server';

const manifest = JSON.parse(readFileSync(join(ROOT, 'manifest.json'), 'utf8')) as {
  commands: Record<string, { suggested_key: { default: string } }>;
};

interface CommandsApi {
  commands: { getAll(): Promise<{ name?: string; shortcut?: string }[]> };
}

for (const [name, binary] of [['chromium', CHROMIUM], ['firefox', FIREFOX]] as [BrowserName, string][]) {
  const why = missing(binary);
  if (why) skipNote(`${name} shortcuts`, why);

  describe.skipIf(!!why)(`${name} shortcuts`, () => {
    let driver: Driver;
    let server: PageServer;
    let empty = '';
    beforeAll(async () => {
      empty = mkdtempSync(join(tmpdir(), 'whosaid-shortcut-pages-'));
      server = await servePages(empty, { 'article.html': READER_ARTICLE });
      driver = await launch(name);
    });
    afterAll(async () => {
      await driver?.close();
      await server?.close();
      if (empty) rmSync(empty, { recursive: true, force: true });
    });

    it('gives every command of the manifest the key it suggests', async () => {
      const options = await driver.extensionPage('src/options/index.html');
      const commands = await options.evaluate(() => (globalThis as unknown as { browser: CommandsApi }).browser.commands.getAll());
      const keys = Object.fromEntries(commands.map((c) => [c.name ?? '', c.shortcut ?? '']));
      const wanted = Object.fromEntries(Object.entries(manifest.commands).map(([command, c]) => [command, c.suggested_key.default]));
      expect(keys).toEqual(wanted);
      // And the settings page says them, never "not set".
      const keyboard = await until(
        () => options.evaluate(() => document.querySelector('[data-testid="shortcuts"][aria-busy="false"]')?.textContent ?? ''),
        'the keyboard section',
      );
      for (const key of Object.values(wanted)) expect(keyboard).toContain(key);
      expect(keyboard).not.toMatch(/not set/);
      await options.close();
    });

    it('walks the statements with the next / previous keys; the card takes the focus and Escape gives it back', async () => {
      const page: Tab = await driver.open(`${server.origin}/article.html`);
      await until(async () => (await page.evaluate(readHighlights)).some((h) => h.texts.length > 0), 'highlights on the article');
      await page.front();
      await page.evaluate(() => (document.getElementById('subscribe') as HTMLButtonElement).focus());
      // The page listens for the keys once its first highlights show: press until the card answers.
      const first = await until(async () => {
        const now = await page.evaluate(cardFocus);
        if (now.open) return now;
        await page.press('Alt+Shift+KeyJ');
        await new Promise((r) => setTimeout(r, 400));
        return null;
      }, 'the card opened by the next-statement key', 20_000, 300);
      expect(first.focused, JSON.stringify(first)).toBe(true);
      expect(first.position).toMatch(/^Statement 1 of \d+$/);
      // The card's name says the stance in words.
      expect(first.name).toMatch(/^WhoSaid: .+ (denies|says|confirms|declines to confirm)$/);
      const total = Number(first.position.split(' of ')[1]);
      expect(total).toBeGreaterThan(5);

      await new Promise((r) => setTimeout(r, 400));
      await page.press('Alt+Shift+KeyJ');
      const second = await until(async () => {
        const now = await page.evaluate(cardFocus);
        return now.position === `Statement 2 of ${total}` ? now : null;
      }, 'the second statement');
      expect(second.focused).toBe(true);

      await new Promise((r) => setTimeout(r, 400));
      await page.press('Alt+Shift+KeyK');
      await until(async () => (await page.evaluate(cardFocus)).position === `Statement 1 of ${total}`, 'back to the first');
      // Going back from the first goes round to the last.
      await new Promise((r) => setTimeout(r, 400));
      await page.press('Alt+Shift+KeyK');
      await until(async () => (await page.evaluate(cardFocus)).position === `Statement ${total} of ${total}`, 'round to the last');

      await page.press('Escape');
      const after = await until(async () => {
        const now = await page.evaluate(cardFocus);
        return now.open ? null : now;
      }, 'the card closed by Escape');
      expect(after.active).toBe('button#subscribe');
      await page.close();
    });
  });
}
