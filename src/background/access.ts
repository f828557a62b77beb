// Where WhoSaid runs: the built-in news list (declared content scripts), sites the
// user switched to "always run" (optional host permission + registered script),
// and any other page on demand through activeTab + scripting.
import browser from 'webextension-polyfill';
import contentScript from '../content/main.ts?script';
import { HIGHLIGHTS_FILE } from '../shared/page-styles';
import type { SiteAccess } from '../shared/messages';
import { httpOrigin, matchesPattern, originPattern, siteOf } from '../shared/sites';

const SCRIPT_PREFIX = 'always:';

export function contentScriptFile(): string {
  return contentScript;
}

/** Match patterns of the declared content scripts. */
export function listedPatterns(): string[] {
  const manifest = browser.runtime.getManifest();
  return (manifest.content_scripts ?? []).flatMap((s) => s.matches ?? []);
}

export function isListed(url: string): boolean {
  return listedPatterns().some((p) => matchesPattern(p, url));
}

async function registered(): Promise<Map<string, string>> {
  const byOrigin = new Map<string, string>();
  const scripts = await browser.scripting.getRegisteredContentScripts();
  for (const s of scripts) if (s.id.startsWith(SCRIPT_PREFIX)) byOrigin.set(s.id.slice(SCRIPT_PREFIX.length), s.id);
  return byOrigin;
}

/** Registrations made by an older version, without the highlight styles: brought up to date. */
async function addMissingStyles(): Promise<void> {
  const scripts = await browser.scripting.getRegisteredContentScripts();
  const stale = scripts.filter((s) => s.id.startsWith(SCRIPT_PREFIX) && !(s.css ?? []).some((f) => f.replace(/^\//, '') === HIGHLIGHTS_FILE));
  if (stale.length) await browser.scripting.updateContentScripts(stale.map((s) => ({ id: s.id, css: [HIGHLIGHTS_FILE] })));
}

const ALWAYS_KEY = 'alwaysSites';

/** A granted optional origin that is a plain `scheme://host/*` pattern, as a site. */
function siteOfPattern(pattern: string): string | null {
  const m = /^(https?:\/\/[^/*]+)\/\*$/.exec(pattern);
  return m?.[1] ?? null;
}

async function storedSites(): Promise<string[]> {
  const v = (await browser.storage.local.get(ALWAYS_KEY))[ALWAYS_KEY];
  return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
}

async function storeSites(sites: string[]): Promise<void> {
  await browser.storage.local.set({ [ALWAYS_KEY]: [...new Set(sites)].sort() });
}

/**
 * Sites the user switched on ("Always run on this site") that still hold their
 * host permission. The list is kept in storage; the permission is the browser's.
 */
export async function alwaysOrigins(): Promise<string[]> {
  const out: string[] = [];
  for (const site of await storedSites()) {
    if (await browser.permissions.contains({ origins: [originPattern(site)] })) out.push(site);
  }
  return out;
}

/**
 * The popup asks for a site's permission and then tells the background; but a
 * permission prompt may close the popup first (Firefox), so a grant of a plain
 * site pattern counts as switching that site on by itself.
 */
export async function recordGranted(origins: string[]): Promise<void> {
  const sites = origins.map(siteOfPattern).filter((s): s is string => !!s);
  if (sites.length) await storeSites([...(await storedSites()), ...sites]);
  await syncAlways();
}

export async function siteAccess(url: string | undefined): Promise<SiteAccess> {
  const origin = httpOrigin(url);
  if (!origin || !url) return { origin, readable: false, listed: false, always: false };
  const listed = isListed(url);
  const always = (await registered()).has(siteOf(origin));
  return { origin, readable: true, listed, always };
}

async function register(origin: string): Promise<void> {
  const id = SCRIPT_PREFIX + siteOf(origin);
  await browser.scripting.registerContentScripts([
    { id, matches: [originPattern(origin)], js: [contentScript], css: [HIGHLIGHTS_FILE], runAt: 'document_idle', persistAcrossSessions: true },
  ]);
}

/** Brings registered scripts in line with the granted origins. Safe to call often. */
export async function syncAlways(): Promise<void> {
  const [granted, current] = await Promise.all([alwaysOrigins(), registered()]);
  const want = new Set(granted);
  for (const [origin, id] of current) {
    if (!want.has(origin)) await browser.scripting.unregisterContentScripts({ ids: [id] });
  }
  for (const origin of want) {
    if (!current.has(origin)) await register(origin);
  }
  await addMissingStyles().catch(() => {});
}

/** After the popup/options asked the user: register or drop one origin. */
export async function setAlways(origin: string, on: boolean): Promise<void> {
  const site = siteOf(origin);
  const others = (await storedSites()).filter((s) => s !== site);
  await storeSites(on ? [...others, site] : others);
  if (!on) {
    try {
      await browser.permissions.remove({ origins: [originPattern(site)] });
    } catch {
      // Declared (non-optional) origins cannot be removed; the script is unregistered below.
    }
  }
  await syncAlways();
}

/** Runs the content script in a tab now. Needs activeTab (toolbar click/shortcut) or a granted host. */
export async function injectInto(tabId: number): Promise<void> {
  // Unstyled highlights would still show (the script adopts a sheet of its own): not fatal.
  await browser.scripting.insertCSS({ target: { tabId }, files: [HIGHLIGHTS_FILE] }).catch(() => {});
  await browser.scripting.executeScript({ target: { tabId }, files: [contentScript] });
}
