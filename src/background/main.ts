// Background entry: per-tab state, badge, injection on demand, commands.
import browser from 'webextension-polyfill';
import { onMessage, sendToTab, type TabState } from '../shared/messages';
import { dropTab, getTab, setTab, updateTab } from './state';
import { paintBadge } from './badge';
import { alwaysOrigins, injectInto, recordGranted, setAlways, siteAccess, syncAlways } from './access';
import { cleanLinks, historyHandlers, rememberPage } from './history';
import { relaySettingChanges, settingsHandlers } from './settings-relay';
import { carryInto, syncCarrier } from './carry-settings';
import { PAGE_COMMANDS, isPageCommand, parseShortcut, type KeyCombo, type PageCommand } from '../shared/shortcut-keys';
import { EngineHost } from './engine-host';
import { loadEngine } from './engine-loader';

/**
 * The one engine of this background's lifetime: pages send their text here (src/content/
 * remote-engine.ts), and the engine's word lists and model are parsed once, not in every page.
 * Loaded when first needed where the browser allows it (see engine-loader.lazy.ts), so that
 * the messages that need no engine are answered at once.
 */
let host: Promise<EngineHost> | null = null;
const engine = (): Promise<EngineHost> => (host ??= loadEngine().then((analyze) => new EngineHost(analyze)));
/** The host if it is loaded already: a tab that closes needs nothing loaded to be forgotten. */
let loadedHost: EngineHost | null = null;
const whenLoaded = (): Promise<EngineHost> =>
  engine().then((h) => {
    loadedHost = h;
    return h;
  });

/** Engine messages come from a tab's top frame; anything else gets no batch. */
const tabOf = (sender: { tab?: { id?: number }; frameId?: number }): number | null =>
  sender.tab?.id !== undefined && (sender.frameId ?? 0) === 0 ? sender.tab.id : null;

async function tabUrl(tabId: number): Promise<string | undefined> {
  try {
    return (await browser.tabs.get(tabId)).url;
  } catch {
    return undefined;
  }
}

async function contentAlive(tabId: number): Promise<boolean> {
  try {
    await sendToTab(tabId, 'content/ping', {});
    return true;
  } catch {
    return false;
  }
}

/** Runs the content script in a tab now, with the stylesheets that carry the settings to it. */
async function inject(tabId: number): Promise<void> {
  await carryInto(tabId).catch(() => {});
  await injectInto(tabId);
}

/** Where the content script runs by itself changed: so do the pages the settings go to. */
const syncRegistrations = (): Promise<void> => syncAlways().then(() => syncCarrier());

/** Analyse a tab now: ask a live content script, or inject one. */
async function runInTab(tabId: number): Promise<void> {
  if (await contentAlive(tabId)) {
    await sendToTab(tabId, 'content/reanalyze', {});
    return;
  }
  await inject(tabId);
}

/**
 * The tab's state if it still describes the page in the tab. Without the "tabs"
 * permission the background does not see every navigation, so a state whose
 * content script no longer answers (a new document replaced it) is dropped.
 */
async function currentState(tabId: number): Promise<TabState | null> {
  const state = await getTab(tabId);
  if (!state) return null;
  if (await contentAlive(tabId)) {
    if (!state.trimmed) return state;
    // The background restarted and kept only that the page was analysed: analyse it again.
    await sendToTab(tabId, 'content/reanalyze', {}).catch(() => {});
    return { ...state, status: 'running' };
  }
  await dropTab(tabId);
  await paintBadge(tabId, null);
  return null;
}

onMessage({
  ...historyHandlers,
  ...settingsHandlers,
  // A page starts: have the engine ready by the time its text arrives.
  'engine/warm': async () => {
    await whenLoaded();
    return { ok: true };
  },
  'engine/blocks': async (req, sender) => {
    const tab = tabOf(sender);
    return tab === null ? { known: false } : (await whenLoaded()).blocks(tab, req);
  },
  'engine/analyze': async (req, sender) => {
    const tab = tabOf(sender);
    return tab === null ? { known: false } : (await whenLoaded()).analyzeBatch(tab, req);
  },
  'engine/result': async (req, sender) => {
    const tab = tabOf(sender);
    return tab === null ? { known: false } : (await whenLoaded()).result(tab, req);
  },
  'analysis/report': async (req, sender) => {
    const tabId = sender.tab?.id;
    if (tabId === undefined || (sender.frameId ?? 0) !== 0) return { ok: true };
    const previous = await getTab(tabId);
    // A finished page names the batch this background analysed; undefined when it restarted since.
    const analysis = req.batch ? loadedHost?.analysisOf(tabId, req.batch) : req.analysis;
    const state: TabState = {
      tabId,
      url: req.url,
      title: req.title,
      status: analysis === undefined ? 'running' : req.status,
      hasArticle: req.hasArticle,
      analysis: analysis ?? null,
      highlightsOn: previous?.url === req.url ? previous.highlightsOn : true,
      updatedAt: Date.now(),
      ...(req.error ? { error: req.error } : {}),
      ...(req.links ? { links: cleanLinks(req.links) ?? [] } : {}),
      // The analysis was lost with a restart: the page asks again (and so does the popup).
      ...(analysis === undefined ? { trimmed: true } : {}),
    };
    await setTab(state);
    await paintBadge(tabId, state);
    if (req.status === 'done' && analysis) void rememberPage({ ...req, analysis }, sender);
    return analysis === undefined ? { ok: true, missing: true } : { ok: true };
  },
  'analysis/get': ({ tabId }) => currentState(tabId),
  'analysis/run': async ({ tabId }) => {
    try {
      await runInTab(tabId);
      return { ok: true };
    } catch (err) {
      return { ok: false, error: err instanceof Error ? err.message : String(err) };
    }
  },
  'highlights/changed': async ({ on }, sender) => {
    const tabId = sender.tab?.id;
    if (tabId !== undefined) await updateTab(tabId, { highlightsOn: on });
    return { ok: true };
  },
  'site/access': async ({ tabId, url }) => {
    if (url) return siteAccess(url);
    if (tabId === undefined) return siteAccess(undefined);
    // Without the "tabs" permission a tab's URL shows only where WhoSaid may run;
    // the URL the content script reported is as good.
    const known = (await tabUrl(tabId)) ?? (await getTab(tabId))?.url;
    if (known) return siteAccess(known);
    return { origin: null, readable: true, listed: false, always: false };
  },
  'site/always': async ({ origin, on, tabId }) => {
    try {
      await setAlways(origin, on);
      await syncCarrier();
      if (on && tabId !== undefined) await runInTab(tabId);
      return { ok: true };
    } catch (err) {
      return { ok: false, error: err instanceof Error ? err.message : String(err) };
    }
  },
  'site/list': async () => ({ origins: await alwaysOrigins() }),
  'shortcut/get': async () => {
    const commands = await browser.commands.getAll();
    const find = (name: string) => commands.find((c) => c.name === name)?.shortcut ?? '';
    const pageKeys = Object.fromEntries(PAGE_COMMANDS.map((c) => [c, parseShortcut(find(c))])) as Record<PageCommand, KeyCombo | null>;
    return { toggle: find('toggle-highlights'), panel: find('_execute_action'), next: find('next-statement'), previous: find('previous-statement'), pageKeys };
  },
});

relaySettingChanges();

browser.commands.onCommand.addListener((command, tab) => {
  if (!isPageCommand(command)) return;
  void (async () => {
    const tabId = tab?.id ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
    if (tabId === undefined) return;
    try {
      if (command === 'toggle-highlights') await sendToTab(tabId, 'content/toggle', {});
      else await sendToTab(tabId, 'content/step', { by: command === 'next-statement' ? 1 : -1 });
    } catch {
      try {
        await inject(tabId); // no WhoSaid here yet; the shortcut grants activeTab: analyse this page
      } catch {
        // Restricted page (store, settings): nothing to do.
      }
    }
  })();
});

browser.tabs.onRemoved.addListener((tabId) => {
  loadedHost?.drop(tabId);
  void dropTab(tabId);
});

browser.tabs.onUpdated.addListener((tabId, change) => {
  if (change.status === 'loading' && change.url) {
    void (async () => {
      const state = await getTab(tabId);
      // A new document: forget the old analysis unless the page already reported for this URL.
      if (state && state.url !== change.url) {
        await dropTab(tabId);
        await paintBadge(tabId, null);
      }
    })();
  } else if (change.status === 'complete') {
    // The URL may be hidden from us: check that the analysed page is still there.
    void currentState(tabId).catch(() => {});
  }
});

browser.permissions.onRemoved.addListener(() => void syncRegistrations().catch(() => {}));
browser.permissions.onAdded.addListener((added) => void recordGranted(added.origins ?? []).then(() => syncCarrier()).catch(() => {}));
browser.runtime.onInstalled.addListener(() => void syncRegistrations().catch(() => {}));
browser.runtime.onStartup.addListener(() => void syncRegistrations().catch(() => {}));
