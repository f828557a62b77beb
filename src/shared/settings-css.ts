// The settings a page's script needs for its first paint, carried by a stylesheet the browser
// itself adds to the page. Any first use of the extension API in a page costs Firefox some
// 6 ms (it builds the page's `browser` object and its messaging) before a single highlight
// shows; a custom property costs one style read. The background registers one small file per
// setting that is off (none at all with the defaults); after the first paint the page asks
// the background, whose answer rules from then on.
import type { Stance } from '../engine/types';
import type { Settings } from './settings';

export type CarriedKey = 'highlights' | Stance;

export const CARRIED_KEYS: readonly CarriedKey[] = ['highlights', 'denies', 'declines', 'confirms', 'asserts'];

/** The custom property a file sets on the page's root element: present means "off". */
export const carrierProperty = (key: CarriedKey): string => `--whosaid-off-${key}`;

/** The file in the extension package that turns one setting off. */
export const carrierFile = (key: CarriedKey): string => `settings/off-${key}.css`;

export const carrierCss = (key: CarriedKey): string => `:root{${carrierProperty(key)}:1}\n`;

export function offKeys(settings: Settings): CarriedKey[] {
  return CARRIED_KEYS.filter((key) => (key === 'highlights' ? !settings.highlights : !settings.stances[key]));
}

/** The settings that a set of "off" flags stands for. */
export function settingsFromOff(isOff: (key: CarriedKey) => boolean): Settings {
  return {
    highlights: !isOff('highlights'),
    stances: { denies: !isOff('denies'), declines: !isOff('declines'), confirms: !isOff('confirms'), asserts: !isOff('asserts') },
  };
}

export function sameSettings(a: Settings, b: Settings): boolean {
  return offKeys(a).join() === offKeys(b).join();
}
