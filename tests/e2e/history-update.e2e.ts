// An update keeps the history: the previous release (newest tag, or main's parent commit) is
// built from git, installed, and reads three articles with settings changed; this build is then
// installed over it in the same profile. Every article, every named source and every setting is
// still there, the schema upgrade having removed only what it is meant to (unnamed sources).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM, FIREFOX, distFor, skipNote } from './support/env';
import { servePages, type PageServer } from './support/server';
import { until } from './support/expect';
import { HISTORY_A, HISTORY_B, HISTORY_MIXED } from './support/history-pages';
import { launchHistoryBrowser, type BrowserName, type HistoryBrowser } from './support/history-browser';
import { buildPrevious, type PreviousBuild } from './support/previous-build';
import { namedOnly } from '../../src/history/migrate';
import type { ArticleRecord } from '../../src/history/types';

const SETTINGS = {
  historySettings: { paused: false, maxArticles: 777, maxDays: 120, excludedSites: ['excluded.example'] },
  settings: { highlights: true, stances: { denies: true, declines: false, confirms: true, asserts: true } },
};

const missing = [CHROMIUM, FIREFOX].filter((b) => !existsSync(b));
if (missing.length) skipNote('history update', `browser not installed at ${missing.join(', ')}`);

describe.skipIf(missing.length > 0)('an update keeps the history', () => {
  let previous: PreviousBuild;
  let server: PageServer;
  let empty = '';

  beforeAll(() => {
    previous = buildPrevious();
    console.log(`[e2e] previous release: ${previous.label} (${previous.commit.slice(0, 10)})`);
  }, 300_000);

  beforeAll(async () => {
    empty = mkdtempSync(join(tmpdir(), 'whosaid-update-pages-'));
    server = await servePages(empty, { 'a.html': HISTORY_A, 'b.html': HISTORY_B, 'mixed.html': HISTORY_MIXED });
  });

  afterAll(async () => {
    previous?.remove();
    await server?.close();
    if (empty) rmSync(empty, { recursive: true, force: true });
  });

  for (const name of ['chromium', 'firefox'] as BrowserName[]) {
    it(`${name}: every article, named source and setting is still there after the update`, async () => {
      const url = (p: string) => `${server.origin}/${p}`;
      const b: HistoryBrowser = await launchHistoryBrowser(name, name === 'chromium' ? previous.chrome : previous.firefox);
      try {
        const tabs = [];
        for (const p of ['a.html', 'b.html', 'mixed.html']) tabs.push(await b.openArticle(url(p)));
        const before = await until(async () => {
          const all = await b.dump();
          return all.length === 3 ? all : null;
        }, 'three articles remembered by the previous release');
        await b.setLocal(SETTINGS);
        const settingsBefore = await b.local(Object.keys(SETTINGS));
        expect(settingsBefore).toEqual(SETTINGS);

        // Firefox reads open tabs again after an update, which records them anew: close them,
        // so that what is compared is what the update kept.
        for (const t of tabs) await t.close();
        await b.update(distFor(name === 'chromium' ? 'chrome' : 'firefox'));

        const after = await b.dump();
        const expected = (before as unknown as ArticleRecord[]).map(namedOnly).filter((r) => !!r);
        expect(after.map((r) => r.url)).toEqual(before.map((r) => r.url));
        expect(after).toEqual(expected);
        const removed = before.flatMap((r) => r.actors).length - after.flatMap((r) => r.actors).length;
        console.log(`[e2e] ${name}: ${after.length} articles kept, ${after.flatMap((r) => r.actors).length} named sources kept, ${removed} unnamed removed by the upgrade`);
        expect(await b.local(Object.keys(SETTINGS))).toEqual(SETTINGS);
        const index = (await b.call<{ actors: { name: string }[] }>('history/actors', { query: '' })).actors.map((a) => a.name);
        for (const n of ['Marta Kovalenko', 'Tomas Brandt']) expect(index).toContain(n);
        // The new build goes on recording.
        await b.openArticle(url('b.html?after-update'));
        await until(async () => (await b.dump()).some((r) => r.url === url('b.html?after-update')), 'a page recorded after the update');
      } finally {
        await b.close();
      }
    });
  }
});
