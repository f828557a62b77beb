// Full storage against a real browser quota, in both browsers: the extension's origin is given
// a small quota (Chromium: the DevTools protocol's per-origin override; Firefox: a small fixed
// limit for its best-effort storage, which add-ons without unlimitedStorage live in), the
// history is seeded with forty articles through the extension's own import, and a second
// database of the same origin is filled until the browser itself refuses a write. The next
// article the reader opens is then refused for quota: the oldest articles go first, every record
// left is whole, and Settings says how many went.
//
// The two browsers differ in what removing articles gains. Firefox reuses the freed pages of its
// SQLite file and its usage estimate falls, so the new article fits once the oldest are gone.
// Chromium's LevelDB store grows when records are deleted (tombstones) and shrinks only when the
// browser compacts it, which closing and reopening the connection does not bring about at once,
// so its usage does not fall: WhoSaid stops after the first round (a tenth of the history), the
// article is not stored, Settings says so, and a later page opened while the storage stays full
// removes nothing. Both outcomes are asserted as they are, so that a change in either browser
// (or in WhoSaid) makes this file fail.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM, FIREFOX, distFor, skipNote } from './support/env';
import { servePages, type PageServer } from './support/server';
import { until } from './support/expect';
import { HISTORY_A, HISTORY_B } from './support/history-pages';
import { launchChromiumHistory, launchFirefoxHistory, type BrowserName, type HistoryBrowser, type StoredArticle } from './support/history-browser';
import { readHistoryFile } from '../../src/history/import';
import type { StorageFull } from '../../src/history/room';

/** Screenshots of the Settings notice, kept out of the repository. */
const SHOTS = join(tmpdir(), 'whosaid-shots');

/** Room left for the extension's origin above what it uses at start (Chromium), in bytes. */
const CHROMIUM_ROOM = 2 * 1024 * 1024;
/** Firefox's whole best-effort storage, in KB (the pref's unit): its group limit is then the same. */
const FIREFOX_LIMIT_KB = 4096;
/** Articles in the history before the storage fills. */
const SEEDS = 40;

const seedUrl = (i: number) => `https://port.example/seed-${String(i).padStart(2, '0')}`;

/** Seed i was visited i minutes after seed 0 (all within the default 90 days): seed 0 is the oldest. */
function seeds(now: number) {
  const sources = ['Tomas Brandt', 'Marta Kovalenko', 'Ilse Varga', 'Piet Moreau'];
  return Array.from({ length: SEEDS }, (_, i) => ({
    url: seedUrl(i),
    title: `Ferry contract, part ${i}`,
    visited: now - (SEEDS - i) * 60_000,
    published: '',
    // A few kilobytes each, as a real article with four sources is.
    actors: sources.map((name) => ({
      name,
      aliases: [],
      kind: 'person',
      role: 'finance chair',
      stance: 'asserts',
      statements: [1, 2, 3].map((k) => ({ text: `Statement ${k} on part ${i}: ${'the accounts of the ferry contract will be published in full '.repeat(5).trim()}.`, stance: 'asserts', cue: 'said' })),
    })),
  }));
}

/** Every record is whole: the importer's own check accepts it and recomputes exactly what is stored. */
function expectWhole(records: StoredArticle[]): void {
  const { articles, skipped } = readHistoryFile({ format: 'whosaid-history', version: 1, articles: records }, 1_000_000);
  expect(skipped).toBe(0);
  expect(articles).toEqual(records);
}

/**
 * In an extension page: writes filler into a database of its own (the history's is left alone)
 * in `chunk`-character transactions until the browser refuses one or `max` characters went in.
 */
const fillIn = async ({ chunk, max }: { chunk: number; max: number }) => {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open('quota-filler', 1);
    req.onupgradeneeded = () => req.result.createObjectStore('filler', { autoIncrement: true });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  let written = 0;
  let refused: string | null = null;
  try {
    while (written < max) {
      // Random text: a browser that compresses values cannot shrink it.
      let text = '';
      while (text.length < chunk) text += Math.random().toString(36).slice(2);
      await new Promise<void>((resolve, reject) => {
        const tx = db.transaction('filler', 'readwrite');
        tx.objectStore('filler').put(text.slice(0, chunk));
        tx.oncomplete = () => resolve();
        tx.onabort = () => reject(tx.error);
      });
      written += chunk;
    }
  } catch (err) {
    refused = (err as { name?: string }).name ?? String(err);
  } finally {
    db.close();
  }
  return { written, refused };
};

const missingBrowser = (name: BrowserName) => {
  const binary = name === 'chromium' ? CHROMIUM : FIREFOX;
  return existsSync(binary) ? null : `browser not installed at ${binary}`;
};

for (const name of ['chromium', 'firefox'] as BrowserName[]) {
  const why = missingBrowser(name);
  if (why) skipNote(`${name} history quota`, why);

  describe.skipIf(!!why)(`${name}: a full storage`, () => {
    let server: PageServer;
    let empty = '';
    let b: HistoryBrowser;
    const url = (path: string) => `${server.origin}/${path}`;
    const full = async () => (await b.call<{ full: StorageFull | null }>('history/count', {})).full;
    const figures: Record<string, number | string> = {};

    beforeAll(async () => {
      mkdirSync(SHOTS, { recursive: true });
      empty = mkdtempSync(join(tmpdir(), 'whosaid-quota-pages-'));
      server = await servePages(empty, { 'a.html': HISTORY_A, 'b.html': HISTORY_B });
      if (name === 'chromium') {
        b = await launchChromiumHistory(distFor('chrome'));
        // Before the origin's first write: Chromium lets a bucket spend its last known free
        // space for up to 30 seconds without asking the quota manager again.
        const start = await b.usage();
        await b.overrideQuota!(start + CHROMIUM_ROOM);
        figures.quota = start + CHROMIUM_ROOM;
      } else {
        b = await launchFirefoxHistory(distFor('firefox'), { 'dom.quotaManager.temporaryStorage.fixedLimit': FIREFOX_LIMIT_KB });
        figures.quota = (await b.inExtension(async () => (await navigator.storage.estimate()).quota ?? 0, null)) as number;
        // Add-ons without unlimitedStorage are best-effort storage, held to the group limit.
        expect(figures.quota).toBe(FIREFOX_LIMIT_KB * 1024);
      }
    });

    afterAll(async () => {
      console.log(`[e2e] ${name} full storage: ${JSON.stringify(figures)}`);
      await b?.close();
      await server?.close();
      if (empty) rmSync(empty, { recursive: true, force: true });
    });

    it('a write refused for quota removes the oldest articles first, leaves every record whole, and Settings says how many went', async () => {
      const imported = await b.call<{ imported: number }>('history/import', { data: { format: 'whosaid-history', version: 1, articles: seeds(Date.now()) } });
      expect(imported.imported).toBe(SEEDS);

      // Fill the rest of the origin's quota until the browser itself refuses a write: in large
      // pieces first, then in small ones, so that no article of a few kilobytes still fits.
      const room = name === 'chromium' ? CHROMIUM_ROOM : FIREFOX_LIMIT_KB * 1024;
      const coarse = await b.inExtension(fillIn, { chunk: 4096, max: 3 * room });
      const fine = await b.inExtension(fillIn, { chunk: 256, max: 3 * room });
      expect(coarse.refused, 'the browser refused the filler (4 KB pieces)').toBe('QuotaExceededError');
      expect(fine.refused, 'the browser refused the filler (256-byte pieces)').toBe('QuotaExceededError');
      figures.filler = coarse.written + fine.written;
      const usedWhenFull = await b.usage();
      figures.usedWhenFull = usedWhenFull;
      expect(await full(), 'no notice before the history writes').toBeNull();
      expect(await b.dump()).toHaveLength(SEEDS);

      // The reader opens an article: WhoSaid analyses it and writes it to the history.
      const started = Date.now();
      const tab = await b.openArticle(url('a.html'));
      const notice = await until(full, 'the storage-full notice', 30_000);
      figures.fixupMs = Date.now() - started;
      figures.removed = notice.removed;
      figures.usedAfterRemoval = await b.usage();
      await tab.close();

      // (a) The browser really refused the history's write: the fix-up runs only on a
      // QuotaExceededError from IndexedDB, and it removed articles.
      expect(notice.removed).toBeGreaterThan(0);

      // (b) What went is the oldest: the seeds left are exactly the newest ones.
      const records = await b.dump();
      const left = records.filter((r) => r.url.startsWith('https://port.example/seed-')).map((r) => r.url);
      expect(left.length + notice.removed).toBe(SEEDS);
      expect(left).toEqual(Array.from({ length: left.length }, (_, k) => seedUrl(SEEDS - left.length + k)));

      // (c) Nothing half written, whichever way it went.
      expectWhole(records);

      const stored = records.some((r) => r.url === url('a.html'));
      if (name === 'firefox') {
        // The freed pages of the database file are reused: the new article is stored.
        expect(notice.failed).toBe(false);
        expect(stored).toBe(true);
      } else {
        // LevelDB: deleting grows the files until compaction, so the usage did not fall and the
        // removing stopped after one round of a tenth of the history.
        expect(notice.failed).toBe(true);
        expect(stored).toBe(false);
        expect(figures.usedAfterRemoval as number).toBeGreaterThanOrEqual(usedWhenFull);
        expect(notice.removed).toBe(Math.ceil(SEEDS / 10));
        expect(notice.noRoomBack).toBeGreaterThanOrEqual(usedWhenFull);
      }
      // (d) Settings says so, in words.
      const settings = await b.settings();
      const text = await until(() => settings.text('[data-testid="history-full"]'), 'the notice in Settings', 20_000);
      if (notice.failed) expect(text).toContain(`an article could not be remembered. Removing the ${notice.removed} oldest articles gave the browser no room back, so no more are removed while it stays full.`);
      else expect(text).toMatch(new RegExp(`the ${notice.removed} oldest articles were removed to make room\\.`));
      await settings.screenshot(`${SHOTS}/${name}-storage-full.png`);
    });

    // Only Chromium stays full (Firefox stored the article: its storage is not stuck), so the
    // test exists for Chromium alone rather than as a skipped test in Firefox.
    if (name === 'chromium') it('a later page opened while the storage stays full costs no more history', async () => {
      const first = (await full())!;
      const tab = await b.openArticle(url('b.html'));
      const later = await until(async () => {
        const f = await full();
        return f && f.at > first.at ? f : null;
      }, 'the later refusal', 30_000);
      await tab.close();
      // Refused again, nothing more removed: the notice still counts only the first round.
      expect(later.failed).toBe(true);
      expect(later.removed).toBe(first.removed);
      const records = await b.dump();
      expect(records.some((r) => r.url === url('b.html'))).toBe(false);
      expect(records).toHaveLength(SEEDS - first.removed);
      figures.laterRemoved = SEEDS - first.removed - records.length;
    });

    it('with room again, the next page is recorded whole and the history is still the newest articles', async () => {
      if (name === 'chromium') {
        // Chromium gets its room back only from more quota (free disk, in a real install).
        await b.overrideQuota!((figures.quota as number) + CHROMIUM_ROOM);
      }
      const before = (await b.dump()).filter((r) => r.url.startsWith('https://port.example/seed-')).length;
      await b.openArticle(url('b.html'));
      const records = await until(async () => {
        const all = await b.dump();
        return all.some((r) => r.url === url('b.html')) ? all : null;
      }, 'the next page remembered', 30_000);
      expectWhole(records);
      const left = records.filter((r) => r.url.startsWith('https://port.example/seed-')).map((r) => r.url);
      // Whatever more went, went from the oldest end.
      expect(left.length).toBeLessThanOrEqual(before);
      expect(left).toEqual(Array.from({ length: left.length }, (_, k) => seedUrl(SEEDS - left.length + k)));
      figures.leftAfterNext = left.length;
    });
  });
}
