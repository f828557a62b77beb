// What the stance model may look at for one statement: the block it sits in, where its
// content and cue lie there, and the text just before it (an accusation being answered).
// Built the same way for the engine's own statements and, in training, for labelled spans,
// so both reach the feature function through one door.
import type { Form } from './types';
import { accusationRate } from './stance-features';

/** Computed once per article: the engine and training pass the same array for all its statements. */
const rates = new WeakMap<readonly string[], number>();
function rateOf(texts: readonly string[]): number {
  let r = rates.get(texts);
  if (r === undefined) { r = accusationRate(texts); rates.set(texts, r); }
  return r;
}

export interface StanceContext {
  /** The whole block (paragraph) the statement lies in. */
  block: string;
  /** The statement's content, [start, end) in `block`. */
  start: number;
  end: number;
  /** The cue, [cueStart, cueEnd) in `block`; -1 when the statement has none of its own. */
  cueStart: number;
  cueEnd: number;
  form: Form;
  /** The previous block's text ('' for the first block). */
  previous: string;
  /** How the speaker is named for this statement, as written ("a campaign spokesman", "he"); '' when unknown. */
  mention: string;
  /** Accusation words per thousand words of the whole article (see accusationRate). */
  accusationRate?: number;
}

/** The context of a statement in block `index` of `texts`. */
export function stanceContextOf(texts: readonly string[], index: number, start: number, end: number,
  cueStart: number, cueEnd: number, form: Form, mention: string): StanceContext {
  return { block: texts[index] ?? '', start, end, cueStart, cueEnd, form, previous: index > 0 ? texts[index - 1] ?? '' : '', mention, accusationRate: rateOf(texts) };
}
