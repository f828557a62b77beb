// Importing a history file: every bad file is refused whole with one sentence, before any
// write, and the store stays as it was; a good file round-trips exactly through export.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Analysis, Stance } from '../src/engine/types';
import { historyJson } from '../src/history/export';
import { IMPORT_MAX_BYTES, ImportRefused, checkImportSize, parseImportText, readHistoryFile } from '../src/history/import';
import { buildRecord } from '../src/history/record';
import { importRecords, recordPage } from '../src/history/service';
import { idbStore, type HistoryStore } from '../src/history/store';
import { DEFAULT_HISTORY_SETTINGS } from '../src/history/types';

let dbCount = 0;
const freshStore = () => idbStore(undefined, `import-${++dbCount}`);

function analysisOf(actors: { name: string; kind?: 'person' | 'organization' | 'group'; stance: Stance; text: string; aliases?: string[] }[]): Analysis {
  return {
    title: 'Harbour council split over ferry contract',
    statements: actors.map((a, i) => ({ id: i, actor: i, speaker: a.name, text: a.text, content: { block: 0, start: 0, end: 1 }, cue: 'said', cueSpan: null, mention: a.name, mentionSpan: null, form: 'direct', stance: a.stance, stanceWhy: [] })),
    actors: actors.map((a, i) => ({ id: i, name: a.name, aliases: a.aliases ?? [], kind: a.kind ?? 'person', role: 'spokeswoman', stance: a.stance, statements: [i] })),
  };
}

async function seeded(): Promise<HistoryStore> {
  const store = freshStore();
  const s = DEFAULT_HISTORY_SETTINGS;
  const now = Date.now();
  await recordPage(store, s, { url: 'https://port.example/a', title: 'A', incognito: false, analysis: analysisOf([{ name: 'Marta Kovalenko', stance: 'denies', text: 'There is no contract.' }, { name: 'US officials', kind: 'group', stance: 'asserts', text: 'Not vetted.' }]) }, now - 2000);
  await recordPage(store, s, { url: 'https://port.example/b', title: 'B', incognito: false, analysis: analysisOf([{ name: 'Valmora Harbour Board', kind: 'organization', stance: 'asserts', text: 'We will publish it.' }]) }, now - 1000);
  return store;
}

/** The store as bytes: every record in key order. */
const dump = async (store: HistoryStore) => JSON.stringify((await store.all()).sort((a, b) => a.url.localeCompare(b.url)));

/** A valid export of `n` small invented articles. */
function exportOf(n: number, at = Date.now()): Record<string, unknown> {
  const articles = Array.from({ length: n }, (_, i) =>
    buildRecord(analysisOf([{ name: 'Tomas Brandt', stance: 'asserts', text: `Statement ${i}.` }]), { url: `https://n.example/${i}`, title: `T${i}` }, at - i),
  );
  return JSON.parse(historyJson(articles.filter((a) => !!a), at));
}

const refusal = (fn: () => unknown): string => {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(ImportRefused);
    return (err as Error).message;
  }
  throw new Error('not refused');
};

describe('history import', () => {
  const good = () => exportOf(3);
  const withArticle = (patch: (a: Record<string, any>) => void) => {
    const file = good();
    patch((file.articles as Record<string, any>[])[1]!);
    return file;
  };
  const bad: [string, () => unknown, RegExp][] = [
    ['a truncated file', () => parseImportText(JSON.stringify(good()).slice(0, 150)), /cut short or damaged/],
    ['a file that is no JSON', () => parseImportText('PK\u0003\u0004 binary'), /not a WhoSaid history file \(it is not JSON\)/],
    ['a file of another shape', () => readHistoryFile({ bookmarks: [{ url: 'https://x.example' }] }, 5000), /not a WhoSaid history file/],
    ['an array', () => readHistoryFile([good()], 5000), /not a WhoSaid history file/],
    ['a newer version', () => readHistoryFile({ ...good(), version: 99 }, 5000), /newer version/],
    ['a 50 MB file', () => checkImportSize(50 * 1024 * 1024), /50 MB; WhoSaid imports history files of up to 32 MB/],
    ['an empty file', () => checkImportSize(0), /empty/],
    ['a javascript: URL', () => readHistoryFile(withArticle((a) => (a.url = 'javascript:alert(1)')), 5000), /Article 2 .*javascript: link/],
    ['a data: URL', () => readHistoryFile(withArticle((a) => (a.url = 'data:text/html,<b>x</b>')), 5000), /Article 2 .*data: link/],
    ['HTML in the headline', () => readHistoryFile(withArticle((a) => (a.title = '<img src=x onerror=alert(1)>')), 5000), /headline holds HTML markup/],
    ['HTML in a name', () => readHistoryFile(withArticle((a) => (a.actors[0].name = '<b>Tomas</b> Brandt')), 5000), /name holds HTML markup/],
    ['HTML in a role', () => readHistoryFile(withArticle((a) => (a.actors[0].role = '<script>x</script>')), 5000), /role of Tomas Brandt holds HTML/],
    ['HTML in a statement', () => readHistoryFile(withArticle((a) => (a.actors[0].statements[0].text = '<iframe src=//x>')), 5000), /statement of Tomas Brandt holds HTML/],
    ['HTML in a cue', () => readHistoryFile(withArticle((a) => (a.actors[0].statements[0].cue = '<a href=x>said</a>')), 5000), /cue of Tomas Brandt holds HTML/],
    ['HTML in another name', () => readHistoryFile(withArticle((a) => (a.actors[0].aliases = ['<svg onload=x>'])), 5000), /other name of Tomas Brandt holds HTML/],
    ['HTML in the date', () => readHistoryFile(withArticle((a) => (a.published = '<i>2026</i>')), 5000), /publication date holds HTML/],
    ['100,000 articles', () => readHistoryFile(exportOf(100_000), 5000), /holds 100,000 articles, more than the 5,000 your history keeps/],
    ['duplicate ids', () => readHistoryFile(withArticle((a) => (a.url = 'https://n.example/0')), 5000), /Articles 1 and 2 of the file are the same article/],
    ['a missing date', () => readHistoryFile(withArticle((a) => delete a.visited), 5000), /date of reading is missing/],
    ['an unknown stance', () => readHistoryFile(withArticle((a) => (a.actors[0].stance = 'shouts')), 5000), /no known stance/],
  ];
  for (const [what, read, message] of bad) {
    it(`refuses ${what} with one sentence and leaves the store as it was`, async () => {
      const store = await seeded();
      const before = await dump(store);
      const text = refusal(read);
      expect(text).toMatch(message);
      expect(text).toMatch(/Nothing was imported; your history is unchanged\.$/);
      expect(await dump(store)).toBe(before);
    });
  }

  it('refuses a file bigger than the limit before parsing it', () => {
    expect(refusal(() => parseImportText(' '.repeat(IMPORT_MAX_BYTES + 1)))).toMatch(/up to 32 MB/);
  });

  it('round-trips export, clear and import exactly', async () => {
    const store = await seeded();
    const before = await dump(store);
    const file = parseImportText(historyJson(await store.all(), Date.now()));
    await store.clear();
    expect(await store.count()).toBe(0);
    const { articles, skipped } = readHistoryFile(file, DEFAULT_HISTORY_SETTINGS.maxArticles);
    expect(skipped).toBe(0);
    expect(await importRecords(store, articles, DEFAULT_HISTORY_SETTINGS, Date.now())).toBe(2);
    expect(await dump(store)).toBe(before);
  });

  it("drops an older version's unnamed sources, and articles left with none, without refusing the file", () => {
    const file = exportOf(2);
    const [first, second] = file.articles as Record<string, any>[];
    first!.actors.push({ name: 'US officials', aliases: [], kind: 'group', role: '', stance: 'asserts', keys: [], statements: [{ text: 'x', stance: 'asserts', cue: 'said' }] });
    second!.actors = [{ name: 'A judge', aliases: [], kind: 'person', role: '', stance: 'asserts', keys: [], statements: [{ text: 'y', stance: 'asserts', cue: 'said' }] }];
    const { articles, skipped } = readHistoryFile(file, 5000);
    expect(skipped).toBe(1);
    expect(articles.map((a) => a.actors.map((x) => x.name))).toEqual([['Tomas Brandt']]);
  });

  it('keeps an existing article when the file holds an older reading of it, and keys never come from the file', async () => {
    const store = await seeded();
    const existing = (await store.get('https://port.example/b'))!;
    const older = { ...existing, visited: existing.visited - 10, title: 'Older', actors: existing.actors.map((a) => ({ ...a, keys: ['p:forged'] })) };
    const { articles } = readHistoryFile({ format: 'whosaid-history', version: 1, articles: [older] }, 5000);
    expect(articles[0]!.actorKeys).toEqual(['o:valmora harbour board']);
    expect(await importRecords(store, articles, DEFAULT_HISTORY_SETTINGS, Date.now())).toBe(0);
    expect((await store.get('https://port.example/b'))!.title).toBe('B');
  });
});
