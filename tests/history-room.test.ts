// Full storage, on a real IndexedDB (fake-indexeddb) whose writes are refused past a budget of
// articles, as a browser refuses them past its quota: the oldest go first, and a refused write
// leaves nothing of the article. The real quota is exercised in tests/e2e/history-safety.e2e.ts.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../src/engine/types';
import { writeMakingRoom, type RoomCheck, type StorageFull } from '../src/history/room';
import { recordPage } from '../src/history/service';
import { buildRecord } from '../src/history/record';
import { idbStore, type HistoryStore } from '../src/history/store';
import { DEFAULT_HISTORY_SETTINGS } from '../src/history/types';

let dbCount = 0;

/** A store that refuses, like a full disk, any write that would leave more than `room` articles. */
function limited(room: number): HistoryStore & { refusals: number } {
  const inner = idbStore(undefined, `room-${++dbCount}`);
  const wrapped = {
    ...inner,
    refusals: 0,
    async write(plan: Parameters<HistoryStore['write']>[0]) {
      const visits = await inner.visits();
      const { put, drop } = plan(visits);
      const after = new Set(visits.map((v) => v.url));
      for (const u of drop) after.delete(u);
      for (const r of put) after.add(r.url);
      if (after.size > room && put.length > 0) {
        wrapped.refusals++;
        throw new DOMException('quota', 'QuotaExceededError');
      }
      return inner.write(() => ({ put, drop }));
    },
  };
  return wrapped;
}

const analysis: Analysis = {
  title: 'T',
  statements: [{ id: 0, actor: 0, speaker: 'Tomas Brandt', text: 'We have nothing to hide.', content: { block: 0, start: 0, end: 1 }, cue: 'said', cueSpan: null, mention: 'Tomas Brandt', mentionSpan: null, form: 'direct', stance: 'asserts', stanceWhy: [] }],
  actors: [{ id: 0, name: 'Tomas Brandt', aliases: [], kind: 'person', role: '', stance: 'asserts', statements: [0] }],
};

/** A whole record of `url`, visited at `visited`. */
const rec = (url: string, visited: number) => buildRecord(analysis, { url, title: 'T' }, visited)!;

describe('full storage', () => {
  it('removes the oldest articles to make room, says so, and keeps the newest', async () => {
    const store = limited(20);
    const notices: StorageFull[] = [];
    const now = Date.now();
    for (let i = 0; i < 25; i++) {
      await recordPage(store, DEFAULT_HISTORY_SETTINGS, { url: `https://n.example/${i}`, title: `T${i}`, incognito: false, analysis }, now + i, (n) => notices.push(n));
    }
    expect(store.refusals).toBeGreaterThan(0);
    expect(notices.length).toBeGreaterThan(0);
    expect(notices.every((n) => !n.failed && n.removed >= 1)).toBe(true);
    const urls = (await store.visits()).map((v) => v.url);
    // The newest article is there, the oldest were the ones removed.
    expect(urls).toContain('https://n.example/24');
    expect(urls).not.toContain('https://n.example/0');
    const kept = urls.map((u) => Number(u.split('/').pop()));
    expect(Math.min(...kept)).toBe(25 - kept.length);
  });

  it('a write that cannot be made at all leaves nothing and says so', async () => {
    const store = limited(0);
    const notices: StorageFull[] = [];
    await expect(recordPage(store, DEFAULT_HISTORY_SETTINGS, { url: 'https://n.example/x', title: 'X', incognito: false, analysis }, Date.now(), (n) => notices.push(n))).rejects.toThrow();
    expect(await store.count()).toBe(0);
    expect(notices).toEqual([expect.objectContaining({ failed: true })]);
  });

  describe('when the browser estimates its usage', () => {
    /** Fills a limited store with `n` articles visited a minute apart, oldest first. */
    async function filled(room: number, n: number) {
      const store = limited(room);
      const now = Date.now();
      for (let i = 0; i < n; i++) await recordPage(store, DEFAULT_HISTORY_SETTINGS, { url: `https://n.example/${i}`, title: `T${i}`, incognito: false, analysis }, now - (n - i) * 60_000);
      return store;
    }
    const page = (url: string) => ({ url, title: 'New', incognito: false, analysis });

    /** A check whose usage is `bytes()` and which keeps what it is told to remember. */
    function checkOf(bytes: () => number, noRoomBack: number | null = null): RoomCheck & { kept: (number | null)[] } {
      const kept: (number | null)[] = [];
      return { usage: async () => bytes(), noRoomBack, remember: (u) => kept.push(u), kept };
    }

    it('stops after the first round when removing does not lower the usage (Chromium), and says so', async () => {
      // Room for nothing more, whatever is removed, as in Chromium until it compacts its files.
      const store = limited(0);
      for (let i = 0; i < 40; i++) await store.put([rec(`https://n.example/${i}`, Date.now() - (40 - i) * 60_000)]);
      // And as Chromium's store does, deleting adds tombstones: the usage only grows.
      let bytes = 1000;
      const grows = store.write.bind(store);
      store.write = async (plan) => {
        bytes += 10;
        return grows(plan);
      };
      const check = checkOf(() => bytes);
      const notices: StorageFull[] = [];
      await expect(recordPage(store, DEFAULT_HISTORY_SETTINGS, page('https://n.example/new'), Date.now(), (n) => notices.push(n), check)).rejects.toThrow();
      // One round of a tenth, not six: 4 of the 40 went, the rest stays.
      expect(notices).toEqual([{ at: expect.any(Number), removed: 4, failed: true, noRoomBack: bytes }]);
      expect(await store.count()).toBe(36);
      expect((await store.visits()).map((v) => v.url)).not.toContain('https://n.example/3');
      expect((await store.visits()).map((v) => v.url)).toContain('https://n.example/4');
      expect(check.kept).toEqual([bytes]);
    });

    it('a later page refused while the usage has not fallen removes nothing', async () => {
      const store = await filled(40, 40);
      const notices: StorageFull[] = [];
      const check = checkOf(() => 2000, 1990);
      await expect(recordPage(store, DEFAULT_HISTORY_SETTINGS, page('https://n.example/later'), Date.now(), (n) => notices.push(n), check)).rejects.toThrow();
      expect(notices).toEqual([{ at: expect.any(Number), removed: 0, failed: true, noRoomBack: 1990 }]);
      expect(await store.count()).toBe(40);
      expect(check.kept).toEqual([]);
    });

    it('removes again once the usage has fallen below what was remembered, and forgets it when the write is made', async () => {
      const store = await filled(40, 40);
      // Each article a hundred bytes: removing lowers the usage, as in Firefox.
      const check = checkOf(() => 0, 5000);
      check.usage = async () => (await store.count()) * 100;
      const notices: StorageFull[] = [];
      await recordPage(store, DEFAULT_HISTORY_SETTINGS, page('https://n.example/after'), Date.now(), (n) => notices.push(n), check);
      expect(notices).toEqual([{ at: expect.any(Number), removed: 4, failed: false }]);
      expect((await store.visits()).map((v) => v.url)).toContain('https://n.example/after');
      expect(check.kept).toEqual([null]);
    });

    it('keeps removing while each round lowers the usage, up to the six rounds', async () => {
      const store = limited(0);
      for (let i = 0; i < 30; i++) await store.put([rec(`https://n.example/${i}`, Date.now() - (30 - i) * 60_000)]);
      const check = checkOf(() => 0);
      check.usage = async () => (await store.count()) * 100;
      const notices: StorageFull[] = [];
      await expect(writeMakingRoom(store, () => ({ put: [rec('https://n.example/x', Date.now())], drop: [] }), (n) => notices.push(n), Date.now(), check)).rejects.toThrow();
      // 3 + 3 + 3 + 3 + 2 + 2: every round lowered the usage, so all six ran.
      expect(notices).toEqual([{ at: expect.any(Number), removed: 16, failed: true }]);
      expect(check.kept).toEqual([]);
    });

    it('without an estimate, removes as before', async () => {
      const store = limited(0);
      for (let i = 0; i < 30; i++) await store.put([rec(`https://n.example/${i}`, Date.now() - (30 - i) * 60_000)]);
      const notices: StorageFull[] = [];
      await expect(writeMakingRoom(store, () => ({ put: [rec('https://n.example/x', Date.now())], drop: [] }), (n) => notices.push(n), Date.now(), { usage: async () => undefined, noRoomBack: 1 })).rejects.toThrow();
      expect(notices).toEqual([{ at: expect.any(Number), removed: 16, failed: true }]);
    });
  });
});
