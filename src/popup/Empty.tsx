// Honest states for everything that is not a list of sources.
import { useState } from 'preact/hooks';
import { send } from '../shared/messages';
import type { TabView } from './useTab';

interface Props {
  view: TabView;
  onNotice: (text: string) => void;
}

export function Empty({ view, onNotice }: Props) {
  const { state, access, alive, tabId, loading } = view;
  const [busy, setBusy] = useState(false);

  const analyseNow = async () => {
    if (tabId === null) return;
    setBusy(true);
    try {
      const res = await send('analysis/run', { tabId });
      onNotice(res.ok ? 'Reading the article…' : `Could not analyse this page: ${res.error ?? 'unknown error'}`);
      await view.refresh();
    } finally {
      setBusy(false);
    }
  };

  if (loading) return <p class="empty">Loading…</p>;
  if (view.error) return <p class="empty">WhoSaid could not reach its background page: {view.error}</p>;
  if (tabId === null) return <p class="empty">No tab to describe.</p>;
  if (access && !access.readable && !state && !alive) {
    return <p class="empty">WhoSaid can’t read this kind of page (browser, store or local files).</p>;
  }
  if (!state && !alive) {
    const enabled = access?.listed || access?.always;
    return (
      <div class="empty" data-state="not-enabled">
        <p>{enabled ? 'WhoSaid has not read this page yet.' : 'This site is not enabled.'}</p>
        {!enabled && (
          <p class="hint">WhoSaid reads major news sites by itself. Here it reads the page only when you ask.</p>
        )}
        <button type="button" class="primary" onClick={analyseNow} disabled={busy}>
          {busy ? 'Analysing…' : 'Analyse now'}
        </button>
      </div>
    );
  }
  if (!state || state.status === 'running') return <p class="empty" data-state="running">Reading the article…</p>;
  if (state.status === 'error') {
    return (
      <div class="empty" data-state="error">
        <p>Something went wrong while reading this page{state.error ? `: ${state.error}` : '.'}</p>
        <button type="button" onClick={analyseNow} disabled={busy}>
          Try again
        </button>
      </div>
    );
  }
  if (!state.hasArticle || state.status === 'no-article') {
    return (
      <p class="empty" data-state="no-article">
        No article on this page.
      </p>
    );
  }
  if (!state.analysis || state.analysis.statements.length === 0) {
    return (
      <p class="empty" data-state="no-sources">
        No quoted sources found in this article.
      </p>
    );
  }
  return null;
}
