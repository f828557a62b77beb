// The highlight toggle shortcut. The browser normally delivers it as a command to the
// background, which messages this script; when the page receives the keys instead
// (some automation and remote-desktop setups), this listener does the same job.
// Two toggles within a moment of each other are taken as one.

export interface KeyCombo {
  alt: boolean;
  ctrl: boolean;
  shift: boolean;
  meta: boolean;
  code: string;
}

/** Parses "Alt+Shift+H" (the form commands.getAll reports) into a key combination. */
export function parseShortcut(shortcut: string): KeyCombo | null {
  if (!shortcut) return null;
  const parts = shortcut.split('+').map((p) => p.trim());
  const key = parts.pop();
  if (!key) return null;
  const combo: KeyCombo = { alt: false, ctrl: false, shift: false, meta: false, code: '' };
  for (const p of parts) {
    const m = p.toLowerCase();
    if (m === 'alt') combo.alt = true;
    else if (m === 'ctrl' || m === 'macctrl') combo.ctrl = true;
    else if (m === 'shift') combo.shift = true;
    else if (m === 'command' || m === 'meta') combo.meta = true;
    else return null;
  }
  if (/^[A-Z]$/i.test(key)) combo.code = `Key${key.toUpperCase()}`;
  else if (/^[0-9]$/.test(key)) combo.code = `Digit${key}`;
  else return null;
  return combo;
}

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
