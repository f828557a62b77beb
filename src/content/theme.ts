// Light or dark page: picks the highlight palette that stays readable on the article.

function parseColor(value: string): [number, number, number, number] | null {
  const m = /rgba?\(\s*([\d.]+)[,\s]+([\d.]+)[,\s]+([\d.]+)(?:[,\s/]+([\d.]+%?))?\s*\)/.exec(value);
  if (!m) return null;
  let alpha = 1;
  if (m[4] !== undefined) alpha = m[4].endsWith('%') ? parseFloat(m[4]) / 100 : parseFloat(m[4]);
  return [Number(m[1]), Number(m[2]), Number(m[3]), alpha];
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

/** Dark if the article's background is dark; without any painted background, the text colour decides. */
export function themeAt(el: Element | null): Theme {
  const target = el ?? document.body ?? document.documentElement;
  const bg = backgroundBehind(target);
  if (bg) return luminance(bg) < 0.22 ? 'dark' : 'light';
  const fg = target ? parseColor(getComputedStyle(target).color) : null;
  if (fg) return luminance(fg) > 0.5 ? 'dark' : 'light';
  return 'light';
}
