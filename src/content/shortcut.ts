// The page's shortcuts (highlights on/off, next and previous statement). The browser normally
// delivers them as commands to the background, which messages this script; when the page
// receives the keys instead (some automation and remote-desktop setups), this listener does the
// same job. The same command arriving both ways within a moment is taken as one.
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

/** Listens for each combination in `keys` and calls its handler (a combination not bound is skipped). */
export function listenForShortcuts<K extends string>(keys: Partial<Record<K, KeyCombo | null>>, handlers: Record<K, () => void>): () => void {
  const bound = (Object.keys(handlers) as K[]).flatMap((k) => {
    const combo = keys[k];
    return combo ? [[combo, handlers[k]] as const] : [];
  });
  const listener = (e: KeyboardEvent) => {
    try {
      if (e.repeat) return;
      for (const [combo, handler] of bound) {
        if (matches(combo, e)) {
          handler();
          return;
        }
      }
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
