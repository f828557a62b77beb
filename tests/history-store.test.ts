// The history service on a real IndexedDB implementation (fake-indexeddb).
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Analysis, Stance } from '../src/engine/types';
import { buildRecord, summarise, toPrune } from '../src/history/record';
import { actorPage, importRecords, listActors, recordPage, relatedFor } from '../src/history/service';
import { idbStore } from '../src/history/store';
import { DEFAULT_HISTORY_SETTINGS } from '../src/history/types';

let dbCount = 0;
const freshStore = () => idbStore(undefined, `test-${++dbCount}`);
const DAY = 86_400_000;

function analysisOf(title: string, actors: { name: string; aliases?: string[]; stance: Stance; text: string; kind?: 'person' | 'organization' | 'anonymous' }[]): Analysis {
  return {
    title,
    statements: actors.map((a, i) => ({ id: i, actor: i, speaker: a.name, text: a.text, content: { block: 0, start: 0, end: 1 }, cue: 'said', cueSpan: null, mention: a.name, mentionSpan: null, form: 'direct', stance: a.stance, stanceWhy: [] })),
    actors: actors.map((a, i) => ({ id: i, name: a.name, aliases: a.aliases ?? [], kind: a.kind ?? 'person', role: '', stance: a.stance, statements: [i] })),
  };
}

const page = (url: string, analysis: Analysis, incognito = false) => ({ url, title: analysis.title, analysis, incognito });

describe('history store', () => {
  it('finds the same actor in earlier articles, not in the current one', async () => {
    const store = freshStore();
    const s = DEFAULT_HISTORY_SETTINGS;
    await recordPage(store, s, page('https://a.example/1', analysisOf('One', [{ name: 'Peskov', stance: 'declines', text: 'No comment' }])), 1000);
    await recordPage(store, s, page('https://b.example/2', analysisOf('Two', [{ name: 'Kremlin spokesman Dmitry Peskov', stance: 'declines', text: 'We cannot say' }])), 2000);
    await recordPage(store, s, page('https://c.example/3', analysisOf('Three', [{ name: 'Dmitry Peskov', stance: 'asserts', text: 'It is true' }, { name: 'Anna Peskov', stance: 'denies', text: 'No' }])), 3000);
    const current = analysisOf('Now', [{ name: 'Dmitry Peskov', aliases: ['Peskov'], stance: 'denies', text: 'x' }]);
    const [peskov] = await relatedFor(store, 'https://c.example/3#top', current.actors);
    expect(peskov!.map((a) => a.url)).toEqual(['https://b.example/2', 'https://a.example/1']);
    const all = await relatedFor(store, 'https://d.example/4', current.actors);
    expect(summarise(all[0]!)).toBe('3 earlier articles: declined twice, asserted once');
  });

  it('writes nothing for private tabs, when paused or for excluded sites', async () => {
    const store = freshStore();
    const a = analysisOf('One', [{ name: 'Peskov', stance: 'declines', text: 'No comment' }]);
    expect(await recordPage(store, DEFAULT_HISTORY_SETTINGS, page('https://a.example/1', a, true), 1)).toBe('private');
    expect(await recordPage(store, { ...DEFAULT_HISTORY_SETTINGS, paused: true }, page('https://a.example/1', a), 1)).toBe('paused');
    expect(await recordPage(store, { ...DEFAULT_HISTORY_SETTINGS, excludedSites: ['example.com', 'a.example'] }, page('https://www.a.example/1', a), 1)).toBe('excluded');
    expect(await store.count()).toBe(0);
    expect(await recordPage(store, DEFAULT_HISTORY_SETTINGS, page('https://a.example/1', a), 1)).toBe('recorded');
    expect(await store.count()).toBe(1);
    await store.clear();
    expect(await store.count()).toBe(0);
  });

  it('keeps the limits: oldest out first, and nothing older than the retention', async () => {
    const store = freshStore();
    const settings = { ...DEFAULT_HISTORY_SETTINGS, maxArticles: 10, maxDays: 30 };
    const now = 100 * DAY;
    for (let i = 0; i < 12; i++) {
      await recordPage(store, settings, page(`https://a.example/${i}`, analysisOf(`A${i}`, [{ name: 'Peskov', stance: 'asserts', text: 't' }])), now - (12 - i) * 1000);
    }
    expect(await store.count()).toBe(10);
    expect(await store.get('https://a.example/0')).toBeUndefined();
    expect(await store.get('https://a.example/11')).toBeDefined();
    expect(toPrune([{ url: 'old', visited: now - 31 * DAY }, { url: 'new', visited: now }], settings, now)).toEqual(['old']);
  });

  it('lists remembered actors as one entry per person and shows one actor across articles', async () => {
    const store = freshStore();
    const s = DEFAULT_HISTORY_SETTINGS;
    await recordPage(store, s, page('https://a.example/1', analysisOf('One', [{ name: 'Peskov', stance: 'declines', text: 'No comment' }, { name: 'officials', stance: 'asserts', text: 'x', kind: 'anonymous' }])), 1);
    await recordPage(store, s, page('https://b.example/2', analysisOf('Two', [{ name: 'Dmitry Peskov', stance: 'denies', text: 'False' }, { name: 'NATO', stance: 'asserts', text: 'y', kind: 'organization' }])), 2);
    const actors = await listActors(store);
    expect(actors.map((a) => [a.name, a.articles])).toEqual([['Dmitry Peskov', 2], ['NATO', 1]]);
    expect((await listActors(store, 'nat')).map((a) => a.name)).toEqual(['NATO']);
    const p = await actorPage(store, { name: 'Peskov', aliases: [], kind: 'person' });
    expect(p.name).toBe('Dmitry Peskov');
    expect(p.appearances.map((a) => a.stance)).toEqual(['denies', 'declines']);
  });

  it('round-trips through export and import', async () => {
    const store = freshStore();
    const rec = buildRecord(analysisOf('One', [{ name: 'Peskov', stance: 'declines', text: 'No comment' }]), { url: 'https://a.example/1', title: 'One' }, 5);
    expect(rec).not.toBeNull();
    expect(await importRecords(store, [rec!], DEFAULT_HISTORY_SETTINGS, 5)).toBe(1);
    expect(await importRecords(store, [rec!], DEFAULT_HISTORY_SETTINGS, 5)).toBe(0);
    expect((await store.all())[0]!.actors[0]!.statements[0]!.text).toBe('No comment');
  });
});
