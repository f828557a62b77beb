// Keeps the stylesheets that carry the user's settings to pages (src/shared/settings-css.ts):
// registered for every page the content script runs on by itself, added to a tab just before
// an injection on demand. With the default settings nothing is registered at all.
import browser from 'webextension-polyfill';
import { carrierFile, offKeys } from '../shared/settings-css';
import { loadSettings, type Settings } from '../shared/settings';
import { alwaysOrigins, listedPatterns } from './access';
import { originPattern } from '../shared/sites';

const CARRIER_ID = 'settings-css';

const sameList = (a: readonly string[] | undefined, b: readonly string[]): boolean => {
  const norm = (xs: readonly string[]) => xs.map((x) => x.replace(/^\//, '')).sort().join('\n');
  return norm(a ?? []) === norm(b);
};

async function sync(settings: Settings): Promise<void> {
  const files = offKeys(settings).map(carrierFile);
  const matches = files.length ? [...listedPatterns(), ...(await alwaysOrigins()).map(originPattern)] : [];
  const [current] = await browser.scripting.getRegisteredContentScripts({ ids: [CARRIER_ID] });
  if (current && sameList(current.css, files) && sameList(current.matches, matches)) return;
  if (current) await browser.scripting.unregisterContentScripts({ ids: [CARRIER_ID] });
  if (files.length === 0 || matches.length === 0) return;
  await browser.scripting.registerContentScripts([
    { id: CARRIER_ID, matches, css: files, runAt: 'document_start', persistAcrossSessions: true },
  ]);
}

// Two quick changes in the options page must not interleave their unregister/register calls.
let queue: Promise<void> = Promise.resolve();

/** Brings the registered carrier in line with the settings (read from storage when not given) and the sites. */
export function syncCarrier(settings?: Settings): Promise<void> {
  const next = async () => sync(settings ?? (await loadSettings()));
  queue = queue.then(next, next);
  return queue;
}

/** Before an injection on demand: the same files, added to that tab only. */
export async function carryInto(tabId: number): Promise<void> {
  const files = offKeys(await loadSettings()).map(carrierFile);
  if (files.length) await browser.scripting.insertCSS({ target: { tabId }, files });
}
