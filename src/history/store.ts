// The IndexedDB store of article records (idb wrapper). Only the background opens it.
// Every write is one transaction: IndexedDB commits all of it or none, so a background
// stopped mid-write, or a write refused for quota, never leaves half an article.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { SCHEMA_VERSION, upgrade } from './migrate';
import type { ArticleRecord } from './types';

export type Visit = { url: string; visited: number };

/** What one write does: records to put and URLs to delete, decided from the visits as they stand. */
export type WritePlan = (visits: readonly Visit[]) => { put: readonly ArticleRecord[]; drop: readonly string[] };

export interface HistoryStore {
  put(records: readonly ArticleRecord[]): Promise<void>;
  get(url: string): Promise<ArticleRecord | undefined>;
  /** Records naming any of the keys (deduplicated). */
  byKeys(keys: readonly string[]): Promise<ArticleRecord[]>;
  all(): Promise<ArticleRecord[]>;
  /** URL and visit time of every record, oldest first. */
  visits(): Promise<{ url: string; visited: number }[]>;
  delete(urls: readonly string[]): Promise<void>;
  clear(): Promise<void>;
  count(): Promise<number>;
  /** Reads the visits and writes what `plan` decides, in one transaction; returns what it wrote. */
  write(plan: WritePlan): Promise<{ put: number; dropped: number }>;
}

interface Schema extends DBSchema {
  articles: {
    key: string;
    value: ArticleRecord;
    indexes: { visited: number; actorKeys: string };
  };
}

export const DB_NAME = 'whosaid-history';

export function idbStore(factory?: IDBFactory, name = DB_NAME): HistoryStore {
  let db: Promise<IDBPDatabase<Schema>> | null = null;
  const open = (): Promise<IDBPDatabase<Schema>> => {
    if (factory) (globalThis as { indexedDB?: IDBFactory }).indexedDB ??= factory;
    db ??= openDB<Schema>(name, SCHEMA_VERSION, {
      upgrade(d, from, _to, tx) {
        // A failed step aborts the upgrade: the database stays at its old version, data intact.
        void upgrade(d as never, from, tx as never).catch(() => tx.abort());
      },
      blocking() {
        // A newer build wants to upgrade: let it.
        void db?.then((d) => d.close());
        db = null;
      },
      terminated() {
        db = null;
      },
    }).catch((err) => {
      db = null;
      throw err;
    });
    return db;
  };
  const visitsIn = async (index: { openKeyCursor(): Promise<{ primaryKey: string; key: number; continue(): Promise<unknown> } | null> }) => {
    const out: Visit[] = [];
    let cursor = await index.openKeyCursor();
    while (cursor) {
      out.push({ url: cursor.primaryKey, visited: cursor.key });
      cursor = (await cursor.continue()) as typeof cursor;
    }
    return out;
  };
  return {
    async write(plan) {
      const tx = (await open()).transaction('articles', 'readwrite');
      const { put, drop } = plan(await visitsIn(tx.store.index('visited')));
      await Promise.all([...put.map((r) => tx.store.put(r)), ...drop.map((u) => tx.store.delete(u)), tx.done]);
      return { put: put.length, dropped: drop.length };
    },
    async put(records) {
      const tx = (await open()).transaction('articles', 'readwrite');
      await Promise.all([...records.map((r) => tx.store.put(r)), tx.done]);
    },
    async get(url) {
      return (await open()).get('articles', url);
    },
    async byKeys(keys) {
      const d = await open();
      const tx = d.transaction('articles');
      const seen = new Map<string, ArticleRecord>();
      for (const key of new Set(keys)) {
        for (const r of await tx.store.index('actorKeys').getAll(key)) seen.set(r.url, r);
      }
      await tx.done;
      return [...seen.values()];
    },
    async all() {
      return (await open()).getAllFromIndex('articles', 'visited');
    },
    async visits() {
      return visitsIn((await open()).transaction('articles').store.index('visited'));
    },
    async delete(urls) {
      const tx = (await open()).transaction('articles', 'readwrite');
      await Promise.all([...urls.map((u) => tx.store.delete(u)), tx.done]);
    },
    async clear() {
      await (await open()).clear('articles');
    },
    async count() {
      return (await open()).count('articles');
    },
  };
}
