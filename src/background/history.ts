// The one owner of the history database: records analysed pages (never from private
// windows) and answers the popup, the actor page and the options page.
import browser, { type Runtime } from 'webextension-polyfill';
import type { Analysis } from '../engine/types';
import { historyJson, parseHistory } from '../history/export';
import { actorPage, importRecords, listActors, prune, recordPage, relatedFor } from '../history/service';
import { HISTORY_SETTINGS_KEY, normalizeHistorySettings } from '../history/settings';
import { idbStore } from '../history/store';
import type { HistorySettings, PageLink } from '../history/types';
import { safeHttpUrl } from '../history/url';
import type { Handlers } from '../shared/messages';

const store = idbStore();

export async function historySettings(): Promise<HistorySettings> {
  try {
    const stored = await browser.storage.local.get(HISTORY_SETTINGS_KEY);
    return normalizeHistorySettings(stored[HISTORY_SETTINGS_KEY]);
  } catch {
    return normalizeHistorySettings(undefined);
  }
}

/** Remembers a finished analysis unless the tab is private, history is paused or the site excluded. */
export async function rememberPage(
  report: { url: string; title: string; published?: string; analysis: Analysis | null },
  sender: Runtime.MessageSender,
): Promise<void> {
  const tab = sender.tab;
  if (!report.analysis || report.analysis.statements.length === 0) return;
  // A private tab, or a sender whose window we cannot tell: write nothing.
  const incognito = !tab || tab.incognito !== false || browser.extension.inIncognitoContext === true;
  try {
    await recordPage(store, await historySettings(), { ...report, analysis: report.analysis, incognito }, Date.now());
  } catch {
    // IndexedDB unavailable (e.g. a browser setting): the extension works without history.
  }
}

export const historyHandlers: Handlers = {
  'history/related': async ({ url, actors }) => ({ related: await relatedFor(store, url, actors) }),
  'history/actor': (ref) => actorPage(store, ref),
  'history/actors': async ({ query }) => ({ actors: await listActors(store, query) }),
  'history/count': async () => ({ articles: await store.count() }),
  'history/clear': async () => {
    await store.clear();
    return { ok: true };
  },
  'history/export': async () => ({ json: historyJson(await store.all(), Date.now()) }),
  'history/import': async ({ data }) => {
    const { articles, skipped } = parseHistory(data);
    const imported = await importRecords(store, articles, await historySettings(), Date.now());
    return { imported, skipped: skipped + (articles.length - imported) };
  },
  'history/settings': async (req) => {
    const settings = normalizeHistorySettings(req);
    await browser.storage.local.set({ [HISTORY_SETTINGS_KEY]: settings });
    await prune(store, settings, Date.now());
    return { ok: true, articles: await store.count() };
  },
};

/** The page's links, re-checked here: only http(s), bounded text, a bounded list. */
export function cleanLinks(links: unknown): PageLink[] | undefined {
  if (!Array.isArray(links)) return undefined;
  const out: PageLink[] = [];
  for (const l of links.slice(0, 200) as Partial<PageLink>[]) {
    const href = safeHttpUrl(l?.href);
    if (!href || typeof l.statement !== 'number' || typeof l.text !== 'string') continue;
    out.push({ statement: l.statement, text: l.text.replace(/\s+/g, ' ').trim().slice(0, 200) || href, href });
  }
  return out;
}

/** Old articles leave even on days nothing new is recorded. */
function pruneNow(): void {
  void historySettings()
    .then((settings) => prune(store, settings, Date.now()))
    .catch(() => {});
}
browser.runtime.onStartup.addListener(pruneNow);
browser.runtime.onInstalled.addListener(pruneNow);
