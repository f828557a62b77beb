// Options: the on-device history — pause, limits, excluded sites, export, import, clear all.
import browser from 'webextension-polyfill';
import { useEffect, useState } from 'preact/hooks';
import { checkImportSize, ImportRefused, parseImportText } from '../history/import';
import type { StorageFull } from '../history/room';
import { HISTORY_SETTINGS_KEY, normalizeHistorySettings } from '../history/settings';
import { DEFAULT_HISTORY_SETTINGS, type HistorySettings } from '../history/types';
import { parseSite } from '../history/url';
import { send } from '../shared/messages';
import { download } from '../popup/related';

export function History({ onStatus }: { onStatus: (text: string) => void }) {
  // Until the answers come: null settings and an undefined count, shown as a neutral "…";
  // a null count means the background could not say (history unavailable).
  const [loaded, setLoaded] = useState<HistorySettings | null>(null);
  const settings = loaded ?? DEFAULT_HISTORY_SETTINGS;
  const setSettings = setLoaded;
  const [count, setCount] = useState<number | null | undefined>(undefined);
  const [full, setFull] = useState<StorageFull | null>(null);
  const [site, setSite] = useState('');
  // What became of the last export or import, shown beside their buttons.
  const [dataMessage, setDataMessage] = useState('');

  const refresh = async () => {
    try {
      const answer = await send('history/count', {});
      setCount(answer.articles);
      setFull(answer.full);
    } catch {
      setCount(null);
    }
  };

  const dismissFull = async () => {
    await send('history/dismiss-full', {});
    setFull(null);
  };
  useEffect(() => {
    void browser.storage.local
      .get(HISTORY_SETTINGS_KEY)
      .then((s) => setSettings(normalizeHistorySettings(s[HISTORY_SETTINGS_KEY])), () => setSettings(DEFAULT_HISTORY_SETTINGS));
    void refresh();
  }, []);

  const save = async (next: HistorySettings) => {
    const clean = normalizeHistorySettings(next);
    setSettings(clean);
    const { articles } = await send('history/settings', clean);
    setCount(articles);
    onStatus('Saved.');
  };

  const addSite = async () => {
    const host = parseSite(site);
    if (!host) {
      onStatus('Enter a site such as example.com.');
      return;
    }
    setSite('');
    await save({ ...settings, excludedSites: [...settings.excludedSites, host] });
  };

  const clearAll = async () => {
    if (!confirm('Forget every remembered article and quote?')) return;
    await send('history/clear', {});
    await refresh();
    onStatus('History cleared.');
  };

  const exportAll = async () => {
    const { json } = await send('history/export', {});
    download(`whosaid-history-${new Date().toISOString().slice(0, 10)}.json`, 'application/json', json);
  };

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    // The same file may be chosen again after a fix.
    input.value = '';
    if (!file) return;
    setDataMessage(`Reading ${file.name}…`);
    let message: string;
    try {
      // Size first: a file too large is refused before it is read.
      checkImportSize(file.size);
      const answer = await send('history/import', { data: parseImportText(await file.text()) });
      message =
        'refused' in answer
          ? answer.refused
          : `Imported ${answer.imported} ${answer.imported === 1 ? 'article' : 'articles'}${answer.skipped ? `; ${answer.skipped} already remembered, too old or without a named source were left out` : ''}.`;
    } catch (err) {
      message = err instanceof ImportRefused ? err.message : `Could not import: ${err instanceof Error ? err.message : String(err)}`;
    }
    setDataMessage(message);
    await refresh();
  };

  const num = (key: 'maxArticles' | 'maxDays') => (e: Event) => {
    const v = Number((e.currentTarget as HTMLInputElement).value);
    if (Number.isFinite(v) && v > 0) void save({ ...settings, [key]: v });
  };

  return (
    <section aria-labelledby="history-h" data-testid="history-options">
      <h2 id="history-h">Reading history (this device only)</h2>
      <p class="hint">
        WhoSaid remembers who was quoted in the articles you open — title, site, date and a few statements per source — in
        this browser's storage, so the panel can show what a source said before. Nothing leaves your device. Private windows
        are never recorded.
      </p>
      {full && (
        <p class="notice" role="alert" data-testid="history-full">
          {`The browser's storage for WhoSaid was full on ${new Date(full.at).toLocaleString()}: `}
          {fullText(full)}{' '}
          Lower the limits below, or export and clear the history, to keep this from happening again.{' '}
          <button type="button" class="ghost" onClick={() => void dismissFull()}>
            Dismiss
          </button>
        </p>
      )}
      <p data-testid="history-count" aria-busy={count === undefined}>
        {count === undefined ? <span class="pending">…</span> : count === null ? 'History unavailable.' : `${count} ${count === 1 ? 'article' : 'articles'} remembered.`}{' '}
        <a href={browser.runtime.getURL('src/actor/index.html')} target="_blank" rel="noopener">
          Browse everyone quoted
        </a>
      </p>
      <label class="row">
        <input
          type="checkbox"
          data-testid="history-pause"
          checked={settings.paused}
          disabled={loaded === null}
          onChange={(e) => void save({ ...settings, paused: (e.currentTarget as HTMLInputElement).checked })}
        />
        Pause history (remember nothing new)
      </label>
      <label class="row">
        Keep at most <input type="number" min={10} max={100000} value={loaded ? settings.maxArticles : ''} disabled={loaded === null} onChange={num('maxArticles')} /> articles
      </label>
      <label class="row">
        Forget articles after <input type="number" min={1} max={3650} value={loaded ? settings.maxDays : ''} disabled={loaded === null} onChange={num('maxDays')} /> days
      </label>
      <h3>Never remember these sites</h3>
      {settings.excludedSites.length > 0 && (
        <ul class="sites" aria-label="Sites never remembered">
          {settings.excludedSites.map((s) => (
            <li key={s}>
              <span>{s}</span>
              <button
                type="button"
                class="ghost"
                onClick={() => void save({ ...settings, excludedSites: settings.excludedSites.filter((x) => x !== s) })}
                aria-label={`Remember ${s} again`}
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        class="row"
        onSubmit={(e) => {
          e.preventDefault();
          void addSite();
        }}
      >
        <input type="text" placeholder="example.com" value={site} onInput={(e) => setSite((e.currentTarget as HTMLInputElement).value)} aria-label="Site to exclude" />
        <button type="submit" class="ghost">
          Exclude
        </button>
      </form>
      <h3>Your data</h3>
      <p class="row">
        <button type="button" class="ghost" onClick={() => void exportAll()}>
          Export history (JSON)
        </button>
        <label class="ghost">
          Import history (JSON){' '}
          <input type="file" accept="application/json,.json" data-testid="history-import" onChange={(e) => void importFile(e.currentTarget as HTMLInputElement)} />
        </label>
        <button type="button" class="ghost danger" data-testid="history-clear" onClick={() => void clearAll()}>
          Clear all history
        </button>
      </p>
      <p role="status" aria-live="polite" class="data-message" data-testid="history-message">
        {dataMessage}
      </p>
    </section>
  );
}

/** What a full storage cost, in words: whether the article was stored and how many went. */
function fullText(full: StorageFull): string {
  const oldest = (n: number) => (n === 1 ? 'the oldest article' : `the ${n} oldest articles`);
  if (!full.failed) return `${oldest(full.removed)} ${full.removed === 1 ? 'was' : 'were'} removed to make room.`;
  if (full.noRoomBack === undefined) return `an article could not be remembered${full.removed ? ` even after the ${full.removed} oldest were removed` : ''}.`;
  // The browser kept the room of the removed articles: say so, and that no more are removed.
  return full.removed
    ? `an article could not be remembered. Removing ${oldest(full.removed)} gave the browser no room back, so no more are removed while it stays full.`
    : 'an article could not be remembered. Removing older articles gave the browser no room back before, so none were removed.';
}
