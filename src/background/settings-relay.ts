// The background serves the user's settings to content scripts and pushes changes to them,
// so that a page's script needs no storage access of its own (see 'settings/get'), and keeps
// the stylesheets that carry them to pages about to load in step (carry-settings.ts).
import browser from 'webextension-polyfill';
import { sendToTab, type Handlers } from '../shared/messages';
import { loadSettings, watchSettings, type Settings } from '../shared/settings';
import { syncCarrier } from './carry-settings';

export const settingsHandlers: Handlers = {
  'settings/get': () => loadSettings(),
};

async function pushToTabs(settings: Settings): Promise<void> {
  const tabs = await browser.tabs.query({});
  await Promise.all(
    tabs.map(async (tab) => {
      if (tab.id === undefined) return;
      try {
        await sendToTab(tab.id, 'content/settings', settings);
      } catch {
        // No WhoSaid in that tab.
      }
    }),
  );
}

/** Sends every settings change to the content scripts of all open tabs. */
export function relaySettingChanges(): void {
  watchSettings((settings) => {
    // The carrier first: a page loading once the open ones have changed must load with it.
    void syncCarrier(settings)
      .catch(() => {})
      .then(() => pushToTabs(settings))
      .catch(() => {});
  });
}
