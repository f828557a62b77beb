// The background serves the user's settings to content scripts and pushes changes to them,
// so that a page's script needs no storage access of its own (see 'settings/get').
import browser from 'webextension-polyfill';
import { sendToTab, type Handlers } from '../shared/messages';
import { loadSettings, watchSettings, type Settings } from '../shared/settings';

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
    void pushToTabs(settings).catch(() => {});
  });
}
