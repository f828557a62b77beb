// Names, roles and cues a reader sees, in both browsers, on an invented article with the shapes
// that were shown wrongly: "— :" for a headline, "however" as a role, a relative clause as a
// name, a mother listed apart from her own full name.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launch, type BrowserName, type Driver } from './support/drivers';
import { CHROMIUM, FIREFOX, PAGES, missing, skipNote } from './support/env';
import { servePages, type PageServer } from './support/server';
import { cardText } from './support/inpage';
import { until } from './support/expect';
import { ROLES_PAGE, pointOnStatement, popupSources } from './support/role-pages';

/** Where the screenshots of this check go: outside the project, for a person to look at. */
const SHOTS = process.env.WHOSAID_ROLE_SHOTS ?? tmpdir();

for (const [name, binary] of [['chromium', CHROMIUM], ['firefox', FIREFOX]] as [BrowserName, string][]) {
  const why = missing(binary);
  if (why) skipNote(`${name} roles`, why);

  describe.skipIf(!!why)(`${name}: names, roles and cues`, () => {
    let server: PageServer;
    let driver: Driver;

    beforeAll(async () => {
      server = await servePages(PAGES, { 'roles.html': ROLES_PAGE });
      driver = await launch(name);
    });
    afterAll(async () => {
      await driver?.close();
      await server?.close();
    });

    it('shows a headline attribution as such, and only noun phrases as names and roles', async () => {
      const url = `${server.origin}/roles.html`;
      const page = await driver.open(url);
      const point = await until(() => page.evaluateArg(pointOnStatement, 'The pier will not be sold'), 'the headline highlighted');
      await page.hover(point.x, point.y);
      const card = await until(() => page.evaluate(cardText), 'the card on the headline');
      expect(card).toContain('Attributed in a headline');
      expect(card).not.toContain('“:”');
      await page.screenshot(join(SHOTS, `whosaid-roles-card-${name}.png`));

      const tabId = await driver.tabIdOf(url);
      const popup = await driver.extensionPage(`src/popup/index.html?tab=${tabId}`);
      await popup.setViewport(420, 900);
      const sources = await until(async () => {
        const s = await popup.evaluate(popupSources);
        return s.length ? s : null;
      }, 'the popup lists the sources');
      await popup.screenshot(join(SHOTS, `whosaid-roles-popup-${name}.png`));

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
}
