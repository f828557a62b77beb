import browser from 'webextension-polyfill';
import { useEffect, useState } from 'preact/hooks';
import type { Stance } from '../engine/types';
import { send, type Res } from '../shared/messages';
import { DEFAULT_SETTINGS, loadSettings, saveSettings, type Settings } from '../shared/settings';
import { patternHost } from '../shared/sites';
import { STANCES, STANCE_GROUP, STANCE_MARK } from '../shared/stances';
import { History } from './History';

type Shortcuts = Pick<Res<'shortcut/get'>, 'panel' | 'toggle' | 'next' | 'previous'>;

/** What the page says when the background could not tell: not "not set", which would be a guess. */
const UNKNOWN_SHORTCUTS: Shortcuts = { panel: '?', toggle: '?', next: '?', previous: '?' };

const SHORTCUT_ROWS: [keyof Shortcuts, string][] = [
  ['panel', 'Open the panel'],
  ['toggle', 'Show or hide highlights'],
  ['next', 'Next statement on the page'],
  ['previous', 'Previous statement on the page'],
];

/** A command's key; a neutral placeholder while the answer is on its way. */
function ShortcutKey({ value }: { value: string | null }) {
  if (value === null) return <span class="pending" aria-label="loading">…</span>;
  if (value === '?') return <em>unknown</em>;
  return value ? <kbd>{value}</kbd> : <em>not set</em>;
}

/** The sites the reader switched on; null until the background answers. */
function useAlwaysOrigins(): [string[] | null, () => Promise<void>] {
  const [origins, setOrigins] = useState<string[] | null>(null);
  const load = async () => {
    try {
      setOrigins((await send('site/list', {})).origins);
    } catch {
      setOrigins([]);
    }
  };
  useEffect(() => {
    void load();
  }, []);
  return [origins, load];
}

export function App() {
  // null until the stored settings are read: the defaults are not shown as if they were the reader's.
  const [settings, setSettings] = useState<Settings | null>(null);
  const [origins, reload] = useAlwaysOrigins();
  // null until the background answers: "not set" is said only once it is known.
  const [shortcut, setShortcut] = useState<Shortcuts | null>(null);
  const [status, setStatus] = useState('');
  const listed = (browser.runtime.getManifest().content_scripts ?? []).flatMap((s) => s.matches ?? []);

  useEffect(() => {
    void loadSettings().then(setSettings, () => setSettings(DEFAULT_SETTINGS));
    void send('shortcut/get', {}).then(setShortcut).catch(() => setShortcut(UNKNOWN_SHORTCUTS));
  }, []);

  const update = async (next: Settings) => {
    setSettings(next);
    await saveSettings(next);
    setStatus('Saved.');
  };

  const setStance = (stance: Stance, on: boolean) =>
    settings && update({ ...settings, stances: { ...settings.stances, [stance]: on } });

  const remove = async (origin: string) => {
    const res = await send('site/always', { origin, on: false });
    setStatus(res.ok ? `Removed ${new URL(origin).host}.` : `Could not remove: ${res.error}`);
    await reload();
  };

  return (
    <main class="options">
      <h1>WhoSaid settings</h1>
      <p class="hint">Who is quoted in a news article, and who denies, confirms or declines to confirm.</p>

      <h2 id="hl">Highlights</h2>
      <fieldset aria-labelledby="hl" aria-busy={settings === null}>
        <legend>On the page</legend>
        {settings === null ? (
          <p class="pending">…</p>
        ) : (
        <>
        <label class="row">
          <input
            type="checkbox"
            checked={settings.highlights}
            onChange={(e) => update({ ...settings, highlights: (e.currentTarget as HTMLInputElement).checked })}
          />
          Highlight statements on the page
        </label>
        {STANCES.map((stance) => (
          <label class="row" key={stance}>
            <input
              type="checkbox"
              checked={settings.stances[stance]}
              disabled={!settings.highlights}
              onChange={(e) => setStance(stance, (e.currentTarget as HTMLInputElement).checked)}
            />
            <span class={`mark-${stance}`}>{STANCE_GROUP[stance]}</span>
            <span class="hint">({STANCE_MARK[stance]})</span>
          </label>
        ))}
        </>
        )}
      </fieldset>

      <h2 id="keyboard">Keyboard</h2>
      <ul class="shortcuts" data-testid="shortcuts" aria-labelledby="keyboard" aria-busy={shortcut === null}>
        {SHORTCUT_ROWS.map(([key, label]) => (
          <li key={key}>
            {label}: <ShortcutKey value={shortcut ? shortcut[key] : null} />
          </li>
        ))}
      </ul>
      <p class="hint">
        Change them in Chrome at chrome://extensions/shortcuts, in Firefox under Add-ons › ⚙ › Manage Extension
        Shortcuts.
      </p>

      <h2>Sites you enabled</h2>
      {origins === null ? (
        <p class="pending" aria-busy="true">…</p>
      ) : origins.length === 0 ? (
        <p class="hint">
          None. On any other site, click the WhoSaid button to analyse the page, or switch on “Always run on this site”.
        </p>
      ) : (
        <ul class="sites" aria-label="Sites where WhoSaid always runs">
          {origins.map((o) => (
            <li key={o}>
              <span>{new URL(o).host}</span>
              <button type="button" class="ghost" onClick={() => remove(o)} aria-label={`Stop running on ${new URL(o).host}`}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}

      <History onStatus={setStatus} />

      <h2>News sites where WhoSaid runs by itself</h2>
      <details>
        <summary>{listed.length} sites</summary>
        <ul class="listed">
          {listed.map((p) => (
            <li key={p}>{patternHost(p)}</li>
          ))}
        </ul>
      </details>

      <p role="status" aria-live="polite" class="hint">
        {status}
      </p>
    </main>
  );
}
