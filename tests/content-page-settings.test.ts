// Where a page's script gets the user's settings: the background's answer, or, when the
// background stays silent (asleep, waking up), the page's own storage read; never a guess.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Settings } from '../src/shared/settings';

const stored: Settings = { highlights: true, stances: { denies: true, declines: true, confirms: true, asserts: false } };
const fromBackground: Settings = { highlights: false, stances: { denies: true, declines: true, confirms: true, asserts: true } };

const send = vi.fn();
const loadSettings = vi.fn();
vi.mock('../src/shared/messages', () => ({ send: (...args: unknown[]) => send(...args) }));
vi.mock('../src/shared/settings', async () => ({
  DEFAULT_SETTINGS: { highlights: true, stances: { denies: true, declines: true, confirms: true, asserts: true } },
  loadSettings: () => loadSettings(),
}));

const { PageSettings } = await import('../src/content/page-settings');

describe('PageSettings', () => {
  beforeEach(() => {
    send.mockReset();
    loadSettings.mockReset();
    loadSettings.mockResolvedValue(stored);
  });

  it('takes the background answer and leaves storage alone', async () => {
    send.mockResolvedValue(fromBackground);
    const settings = new PageSettings();
    expect(send).toHaveBeenCalledWith('settings/get', {});
    await settings.ready();
    expect(settings.current).toEqual(fromBackground);
    expect(loadSettings).not.toHaveBeenCalled();
  });

  it('reads storage when the background is still silent once the paint is due', async () => {
    send.mockReturnValue(new Promise(() => {}));
    const settings = new PageSettings();
    expect(loadSettings).not.toHaveBeenCalled();
    await settings.ready();
    expect(loadSettings).toHaveBeenCalledTimes(1);
    expect(settings.current).toEqual(stored);
  });

  it('lets an answer already on its way arrive before it reads storage', async () => {
    let answer: (s: Settings) => void = () => {};
    send.mockReturnValue(new Promise<Settings>((resolve) => { answer = resolve; }));
    const settings = new PageSettings();
    const ready = settings.ready();
    answer(fromBackground);
    await ready;
    expect(settings.current).toEqual(fromBackground);
    expect(loadSettings).not.toHaveBeenCalled();
  });

  it('reads storage when the background cannot be reached', async () => {
    send.mockRejectedValue(new Error('no receiver'));
    const settings = new PageSettings();
    await settings.ready();
    expect(settings.current).toEqual(stored);
    expect(loadSettings).toHaveBeenCalledTimes(1);
  });

  it('falls back to the defaults when nothing answers at all', async () => {
    send.mockRejectedValue(new Error('no receiver'));
    loadSettings.mockRejectedValue(new Error('no storage'));
    const settings = new PageSettings();
    await settings.ready();
    expect(settings.current.highlights).toBe(true);
    expect(settings.current.stances.asserts).toBe(true);
  });

  it('keeps a pushed change over a late storage answer', async () => {
    send.mockReturnValue(new Promise(() => {}));
    let answer: (s: Settings) => void = () => {};
    loadSettings.mockReturnValue(new Promise<Settings>((resolve) => { answer = resolve; }));
    const settings = new PageSettings();
    const ready = settings.ready();
    settings.take(fromBackground);
    answer(stored);
    await ready;
    expect(settings.current).toEqual(fromBackground);
  });
});
