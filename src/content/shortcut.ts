// The highlight toggle shortcut. The browser normally delivers it as a command to the
// background, which messages this script; when the page receives the keys instead
// (some automation and remote-desktop setups), this listener does the same job.
// Two toggles within a moment of each other are taken as one.
import type { KeyCombo } from '../shared/shortcut-keys';

export function matches(combo: KeyCombo, e: KeyboardEvent): boolean {
  return (
    e.code === combo.code &&
    e.altKey === combo.alt &&
    e.ctrlKey === combo.ctrl &&
    e.shiftKey === combo.shift &&
    e.metaKey === combo.meta
  );
}

export function listenForShortcut(combo: KeyCombo, onToggle: () => void): () => void {
  const listener = (e: KeyboardEvent) => {
    try {
      if (!e.repeat && matches(combo, e)) onToggle();
    } catch {
      // ignore
    }
  };
  addEventListener('keydown', listener, true);
  return () => removeEventListener('keydown', listener, true);
}

/** Collapses two toggles (command + key event) arriving together into one. */
export function onceWithin(ms: number, fn: () => void): () => boolean {
  let last = -Infinity;
  return () => {
    const now = performance.now();
    if (now - last < ms) return false;
    last = now;
    fn();
    return true;
  };
}
