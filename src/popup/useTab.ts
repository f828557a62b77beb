// Loads and keeps fresh what the popup shows for its tab.
import { useCallback, useEffect, useState } from 'preact/hooks';
import { send, sendToTab, type SiteAccess, type TabState } from '../shared/messages';
import { targetTabId } from './tab';

export interface TabView {
  loading: boolean;
  tabId: number | null;
  state: TabState | null;
  access: SiteAccess | null;
  /** A content script answers in the tab. */
  alive: boolean;
  error: string | null;
  refresh: () => Promise<void>;
}

export function useTab(): TabView {
  const [tabId, setTabId] = useState<number | null>(null);
  const [state, setState] = useState<TabState | null>(null);
  const [access, setAccess] = useState<SiteAccess | null>(null);
  const [alive, setAlive] = useState(false);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(async (id: number) => {
    try {
      const [s, a] = await Promise.all([send('analysis/get', { tabId: id }), send('site/access', { tabId: id })]);
      let live = false;
      if (a.readable) {
        try {
          await sendToTab(id, 'content/ping', {});
          live = true;
        } catch {
          live = false;
        }
      }
      // Keep the same object while nothing changed, so the list does not re-render on every poll.
      setState((prev) => (prev && s && prev.tabId === s.tabId && prev.updatedAt === s.updatedAt ? prev : s));
      setAccess(a);
      setAlive(live);
      setError(null);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setLoading(false);
    }
  }, []);

  useEffect(() => {
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    void (async () => {
      const id = await targetTabId();
      if (stopped) return;
      setTabId(id);
      if (id === null) {
        setLoading(false);
        return;
      }
      const loop = async () => {
        await load(id);
        if (!stopped) timer = setTimeout(loop, 800);
      };
      await loop();
    })();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [load]);

  const refresh = useCallback(async () => {
    if (tabId !== null) await load(tabId);
  }, [tabId, load]);

  return { loading, tabId, state, access, alive, error, refresh };
}
