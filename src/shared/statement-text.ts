// How a statement's words are shown to a reader: only a direct quote is put in quotation marks;
// reported speech and partial quotes are the reporter's words and are shown without marks of
// ours (the marks a partial quote carries are the article's own), and marks already around a
// quote are never doubled.
import type { Form } from '../engine/types';

const OPENING = new Set(['“', '"', '„', '«', '‘', "'", '‹', '「', '『', '‚']);
const CLOSING = new Set(['”', '"', '»', '’', "'", '›', '」', '』', '‘', '“']);
/** What may follow a closing mark at the very end ("… he said.”" or "“…”."). */
const TRAILING = new Set(['.', ',', '!', '?', '…', ';', ':']);

export interface ShownStatement {
  /** The words to show, with quotation marks when they are a direct quote. */
  text: string;
  /** A direct quote: the speaker's own words. Otherwise the reporter's. */
  quoted: boolean;
  /** What the words are, in words: "direct quote", "partial quote", "paraphrase". */
  label: string;
}

/** Whether the text already stands between quotation marks of its own. */
export function enclosedInMarks(text: string): boolean {
  const t = text.trim();
  if (t.length < 2 || !OPENING.has(t[0]!)) return false;
  let end = t.length - 1;
  while (end > 0 && TRAILING.has(t[end]!)) end--;
  return end > 0 && CLOSING.has(t[end]!);
}

/** `form` is absent for statements remembered before it was recorded: those are not called quotes. */
export function statementShown(statement: { text: string; form?: Form }): ShownStatement {
  const text = statement.text.trim();
  if (statement.form === 'direct') {
    return { text: enclosedInMarks(text) ? text : `“${text}”`, quoted: true, label: 'direct quote' };
  }
  return { text, quoted: false, label: statement.form === 'mixed' ? 'partial quote' : 'paraphrase' };
}

/**
 * Text for an accessible name made of parts: each part ends with one full stop, never two
 * (a statement that ends in its own "." or "?" keeps it).
 */
export function sentences(...parts: string[]): string {
  return parts
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => (/[.!?…]["'”’»)\]]*$/.test(p) ? p : `${p}.`))
    .join(' ');
}
