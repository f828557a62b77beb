// The reading history survives what happens to real installs, in both browsers: only named
// sources are stored; bad imports change nothing and say why in Settings; export -> clear ->
// import gives back the same database; twenty tabs at once are recorded once each; a background
// stopped mid-write or mid-batch leaves no half article and records the next page. A write
// refused for a real quota is in history-quota.e2e.ts (it needs a profile of its own).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM, FIREFOX, skipNote } from './support/env';
import { servePages, type PageServer } from './support/server';
import { until } from './support/expect';
import { HISTORY_A, HISTORY_B, HISTORY_MIXED, MIXED_NAMED, MIXED_UNNAMED, longHistoryPage } from './support/history-pages';
import { launchHistoryBrowser, type BrowserName, type HistoryBrowser, type ImportFile, type StoredArticle } from './support/history-browser';
import { readHistoryFile } from '../../src/history/import';

/** Screenshots of the Settings messages, kept out of the repository. */
const SHOTS = join(tmpdir(), 'whosaid-shots');

/** Every record is whole: the importer's own check accepts it and recomputes exactly what is stored. */
function expectWhole(records: StoredArticle[]): void {
  const { articles, skipped } = readHistoryFile({ format: 'whosaid-history', version: 1, articles: records }, 1_000_000);
  expect(skipped).toBe(0);
  expect(articles).toEqual(records);
}

/** A valid article of the file format, for templates ("#" is replaced by a number). */
const ARTICLE = (url: string) =>
  `{"url":"${url}","title":"Ferry contract #","visited":1700000000000,"published":"","actors":[{"name":"Tomas Brandt","aliases":[],"kind":"person","role":"finance chair","stance":"asserts","statements":[{"text":"We have nothing to hide #.","stance":"asserts","cue":"said"}]}]}`;
const fileOf = (articles: string[]) => `{"format":"whosaid-history","version":1,"exported":"2026-03-01T00:00:00.000Z","articles":[${articles.join(',')}]}`;

const HTML_EVERYWHERE = fileOf([
  `{"url":"https://port.example/x","title":"<img src=x onerror=alert(1)>","visited":1,"published":"<b>2026</b>","actors":[{"name":"<script>alert(1)</script>","aliases":["<svg onload=alert(1)>"],"kind":"person","role":"<a href=javascript:alert(1)>chair</a>","stance":"asserts","statements":[{"text":"<iframe src=//evil.example>","stance":"asserts","cue":"<i>said</i>"}]}]}`,
]);

const BAD_IMPORTS: { what: string; file: ImportFile; says: RegExp }[] = [
  { what: 'truncated', file: { name: 'cut.json', text: fileOf([ARTICLE('https://port.example/t1'), ARTICLE('https://port.example/t2')]).slice(0, 260) }, says: /cut short or damaged/ },
  { what: 'another shape', file: { name: 'bookmarks.json', text: '{"roots":{"bookmark_bar":{"children":[{"url":"https://port.example/"}]}}}' }, says: /not a WhoSaid history file/ },
  { what: '50 MB', file: { name: 'huge.json', bytes: 50 * 1024 * 1024 }, says: /50 MB; WhoSaid imports history files of up to 32 MB/ },
  { what: 'javascript: URL', file: { name: 'js.json', text: fileOf([ARTICLE('https://port.example/ok'), ARTICLE('javascript:alert(document.domain)')]) }, says: /Article 2 .*javascript: link, not a web page/ },
  { what: 'data: URL', file: { name: 'data.json', text: fileOf([ARTICLE('data:text/html,<script>alert(1)</script>')]) }, says: /Article 1 .*data: link, not a web page/ },
  { what: 'HTML in every text field', file: { name: 'html.json', text: HTML_EVERYWHERE }, says: /Article 1 .*holds HTML markup/ },
  { what: '100,000 articles', file: { name: 'many.json', many: { template: ARTICLE('https://port.example/n#'), count: 100_000 } }, says: /holds 100,000 articles, more than the 5,000 your history keeps/ },
  { what: 'duplicate ids', file: { name: 'dup.json', text: fileOf([ARTICLE('https://port.example/d'), ARTICLE('https://port.example/e'), ARTICLE('https://port.example/d')]) }, says: /Articles 1 and 3 of the file are the same article/ },
];

const READY = (message: string) => !!message && !message.startsWith('Reading ');

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  const binary = name === 'chromium' ? CHROMIUM : FIREFOX;
  const why = existsSync(binary) ? null : `browser not installed at ${binary}`;
  if (why) skipNote(`${name} history safety`, why);

  describe.skipIf(!!why)(`${name}: the history survives`, () => {
    let server: PageServer;
    let empty = '';
    let b: HistoryBrowser;
    const url = (path: string) => `${server.origin}/${path}`;
    const recorded = async (u: string) => (await b.dump()).some((r) => r.url === u);

    beforeAll(async () => {
      mkdirSync(SHOTS, { recursive: true });
      empty = mkdtempSync(join(tmpdir(), 'whosaid-safety-pages-'));
      server = await servePages(empty, { 'a.html': HISTORY_A, 'b.html': HISTORY_B, 'mixed.html': HISTORY_MIXED, 'long.html': longHistoryPage() });
      b = await launchHistoryBrowser(name);
    });

    afterAll(async () => {
      await b?.close();
      await server?.close();
      if (empty) rmSync(empty, { recursive: true, force: true });
    });

    it('stores the named sources of an article and none of the unnamed; the actor index lists only them', async () => {
      await b.openArticle(url('mixed.html'));
      const record = await until(async () => (await b.dump()).find((r) => r.url === url('mixed.html')), 'the mixed article remembered');
      const names = record.actors.map((a) => a.name);
      for (const n of ['Marta Kovalenko', 'Tomas Brandt']) expect(names).toContain(n);
      expect(names.every((n) => MIXED_NAMED.includes(n)), names.join(', ')).toBe(true);
      const everyName = record.actors.flatMap((a) => [a.name, ...a.aliases]).map((n) => n.toLowerCase());
      for (const unnamed of MIXED_UNNAMED) expect(everyName, unnamed).not.toContain(unnamed.toLowerCase());
      expect(record.actors.every((a) => a.kind === 'person' || a.kind === 'organization')).toBe(true);
      const index = (await b.call<{ actors: { name: string }[] }>('history/actors', { query: '' })).actors.map((a) => a.name);
      expect(index.sort()).toEqual([...names].sort());
      expectWhole(await b.dump());
    });

    it('refuses each bad import with one message in Settings and leaves the history byte for byte', async () => {
      await b.openArticle(url('a.html'));
      await until(() => recorded(url('a.html')), 'article A remembered');
      const before = JSON.stringify(await b.dump());
      expect(JSON.parse(before)).toHaveLength(2);
      for (const bad of BAD_IMPORTS) {
        const settings = await b.settings();
        await settings.chooseImport(bad.file);
        const message = await until(async () => {
          const m = await settings.text('[data-testid="history-message"]');
          return READY(m) ? m : null;
        }, `the message for ${bad.what}`, 60_000);
        expect(message, bad.what).toMatch(bad.says);
        expect(message, bad.what).toMatch(/Nothing was imported; your history is unchanged\.$/);
        expect(JSON.stringify(await b.dump()), bad.what).toBe(before);
        if (bad.what === 'javascript: URL' || bad.what === '100,000 articles') {
          await settings.screenshot(`${SHOTS}/${name}-import-${bad.what.replace(/\W+/g, '-')}.png`);
        }
      }
    });

    it('export, clear and import give back the same database', async () => {
      const before = await b.dump();
      expect(before.length).toBeGreaterThanOrEqual(2);
      const { json } = await b.call<{ json: string }>('history/export', {});
      await b.call('history/clear', {});
      expect(await b.dump()).toEqual([]);
      const settings = await b.settings();
      await settings.chooseImport({ name: 'whosaid-history.json', text: json });
      const message = await until(async () => {
        const m = await settings.text('[data-testid="history-message"]');
        return READY(m) ? m : null;
      }, 'the import message');
      expect(message).toBe(`Imported ${before.length} articles.`);
      expect(await b.dump()).toEqual(before);
      expect(JSON.stringify(await b.dump())).toBe(JSON.stringify(before));
    });

    it('twenty tabs at once: all twenty recorded once, no source listed twice', async () => {
      const urls = Array.from({ length: 20 }, (_, i) => url(`mixed.html?tab=${i}`));
      const tabs = await Promise.all(urls.map((u) => b.openTab(u)));
      const records = await until(async () => {
        const all = await b.dump();
        return urls.every((u) => all.some((r) => r.url === u)) ? all : null;
      }, 'all twenty remembered', 120_000, 500);
      for (const u of urls) expect(records.filter((r) => r.url === u), u).toHaveLength(1);
      expectWhole(records);
      const index = (await b.call<{ actors: { name: string; articles: number }[] }>('history/actors', { query: '' })).actors;
      const names = index.map((a) => a.name);
      expect(new Set(names).size, names.join(', ')).toBe(names.length);
      expect(index.find((a) => a.name === 'Tomas Brandt')?.articles).toBe(21);
      for (const t of tabs) await t.close();
    });

    it('a background stopped while a report is written leaves no half article, and the next page is recorded', async () => {
      const { stopped } = await b.stopBackgroundOn('analysis/report');
      const tab = await b.openTab(url('mixed.html?stop=report'));
      await stopped;
      expectWhole(await b.dump());
      await tab.close();
      await b.openArticle(url('b.html?after=report'));
      await until(() => recorded(url('b.html?after=report')), 'the next page remembered', 30_000);
      expectWhole(await b.dump());
    });

    it('a background stopped while parts are in flight: the page starts over and is recorded once, whole', async () => {
      const { stopped } = await b.stopBackgroundOn('engine/blocks', 1);
      const tab = await b.openTab(url('long.html'));
      await stopped;
      await until(() => recorded(url('long.html')), 'the long page remembered after the restart', 90_000, 500);
      const records = await b.dump();
      expect(records.filter((r) => r.url === url('long.html'))).toHaveLength(1);
      expectWhole(records);
      await tab.close();
      await b.openArticle(url('b.html?after=parts'));
      await until(() => recorded(url('b.html?after=parts')), 'the next page remembered', 30_000);
    });
  });
}
