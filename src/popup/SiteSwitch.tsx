// "Always run on this site": asks for this one origin (optional host permission),
// then lets the background register the content script for it.
import browser from 'webextension-polyfill';
import { useState } from 'preact/hooks';
import { send } from '../shared/messages';
import { originPattern } from '../shared/sites';
import type { TabView } from './useTab';

interface Props {
  view: TabView;
  onNotice: (text: string) => void;
}

export function SiteSwitch({ view, onNotice }: Props) {
  const { access, tabId } = view;
  const [busy, setBusy] = useState(false);
  if (!access?.readable || !access.origin) {
    return (
      <a class="options-link" href="#" onClick={(e) => { e.preventDefault(); void browser.runtime.openOptionsPage(); }}>
        Settings
      </a>
    );
  }
  const origin = access.origin;
  const host = new URL(origin).host;

  const flip = async () => {
    setBusy(true);
    try {
      if (!access.always) {
        // Must run in the click's user gesture: no await before this call.
        const granted = await browser.permissions.request({ origins: [originPattern(origin)] });
        if (!granted) {
          onNotice(`Permission for ${host} was not given.`);
          return;
        }
        const res = await send('site/always', { origin, on: true, ...(tabId !== null ? { tabId } : {}) });
        onNotice(res.ok ? `WhoSaid will run on ${host} from now on.` : `Could not enable ${host}: ${res.error}`);
      } else {
        const res = await send('site/always', { origin, on: false });
        onNotice(res.ok ? `WhoSaid will no longer run on ${host} by itself.` : `Could not change ${host}: ${res.error}`);
      }
      await view.refresh();
    } catch (err) {
      onNotice(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div class="site">
      {access.listed ? (
        <span class="site-note">Runs by itself on {host} (news list).</span>
      ) : (
        <label class="switch">
          <input type="checkbox" role="switch" checked={access.always} disabled={busy} onChange={flip} />
          <span>Always run on {host}</span>
        </label>
      )}
      <a class="options-link" href="#" onClick={(e) => { e.preventDefault(); void browser.runtime.openOptionsPage(); }}>
        Settings
      </a>
    </div>
  );
}
