// The ::highlight() styles. Each stance has its own underline style (so stances differ
// without colour) and a light and a dark palette (so they read on any page).
import type { Stance } from '../engine/types';
import type { Theme } from './theme';

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
    denies: { line: '#b3261e', fill: 'rgba(211, 47, 47, 0.14)' },
    declines: { line: '#8a5a00', fill: 'rgba(230, 160, 0, 0.20)' },
    confirms: { line: '#1b6e2a', fill: 'rgba(46, 160, 67, 0.15)' },
    asserts: { line: '#1d4e89', fill: 'rgba(33, 110, 200, 0.10)' },
  },
  dark: {
    denies: { line: '#ff8a80', fill: 'rgba(255, 110, 100, 0.22)' },
    declines: { line: '#ffd166', fill: 'rgba(255, 200, 80, 0.20)' },
    confirms: { line: '#7ee495', fill: 'rgba(110, 220, 140, 0.18)' },
    asserts: { line: '#9cc7ff', fill: 'rgba(140, 190, 255, 0.16)' },
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
    const source = theme === 'light' ? 'rgba(0, 0, 0, 0.07)' : 'rgba(255, 255, 255, 0.12)';
    rules.push(`::highlight(${highlightName(theme, 'source')}) { background-color: ${source}; }`);
  }
  rules.push(`::highlight(${FLASH}) { background-color: #ffd400; color: #000; }`);
  return rules.join('\n');
}
