// Full storage, on a real IndexedDB (fake-indexeddb) whose writes are refused past a budget of
// articles, as a browser refuses them past its quota: the oldest go first, and a refused write
// leaves nothing of the article. The real quota is exercised in tests/e2e/history-safety.e2e.ts.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../src/engine/types';
import type { StorageFull } from '../src/history/room';
import { recordPage } from '../src/history/service';
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
});
