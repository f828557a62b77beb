// Where a page's script gets the user's settings: first from the stylesheets the background
// registered for the page (no extension API before the first paint), then from the background's
// answer.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Settings } from '../src/shared/settings';
import { CARRIED_KEYS, carrierCss, carrierProperty, offKeys, sameSettings, settingsFromOff } from '../src/shared/settings-css';

const DEFAULTS: Settings = { highlights: true, stances: { denies: true, declines: true, confirms: true, asserts: true } };
const noSays: Settings = { highlights: true, stances: { denies: true, declines: true, confirms: true, asserts: false } };
const noHighlights: Settings = { highlights: false, stances: { denies: true, declines: true, confirms: true, asserts: true } };

const send = vi.fn();
const loadSettings = vi.fn();
vi.mock('../src/shared/messages', () => ({ send: (...args: unknown[]) => send(...args) }));
vi.mock('../src/shared/settings', async () => ({
  DEFAULT_SETTINGS: { highlights: true, stances: { denies: true, declines: true, confirms: true, asserts: true } },
  loadSettings: () => loadSettings(),
}));

const { PageSettings, carriedSettings } = await import('../src/content/page-settings');

/** A page whose root element carries these custom properties (what the registered files set). */
function withRootStyle(properties: Record<string, string>, run: () => void): void {
  const saved = (globalThis as { getComputedStyle?: unknown }).getComputedStyle;
  (globalThis as { getComputedStyle?: unknown }).getComputedStyle = () => ({ getPropertyValue: (name: string) => properties[name] ?? '' });
  try {
    run();
  } finally {
    (globalThis as { getComputedStyle?: unknown }).getComputedStyle = saved;
  }
}
const root = {} as Element;

describe('settings carried by stylesheets', () => {
  it('names one file per setting that is off, and none with the defaults', () => {
    expect(offKeys(DEFAULTS)).toEqual([]);
    expect(offKeys(noSays)).toEqual(['asserts']);
    expect(offKeys(noHighlights)).toEqual(['highlights']);
  });

  it('reads back every combination it can write', () => {
    for (let mask = 0; mask < 1 << CARRIED_KEYS.length; mask++) {
      const off = new Set(CARRIED_KEYS.filter((_, i) => mask & (1 << i)));
      const settings = settingsFromOff((key) => off.has(key));
      expect(offKeys(settings)).toEqual(CARRIED_KEYS.filter((key) => off.has(key)));
    }
  });

  it('sets the property the page script reads', () => {
    for (const key of CARRIED_KEYS) expect(carrierCss(key)).toContain(`${carrierProperty(key)}:1`);
  });

  it('gives the page the carried settings, and the defaults without any', () => {
    withRootStyle({ [carrierProperty('asserts')]: '1' }, () => expect(carriedSettings(root)).toEqual(noSays));
    withRootStyle({ [carrierProperty('highlights')]: ' 1' }, () => expect(carriedSettings(root)).toEqual(noHighlights));
    withRootStyle({}, () => expect(carriedSettings(root)).toEqual(DEFAULTS));
    expect(carriedSettings(null)).toEqual(DEFAULTS);
  });

  it('falls back to the defaults when styles cannot be read', () => {
    const saved = (globalThis as { getComputedStyle?: unknown }).getComputedStyle;
    (globalThis as { getComputedStyle?: unknown }).getComputedStyle = () => {
      throw new Error('no styles');
    };
    try {
      expect(carriedSettings(root)).toEqual(DEFAULTS);
    } finally {
      (globalThis as { getComputedStyle?: unknown }).getComputedStyle = saved;
    }
  });
});

describe('PageSettings', () => {
  beforeEach(() => {
    send.mockReset();
    loadSettings.mockReset();
    loadSettings.mockResolvedValue(noHighlights);
  });

  it('paints with what the page carried, read when first needed, and asks nothing until told to', () => {
    let reads = 0;
    const settings = new PageSettings(() => (reads++, noSays));
    expect(reads).toBe(0);
    expect(settings.current).toEqual(noSays);
    expect(settings.current).toEqual(noSays);
    expect(reads).toBe(1);
    expect(send).not.toHaveBeenCalled();
    expect(loadSettings).not.toHaveBeenCalled();
  });

  it('keeps the carried settings when the background agrees', async () => {
    send.mockResolvedValue(noSays);
    const settings = new PageSettings(() => noSays);
    expect(await settings.confirm()).toBe(false);
    expect(send).toHaveBeenCalledWith('settings/get', {});
    expect(loadSettings).not.toHaveBeenCalled();
  });

  it('takes the background answer when the carried settings were stale', async () => {
    send.mockResolvedValue(noSays);
    const settings = new PageSettings(() => DEFAULTS);
    expect(await settings.confirm()).toBe(true);
    expect(settings.current).toEqual(noSays);
  });

  it('keeps the carried settings when the background cannot be reached, and reads no storage', async () => {
    send.mockRejectedValue(new Error('no receiver'));
    const settings = new PageSettings(() => noSays);
    expect(await settings.confirm()).toBe(false);
    expect(settings.current).toEqual(noSays);
    expect(loadSettings).not.toHaveBeenCalled();
  });

  it('keeps a change pushed while its question was on the way', async () => {
    let answer: (s: Settings) => void = () => {};
    send.mockReturnValue(new Promise<Settings>((resolve) => { answer = resolve; }));
    const settings = new PageSettings(() => DEFAULTS);
    const confirmed = settings.confirm();
    settings.take(noHighlights);
    answer(noSays);
    expect(await confirmed).toBe(false);
    expect(settings.current).toEqual(noHighlights);
    expect(sameSettings(settings.current, noHighlights)).toBe(true);
  });
});
