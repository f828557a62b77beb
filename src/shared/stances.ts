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
