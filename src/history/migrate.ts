// The history database's schema versions and the step from each to the next. The version is
// IndexedDB's own database version: a build that finds an older one upgrades it in the same
// versionchange transaction, so an update either finishes the whole step or leaves the old data.
//   1: object store "articles" keyed by url, indexes "visited" and "actorKeys" (multi-entry).
//   2: only named sources are kept: version 1 also stored groups and described sources
//      ("US officials", "a judge"); their actors are removed, and an article left with none.
import type { IDBPDatabase, IDBPTransaction } from 'idb';
import { nameInfo, namedSource } from './names';
import type { ArticleRecord, RecordedActor } from './types';

export const SCHEMA_VERSION = 2;

/** A version-1 record as version 2 keeps it, or null when none of its sources has a name. */
export function namedOnly(record: ArticleRecord): ArticleRecord | null {
  const actors: RecordedActor[] = [];
  for (const actor of Array.isArray(record.actors) ? record.actors : []) {
    if (!actor || typeof actor.name !== 'string' || !namedSource(actor.name, actor.kind)) continue;
    const aliases = (Array.isArray(actor.aliases) ? actor.aliases : []).filter((a) => typeof a === 'string' && namedSource(a, actor.kind));
    actors.push({ ...actor, aliases, keys: nameInfo(actor.name, aliases, actor.kind).keys });
  }
  if (actors.length === 0) return null;
  return { ...record, actors, actorKeys: [...new Set(actors.flatMap((a) => a.keys))] };
}

type AnyDb = IDBPDatabase<unknown>;
type UpgradeTx = IDBPTransaction<unknown, string[], 'versionchange'>;

function createV1(db: AnyDb): void {
  const store = db.createObjectStore('articles', { keyPath: 'url' });
  store.createIndex('visited', 'visited');
  store.createIndex('actorKeys', 'actorKeys', { multiEntry: true });
}

async function toV2(tx: UpgradeTx): Promise<void> {
  let cursor = await tx.objectStore('articles').openCursor();
  while (cursor) {
    const kept = namedOnly(cursor.value as ArticleRecord);
    if (!kept) await cursor.delete();
    else if (JSON.stringify(kept) !== JSON.stringify(cursor.value)) await cursor.update(kept);
    cursor = await cursor.continue();
  }
}

/** Brings a database at `from` (0: none yet) to SCHEMA_VERSION, one step after another. */
export async function upgrade(db: AnyDb, from: number, tx: UpgradeTx): Promise<void> {
  if (from < 1) createV1(db);
  if (from < 2) await toV2(tx);
}
