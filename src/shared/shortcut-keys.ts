// The key combination of a browser command's shortcut, parsed once by the background so a
// page's script only compares key events with it.

/** The commands a page acts on (the manifest's "commands" besides opening the panel). */
export const PAGE_COMMANDS = ['toggle-highlights', 'next-statement', 'previous-statement'] as const;
export type PageCommand = (typeof PAGE_COMMANDS)[number];

export function isPageCommand(name: string): name is PageCommand {
  return (PAGE_COMMANDS as readonly string[]).includes(name);
}

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
