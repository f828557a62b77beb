// Which tab the popup describes: ?tab=ID (popup opened as a page) or the active tab.
import browser from 'webextension-polyfill';

export async function targetTabId(): Promise<number | null> {
  const param = new URLSearchParams(location.search).get('tab');
  if (param && /^\d+$/.test(param)) return Number(param);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}
