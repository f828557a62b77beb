// How each stance is named and ordered in every view.
import type { Stance } from '../engine/types';

export const STANCES: readonly Stance[] = ['denies', 'declines', 'confirms', 'asserts'];

/** Group headings in the popup, in display order. */
export const STANCE_GROUP: Record<Stance, string> = {
  denies: 'Denies',
  declines: 'Declines to confirm',
  confirms: 'Confirms',
  asserts: 'Says',
};

/** Short label for one statement. */
export const STANCE_VERB: Record<Stance, string> = {
  denies: 'denies',
  declines: 'declines to confirm',
  confirms: 'confirms',
  asserts: 'says',
};

/** The underline each stance gets, so stances differ without colour. */
export const STANCE_MARK: Record<Stance, string> = {
  denies: 'wavy underline',
  declines: 'dashed underline',
  confirms: 'double underline',
  asserts: 'dotted underline',
};

/** Longest word or phrase a "why" line quotes; stanceWhy is page text, so it is bounded here. */
const WHY_MAX = 40;

/**
 * One line saying what decided a statement's stance ("Denies — decided by “rejected”,
 * “no evidence”"), or '' for a plain assertion with nothing that stood out, which needs no
 * explaining. It names the stance in words so that it reads right without the underline.
 * The words come from the page: callers set the line as text, never as markup.
 */
export function stanceWhyLine(stance: Stance, why: readonly string[] | undefined): string {
  const words = (why ?? []).map((w) => w.trim()).filter(Boolean).slice(0, 3);
  const head = `${STANCE_GROUP[stance]} — `;
  if (!words.length) return stance === 'asserts' ? '' : `${head}no single word stood out`;
  return `${head}decided by ${words.map((w) => `“${w.length > WHY_MAX ? `${w.slice(0, WHY_MAX - 1)}…` : w}”`).join(', ')}`;
}
