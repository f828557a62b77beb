// Where WhoSaid runs: the built-in news list (declared content scripts), sites the
// user switched to "always run" (optional host permission + registered script),
// and any other page on demand through activeTab + scripting.
import browser from 'webextension-polyfill';
import contentScript from '../content/main.ts?script';
import type { SiteAccess } from '../shared/messages';
import { httpOrigin, matchesPattern, originPattern } from '../shared/sites';

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

/** Origins the user switched on: granted optional origins that are plain `origin/*` patterns. */
export async function alwaysOrigins(): Promise<string[]> {
  const { origins = [] } = await browser.permissions.getAll();
  // Granted at install (declared in the manifest) is not the user's switch.
  const declared = (browser.runtime.getManifest() as { host_permissions?: string[] }).host_permissions ?? [];
  const listed = new Set([...listedPatterns(), ...declared]);
  const out: string[] = [];
  for (const pattern of origins) {
    if (listed.has(pattern)) continue;
    const m = /^(https?:\/\/[^/*]+)\/\*$/.exec(pattern);
    if (m?.[1]) out.push(m[1]);
  }
  return out;
}

export async function siteAccess(url: string | undefined): Promise<SiteAccess> {
  const origin = httpOrigin(url);
  if (!origin || !url) return { origin, readable: false, listed: false, always: false };
  const listed = isListed(url);
  const always = (await registered()).has(origin);
  return { origin, readable: true, listed, always };
}

async function register(origin: string): Promise<void> {
  const id = SCRIPT_PREFIX + origin;
  await browser.scripting.registerContentScripts([
    { id, matches: [originPattern(origin)], js: [contentScript], runAt: 'document_idle', persistAcrossSessions: true },
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
}

/** After the popup/options asked the user: register or drop one origin. */
export async function setAlways(origin: string, on: boolean): Promise<void> {
  if (!on) {
    try {
      await browser.permissions.remove({ origins: [originPattern(origin)] });
    } catch {
      // Declared (non-optional) origins cannot be removed; the script is unregistered below.
    }
  }
  await syncAlways();
}

/** Runs the content script in a tab now. Needs activeTab (toolbar click/shortcut) or a granted host. */
export async function injectInto(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: [contentScript] });
}
