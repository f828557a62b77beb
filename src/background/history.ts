// The one owner of the history database: records analysed pages (never from private
// windows) and answers the popup, the actor page and the options page.
import browser, { type Runtime } from 'webextension-polyfill';
import type { Analysis } from '../engine/types';
import { historyJson } from '../history/export';
import { ImportRefused, readHistoryFile } from '../history/import';
import { estimatedUsage, isQuotaError, type RoomCheck, type StorageFull } from '../history/room';
import { actorPage, importRecords, listActors, prune, recordPage, relatedFor } from '../history/service';
import { HISTORY_SETTINGS_KEY, normalizeHistorySettings } from '../history/settings';
import { idbStore } from '../history/store';
import type { HistorySettings, PageLink } from '../history/types';
import { safeHttpUrl } from '../history/url';
import type { Handlers } from '../shared/messages';

const store = idbStore();
// Opened as the background starts, so that an update's schema step runs at once rather than
// on the first page read after it.
void store.count().catch(() => {});

/** Where the last storage-full notice is kept until the reader dismisses it. */
const FULL_KEY = 'historyStorageFull';
/** Also held here: with the storage full, writing the notice may fail too. */
let lastFull: StorageFull | null = null;

function noteFull(notice: StorageFull): void {
  // A page refused without removing anything (removing was already seen to give no room back)
  // keeps, in a notice not yet dismissed, the count of what the first refusal removed.
  const shown = lastFull;
  if (notice.failed && notice.removed === 0 && shown?.failed && shown.noRoomBack !== undefined) notice = { ...notice, removed: shown.removed };
  lastFull = notice;
  void browser.storage.local.set({ [FULL_KEY]: notice }).catch(() => {});
}

/**
 * The usage at which removing articles was last seen to give the browser no room back. Kept
 * apart from the notice (which the reader may dismiss) and across restarts of the background,
 * so that each later page opened while the storage stays full costs no more history.
 */
const NO_ROOM_KEY = 'historyNoRoomBack';
let noRoomBack: number | null | undefined;

async function roomCheck(): Promise<RoomCheck> {
  if (noRoomBack === undefined) {
    try {
      const v = (await browser.storage.local.get(NO_ROOM_KEY))[NO_ROOM_KEY];
      noRoomBack = typeof v === 'number' ? v : null;
    } catch {
      noRoomBack = null;
    }
  }
  return {
    usage: estimatedUsage,
    noRoomBack,
    remember(usage) {
      noRoomBack = usage;
      void (usage === null ? browser.storage.local.remove(NO_ROOM_KEY) : browser.storage.local.set({ [NO_ROOM_KEY]: usage })).catch(() => {});
    },
  };
}

async function storageFull(): Promise<StorageFull | null> {
  if (lastFull) return lastFull;
  try {
    const v = (await browser.storage.local.get(FULL_KEY))[FULL_KEY] as StorageFull | undefined;
    return (lastFull = v && typeof v.at === 'number' ? v : null);
  } catch {
    return null;
  }
}

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
    // The notice still shown, read before the write, so that noteFull can add to it.
    await storageFull();
    await recordPage(store, await historySettings(), { ...report, analysis: report.analysis, incognito }, Date.now(), noteFull, await roomCheck());
  } catch {
    // IndexedDB unavailable (e.g. a browser setting), or no room even after removing the
    // oldest (the notice says so): the extension works without history.
  }
}

export const historyHandlers: Handlers = {
  'history/related': async ({ url, actors }) => ({ related: await relatedFor(store, url, actors) }),
  'history/actor': (ref) => actorPage(store, ref),
  'history/actors': async ({ query }) => ({ actors: await listActors(store, query) }),
  'history/count': async () => ({ articles: await store.count(), full: await storageFull() }),
  'history/dismiss-full': async () => {
    lastFull = null;
    await browser.storage.local.remove(FULL_KEY).catch(() => {});
    return { ok: true };
  },
  'history/clear': async () => {
    await store.clear();
    return { ok: true };
  },
  'history/export': async () => ({ json: historyJson(await store.all(), Date.now()) }),
  'history/import': async ({ data }) => {
    const settings = await historySettings();
    try {
      const { articles, skipped } = readHistoryFile(data, settings.maxArticles);
      const imported = await importRecords(store, articles, settings, Date.now());
      return { imported, skipped: skipped + (articles.length - imported) };
    } catch (err) {
      if (err instanceof ImportRefused) return { refused: err.message };
      if (isQuotaError(err)) return { refused: "The browser's storage for WhoSaid is too full for this file. Nothing was imported; your history is unchanged." };
      throw err;
    }
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
