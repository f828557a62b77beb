// Reassembles a large analysis that a page sent in parts ('analysis/part', then
// 'analysis/report'). One batch per tab at a time: a new batch replaces an unfinished one.
import type { Analysis, Statement } from '../engine/types';

interface Batch {
  batch: string;
  statements: Statement[];
}

const pending = new Map<number, Batch>();

/** Takes one part; a part out of order (or of an abandoned batch) drops the batch. */
export function takePart(tabId: number, batch: string, from: number, statements: Statement[]): void {
  let current = pending.get(tabId);
  if (from === 0) {
    current = { batch, statements: [] };
    pending.set(tabId, current);
  }
  if (!current || current.batch !== batch || current.statements.length !== from) {
    pending.delete(tabId);
    return;
  }
  for (const s of statements) current.statements.push(s);
}

/**
 * The whole analysis of a report: its own statements after those its parts brought. Undefined when
 * parts are missing (the background restarted mid-batch, say): the caller asks the page again.
 */
export function joinParts(tabId: number, analysis: Analysis | null, parts: { batch: string; earlier: number } | undefined): Analysis | null | undefined {
  // Any report ends the tab's batch: its own, or one the page abandoned for a newer run.
  const current = pending.get(tabId);
  pending.delete(tabId);
  if (!parts) return analysis;
  if (!analysis || !current || current.batch !== parts.batch || current.statements.length !== parts.earlier) return undefined;
  return { ...analysis, statements: [...current.statements, ...analysis.statements] };
}

/** Forgets a tab's unfinished batch (the tab closed). */
export function dropParts(tabId: number): void {
  pending.delete(tabId);
}
