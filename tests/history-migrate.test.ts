// The history database from each older schema version to the current one: version 1 as the
// builds before it wrote it (the same object store, indexes and records), and no database at all.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openDB } from 'idb';
import { SCHEMA_VERSION } from '../src/history/migrate';
import { listActors } from '../src/history/service';
import { idbStore } from '../src/history/store';
import type { ArticleRecord, RecordedActor } from '../src/history/types';

let dbCount = 0;

const actor = (name: string, kind: RecordedActor['kind'], keys: string[], aliases: string[] = []): RecordedActor => ({
  name, aliases, kind, role: '', stance: 'asserts', keys, statements: [{ text: `${name} spoke.`, stance: 'asserts', cue: 'said' }],
});

/** Records as version 1 stored them: unnamed sources included, an alias "his spokesman" giving a key. */
const V1_RECORDS: ArticleRecord[] = [
  {
    url: 'https://port.example/a', title: 'A', site: 'port.example', visited: 1000, published: '2026-03-02',
    actors: [actor('Marta Kovalenko', 'person', ['p:kovalenko', 'p:spokesman'], ['His spokesman']), actor('US officials', 'group', ['o:us officials']), actor('A judge', 'person', ['p:judge'])],
    actorKeys: ['p:kovalenko', 'p:spokesman', 'o:us officials', 'p:judge'],
  },
  {
    url: 'https://port.example/b', title: 'B', site: 'port.example', visited: 2000, published: '',
    actors: [actor('Analysts', 'group', ['o:analysts']), actor('Her mother', 'person', ['p:mother'])],
    actorKeys: ['o:analysts', 'p:mother'],
  },
  {
    url: 'https://port.example/c', title: 'C', site: 'port.example', visited: 3000, published: '',
    actors: [actor('Valmora Harbour Board', 'organization', ['o:valmora harbour board'])],
    actorKeys: ['o:valmora harbour board'],
  },
];

/** A database exactly as the version-1 code created and filled it. */
async function versionOneDb(name: string): Promise<void> {
  const db = await openDB(name, 1, {
    upgrade(d) {
      const store = d.createObjectStore('articles', { keyPath: 'url' });
      store.createIndex('visited', 'visited');
      store.createIndex('actorKeys', 'actorKeys', { multiEntry: true });
    },
  });
  const tx = db.transaction('articles', 'readwrite');
  await Promise.all([...V1_RECORDS.map((r) => tx.store.put(r)), tx.done]);
  db.close();
}

describe('history schema migrations', () => {
  it(`is at version ${SCHEMA_VERSION}`, () => {
    expect(SCHEMA_VERSION).toBe(2);
  });

  it('1 -> 2: keeps every article with a named source and every named source, drops the unnamed', async () => {
    const name = `migrate-${++dbCount}`;
    await versionOneDb(name);
    const store = idbStore(undefined, name);
    const records = await store.all();
    expect(records.map((r) => r.url)).toEqual(['https://port.example/a', 'https://port.example/c']);
    const a = records[0]!;
    expect(a.actors.map((x) => x.name)).toEqual(['Marta Kovalenko']);
    // The description is no longer one of her names, nor a key that would match other spokesmen.
    expect(a.actors[0]!.aliases).toEqual([]);
    expect(a.actorKeys).toEqual(['p:kovalenko']);
    // Everything else about the article is as it was.
    const { actors: _a, actorKeys: _k, ...rest } = a;
    const { actors: _a1, actorKeys: _k1, ...restV1 } = V1_RECORDS[0]!;
    expect(rest).toEqual(restV1);
    expect(records[1]).toEqual(V1_RECORDS[2]);
    expect((await listActors(store)).map((x) => x.name)).toEqual(['Valmora Harbour Board', 'Marta Kovalenko']);
    expect(await store.byKeys(['p:judge', 'p:mother', 'o:analysts', 'p:spokesman'])).toEqual([]);
    const raw = await openDB(name);
    expect(raw.version).toBe(2);
    expect([...raw.transaction('articles').store.indexNames].sort()).toEqual(['actorKeys', 'visited']);
    raw.close();
  });

  it('none -> 2: a new profile gets the current schema', async () => {
    const name = `migrate-${++dbCount}`;
    const store = idbStore(undefined, name);
    expect(await store.count()).toBe(0);
    const raw = await openDB(name);
    expect(raw.version).toBe(SCHEMA_VERSION);
    raw.close();
  });
});
