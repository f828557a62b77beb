// Paints statements with the CSS Custom Highlight API: no change to the page's DOM.
// The styles come with the page when the browser added the packaged file (page-styles.ts);
// otherwise one constructed stylesheet is adopted by the document.
import type { Analysis } from '../engine/types';
import type { Settings } from '../shared/settings';
import type { StatementRanges } from './pipeline';
import { FLASH, highlightCss, highlightName } from './highlight-style';
import type { Theme } from './theme';
import { STYLED_PROPERTY } from '../shared/page-styles';

let sheet: CSSStyleSheet | null = null;
const ours = new Set<string>();

export function supported(): boolean {
  return typeof CSS !== 'undefined' && 'highlights' in CSS && typeof Highlight === 'function';
}

/** Whether the browser added the packaged styles to this document; asked once. */
let packaged: boolean | null = null;

function hasPackagedStyles(): boolean {
  if (packaged === null) {
    try {
      packaged = getComputedStyle(document.documentElement).getPropertyValue(STYLED_PROPERTY).trim() !== '';
    } catch {
      packaged = false;
    }
  }
  return packaged;
}

function ensureSheet(): void {
  if (hasPackagedStyles()) return;
  try {
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(highlightCss());
    }
    const adopted = document.adoptedStyleSheets;
    if (adopted.includes(sheet)) return;
    try {
      adopted.push(sheet);
    } catch {
      document.adoptedStyleSheets = [...adopted, sheet];
    }
  } catch {
    // No constructable stylesheets: highlights stay unstyled rather than break the page.
  }
}

/** Removes every highlight WhoSaid painted (the flash too). */
export function clearHighlights(): void {
  if (!supported()) return;
  for (const name of ours) CSS.highlights.delete(name);
  ours.clear();
}

/** Ranges added between two pauses of paintInSteps: a 100,000-word page has some 9,000. */
const RANGES_PER_STEP = 300;

/**
 * Paints the statements, one highlight per stance, honouring the per-stance settings. A
 * generator that pauses every RANGES_PER_STEP ranges: registering thousands of ranges at once
 * held Firefox's main thread for 25 ms.
 */
export function* paintInSteps(analysis: Analysis, ranges: StatementRanges[], settings: Settings, theme: Theme): Generator<void, void> {
  if (!supported()) return;
  clearHighlights();
  if (!settings.highlights) return;
  ensureSheet();
  const byId = new Map(analysis.statements.map((s) => [s.id, s]));
  const painted = new Map<string, Highlight>();
  const add = (name: string, range: Range): void => {
    let highlight = painted.get(name);
    if (!highlight) {
      highlight = new Highlight();
      painted.set(name, highlight);
      CSS.highlights.set(name, highlight);
      ours.add(name);
    }
    highlight.add(range);
  };
  let added = 0;
  for (const r of ranges) {
    const statement = byId.get(r.statement);
    if (!statement || !settings.stances[statement.stance]) continue;
    if (r.content) add(highlightName(theme, statement.stance), r.content);
    if (r.mention) add(highlightName(theme, 'source'), r.mention);
    if (++added % RANGES_PER_STEP === 0) yield;
  }
}

let flashTimer: ReturnType<typeof setTimeout> | undefined;

/** Blinks a range a few times with its own highlight, then removes it. */
export function flash(range: Range): void {
  if (!supported()) return;
  ensureSheet();
  if (flashTimer !== undefined) clearTimeout(flashTimer);
  const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
  const steps = reduced ? [true] : [true, false, true, false, true];
  let i = 0;
  const tick = () => {
    if (i < steps.length) {
      if (steps[i]) {
        CSS.highlights.set(FLASH, new Highlight(range));
        ours.add(FLASH);
      } else {
        CSS.highlights.delete(FLASH);
      }
      i++;
      flashTimer = setTimeout(tick, reduced ? 1600 : i === steps.length ? 1400 : 260);
    } else {
      CSS.highlights.delete(FLASH);
      ours.delete(FLASH);
      flashTimer = undefined;
    }
  };
  tick();
}
