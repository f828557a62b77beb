// Light or dark page: picks the highlight palette that stays readable on the article.

/**
 * "rgb(r, g, b)" or "rgba(r, g, b, a)" (also space- and slash-separated, alpha as a percentage),
 * the forms computed colours take. Read by hand: the script's first paint waits for this, and a
 * pattern would be compiled again in every page.
 */
export function parseColor(value: string): [number, number, number, number] | null {
  const open = value.indexOf('(');
  if (!value.startsWith('rgb') || open < 0 || !value.trimEnd().endsWith(')')) return null;
  const parts: string[] = [];
  let part = '';
  const body = value.slice(open + 1, value.lastIndexOf(')'));
  for (let i = 0; i <= body.length; i++) {
    const ch = body[i];
    const digit = ch !== undefined && ((ch >= '0' && ch <= '9') || ch === '.' || ch === '%');
    if (digit) {
      part += ch;
      continue;
    }
    if (part) parts.push(part);
    part = '';
    if (ch !== undefined && ch !== ',' && ch !== ' ' && ch !== '/' && ch !== '\t' && ch !== '\n') return null;
  }
  if (parts.length < 3 || parts.length > 4 || parts.slice(0, 3).some((p) => p.includes('%'))) return null;
  const alphaText = parts[3];
  const alpha = alphaText === undefined ? 1 : alphaText.endsWith('%') ? parseFloat(alphaText) / 100 : parseFloat(alphaText);
  return [Number(parts[0]), Number(parts[1]), Number(parts[2]), alpha];
}

function luminance([r, g, b]: [number, number, number, number]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** The first opaque background colour behind an element, walking up to the root. */
function backgroundBehind(el: Element | null): [number, number, number, number] | null {
  for (let cur = el; cur; cur = cur.parentElement) {
    const c = parseColor(getComputedStyle(cur).backgroundColor);
    if (c && c[3] > 0.5) return c;
  }
  return null;
}

export type Theme = 'light' | 'dark';

/** Text this light is only readable on a dark background, text this dark only on a light one. */
const LIGHT_TEXT = 0.45;
const DARK_TEXT = 0.2;

/**
 * Dark if the article's background is dark. Clearly light or clearly dark text settles it with
 * one style read; mid-grey text asks the backgrounds behind it (a read per ancestor, each a
 * wrapped call in Firefox, on the way to the first highlights), and reads as light without one.
 */
export function themeAt(el: Element | null): Theme {
  const target = el ?? document.body ?? document.documentElement;
  if (!target) return 'light';
  const fg = parseColor(getComputedStyle(target).color);
  const textLuminance = fg && fg[3] > 0.5 ? luminance(fg) : null;
  if (textLuminance !== null && textLuminance >= LIGHT_TEXT) return 'dark';
  if (textLuminance !== null && textLuminance <= DARK_TEXT) return 'light';
  const bg = backgroundBehind(target);
  if (bg) return luminance(bg) < 0.22 ? 'dark' : 'light';
  return 'light';
}
