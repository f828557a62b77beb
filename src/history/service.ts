// History operations on any HistoryStore: record an analysis (respecting the settings),
// earlier appearances per actor, the actor list and one actor's page, import.
import type { Analysis, Stance } from '../engine/types';
import { nameInfo, sameActor } from './names';
import { appearances, buildRecord, infoOf, toPrune } from './record';
import { writeMakingRoom, type RoomCheck, type StorageFull } from './room';
import type { HistoryStore } from './store';
import type { ActorRef, ActorSummary, Appearance, ArticleRecord, HistorySettings } from './types';

export type { ActorRef };
import { pageKey, siteExcluded, siteOf } from './url';

export type RecordOutcome = 'recorded' | 'paused' | 'private' | 'excluded' | 'empty';

export async function recordPage(
  store: HistoryStore,
  settings: HistorySettings,
  page: { url: string; title: string; published?: string; incognito: boolean; analysis: Analysis },
  now: number,
  onFull: (notice: StorageFull) => void = () => {},
  check: RoomCheck = {},
): Promise<RecordOutcome> {
  if (page.incognito) return 'private';
  if (settings.paused) return 'paused';
  if (siteExcluded(siteOf(page.url), settings.excludedSites)) return 'excluded';
  const record = buildRecord(page.analysis, page, now);
  if (!record) return 'empty';
  // The article and what the limits then remove, in one transaction.
  await writeMakingRoom(store, (visits) => ({ put: [record], drop: toPrune([...visits.filter((v) => v.url !== record.url), record], settings, now) }), onFull, now, check);
  return 'recorded';
}

export async function prune(store: HistoryStore, settings: HistorySettings, now: number): Promise<number> {
  const gone = toPrune(await store.visits(), settings, now);
  if (gone.length) await store.delete(gone);
  return gone.length;
}


/** For each actor, their appearances in other articles of the history (newest first, at most `limit`). */
export async function relatedFor(store: HistoryStore, url: string, actors: readonly ActorRef[], limit = 10): Promise<Appearance[][]> {
  const except = pageKey(url);
  const infos = actors.map((a) => nameInfo(a.name, a.aliases, a.kind));
  const records = await store.byKeys(infos.flatMap((i) => i.keys));
  return infos.map((info) => (info.keys.length ? appearances(records, info, except).slice(0, limit) : []));
}

function emptyStances(): Record<Stance, number> {
  return { denies: 0, confirms: 0, declines: 0, asserts: 0 };
}

/** Every remembered actor, one entry per person or body, most articles first; `query` filters by name. */
export async function listActors(store: HistoryStore, query = ''): Promise<ActorSummary[]> {
  const q = query.trim().toLocaleLowerCase();
  const groups: { info: ReturnType<typeof infoOf>; summary: ActorSummary; urls: Set<string> }[] = [];
  const byKey = new Map<string, number[]>();
  for (const r of await store.all()) {
    for (const a of r.actors) {
      const info = infoOf(a);
      const candidates = [...new Set(info.keys.flatMap((k) => byKey.get(k) ?? []))];
      let gi = candidates.find((i) => sameActor(groups[i]!.info, info));
      if (gi === undefined) {
        gi = groups.length;
        groups.push({
          info: { ...info, keys: [...info.keys], given: [...info.given] },
          summary: { key: info.keys[0] ?? '', name: a.name, kind: a.kind, articles: 0, stances: emptyStances(), lastSeen: 0 },
          urls: new Set(),
        });
      } else {
        const g = groups[gi]!;
        for (const k of info.keys) if (!g.info.keys.includes(k)) g.info.keys.push(k);
        for (const n of info.given) if (!g.info.given.includes(n)) g.info.given.push(n);
        // The longest form of the name is the most informative ("Dmitry Peskov" over "Peskov").
        if (a.name.length > g.summary.name.length) g.summary.name = a.name;
      }
      for (const k of info.keys) byKey.set(k, [...(byKey.get(k) ?? []), gi]);
      const g = groups[gi]!;
      if (g.urls.has(r.url)) continue;
      g.urls.add(r.url);
      g.summary.articles++;
      g.summary.stances[a.stance]++;
      g.summary.lastSeen = Math.max(g.summary.lastSeen, r.visited);
    }
  }
  return groups
    .map((g) => g.summary)
    .filter((s) => !q || s.name.toLocaleLowerCase().includes(q))
    .sort((a, b) => b.articles - a.articles || b.lastSeen - a.lastSeen || a.name.localeCompare(b.name));
}

/** One actor across the history: found by a name (with the kind, when known). */
export async function actorPage(store: HistoryStore, ref: ActorRef): Promise<{ name: string; appearances: Appearance[] }> {
  const info = nameInfo(ref.name, ref.aliases, ref.kind);
  const records = await store.byKeys(info.keys);
  const list = appearances(records, info, null);
  const name = list.reduce((best, a) => (a.name.length > best.length ? a.name : best), ref.name);
  return { name, appearances: list };
}

/**
 * Merges checked articles (import.ts) in one transaction: an article already remembered is
 * replaced only by a later reading of it, and the limits apply to the result. Returns how
 * many were written.
 */
export async function importRecords(store: HistoryStore, articles: readonly ArticleRecord[], settings: HistorySettings, now: number): Promise<number> {
  const { put } = await store.write((visits) => {
    const known = new Map(visits.map((v) => [v.url, v.visited]));
    const fresh = articles.filter((a) => (known.get(a.url) ?? -Infinity) < a.visited);
    const after = new Map(known);
    for (const a of fresh) after.set(a.url, a.visited);
    const drop = new Set(toPrune([...after].map(([url, visited]) => ({ url, visited })), settings, now));
    // An imported article the limits would remove at once is not written at all.
    return { put: fresh.filter((a) => !drop.has(a.url)), drop: [...drop].filter((u) => known.has(u)) };
  });
  return put;
}
