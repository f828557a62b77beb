// User settings kept in storage.local and read by every context.
import browser from 'webextension-polyfill';
import type { Stance } from '../engine/types';

export interface Settings {
  /** Paint highlights at all (the shortcut flips this per page, not here). */
  highlights: boolean;
  /** Paint highlights for this stance. */
  stances: Record<Stance, boolean>;
}

export const DEFAULT_SETTINGS: Settings = {
  highlights: true,
  stances: { denies: true, declines: true, confirms: true, asserts: true },
};

const KEY = 'settings';

export function normalizeSettings(value: unknown): Settings {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Partial<Settings>;
  const stances = { ...DEFAULT_SETTINGS.stances };
  if (v.stances && typeof v.stances === 'object') {
    for (const key of Object.keys(stances) as Stance[]) {
      const s = (v.stances as Partial<Record<Stance, unknown>>)[key];
      if (typeof s === 'boolean') stances[key] = s;
    }
  }
  return { highlights: typeof v.highlights === 'boolean' ? v.highlights : DEFAULT_SETTINGS.highlights, stances };
}

export async function loadSettings(): Promise<Settings> {
  const stored = await browser.storage.local.get(KEY);
  return normalizeSettings(stored[KEY]);
}

export async function saveSettings(settings: Settings): Promise<void> {
  await browser.storage.local.set({ [KEY]: settings });
}

/** Calls back with the new settings whenever they change. Returns an unsubscribe function. */
export function watchSettings(callback: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area === 'local' && KEY in changes) callback(normalizeSettings(changes[KEY]?.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
