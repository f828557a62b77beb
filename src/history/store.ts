// The IndexedDB store of article records (idb wrapper). Only the background opens it.
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { ArticleRecord } from './types';

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
    db ??= openDB<Schema>(name, 1, {
      upgrade(d) {
        const store = d.createObjectStore('articles', { keyPath: 'url' });
        store.createIndex('visited', 'visited');
        store.createIndex('actorKeys', 'actorKeys', { multiEntry: true });
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
  return {
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
      const d = await open();
      const out: { url: string; visited: number }[] = [];
      let cursor = await d.transaction('articles').store.index('visited').openKeyCursor();
      while (cursor) {
        out.push({ url: cursor.primaryKey, visited: cursor.key });
        cursor = await cursor.continue();
      }
      return out;
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
