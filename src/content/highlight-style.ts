// The ::highlight() styles. Each stance has its own underline style (so stances differ
// without colour) and a light and a dark palette (so they read on any page). Fills are
// #rrggbbaa: the colour with its opacity.
import type { Stance } from '../engine/types';
import type { Theme } from './theme';
import { STYLED_PROPERTY } from '../shared/page-styles';

export const STANCE_LIST: readonly Stance[] = ['denies', 'declines', 'confirms', 'asserts'];
export const FLASH = 'whosaid-flash';

export function highlightName(theme: Theme, kind: Stance | 'source'): string {
  return `whosaid-${theme}-${kind}`;
}

const UNDERLINE: Record<Stance, string> = {
  denies: 'wavy',
  declines: 'dashed',
  confirms: 'double',
  asserts: 'dotted',
};

const PALETTE: Record<Theme, Record<Stance, { line: string; fill: string }>> = {
  light: {
    denies: { line: '#b3261e', fill: '#d32f2f24' },
    declines: { line: '#8a5a00', fill: '#e6a00033' },
    confirms: { line: '#1b6e2a', fill: '#2ea04326' },
    asserts: { line: '#1d4e89', fill: '#216ec81a' },
  },
  dark: {
    denies: { line: '#ff8a80', fill: '#ff6e6438' },
    declines: { line: '#ffd166', fill: '#ffc85033' },
    confirms: { line: '#7ee495', fill: '#6edc8c2e' },
    asserts: { line: '#9cc7ff', fill: '#8cbeff29' },
  },
};

export function highlightCss(): string {
  const rules: string[] = [];
  for (const theme of ['light', 'dark'] as const) {
    for (const stance of STANCE_LIST) {
      const { line, fill } = PALETTE[theme][stance];
      rules.push(
        `::highlight(${highlightName(theme, stance)}) { background-color: ${fill}; ` +
          `text-decoration-line: underline; text-decoration-style: ${UNDERLINE[stance]}; ` +
          `text-decoration-color: ${line}; text-decoration-thickness: 2px; }`,
      );
    }
    const source = theme === 'light' ? '#00000012' : '#ffffff1f';
    rules.push(`::highlight(${highlightName(theme, 'source')}) { background-color: ${source}; }`);
  }
  rules.push(`::highlight(${FLASH}) { background-color: #ffd400; color: #000; }`);
  return rules.join('\n');
}

/** The packaged stylesheet: the rules, and the flag that tells the script they are there. */
export function highlightFileCss(): string {
  return `:root{${STYLED_PROPERTY}:1}\n${highlightCss()}\n`;
}
