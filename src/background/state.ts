// Per-tab analysis state. Kept in memory and mirrored to storage.session so that
// it survives the background being stopped and restarted (MV3 service worker).
import browser from 'webextension-polyfill';
import type { TabState } from '../shared/messages';

const PREFIX = 'tab:';
const memory = new Map<number, TabState>();
let restored: Promise<void> | null = null;

function sessionArea(): browser.Storage.StorageArea | null {
  return (browser.storage as { session?: browser.Storage.StorageArea }).session ?? null;
}

function restore(): Promise<void> {
  restored ??= (async () => {
    const area = sessionArea();
    if (!area) return;
    try {
      const all = await area.get(null);
      for (const [key, value] of Object.entries(all)) {
        if (!key.startsWith(PREFIX)) continue;
        const id = Number(key.slice(PREFIX.length));
        if (!memory.has(id)) memory.set(id, value as TabState);
      }
    } catch {
      // storage.session unavailable: memory only.
    }
  })();
  return restored;
}

export async function getTab(tabId: number): Promise<TabState | null> {
  await restore();
  return memory.get(tabId) ?? null;
}

export async function setTab(state: TabState): Promise<void> {
  await restore();
  memory.set(state.tabId, state);
  const area = sessionArea();
  try {
    await area?.set({ [PREFIX + state.tabId]: state });
  } catch {
    // Over the quota (the results of a huge page): the memory copy serves this session, and the
    // page stays known without its results, which a restarted background asks for again.
    try {
      await area?.set({ [PREFIX + state.tabId]: { ...state, analysis: null, links: undefined, trimmed: true } });
    } catch {
      // storage.session unavailable: memory only.
    }
  }
}

export async function updateTab(tabId: number, patch: Partial<TabState>): Promise<TabState | null> {
  const current = await getTab(tabId);
  if (!current) return null;
  const next = { ...current, ...patch, updatedAt: Date.now() };
  await setTab(next);
  return next;
}

export async function dropTab(tabId: number): Promise<void> {
  await restore();
  memory.delete(tabId);
  try {
    await sessionArea()?.remove(PREFIX + tabId);
  } catch {
    // ignore
  }
}
