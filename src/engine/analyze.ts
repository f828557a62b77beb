import type { Analysis, TextBlock } from './types';

/** Placeholder until the extraction pipeline lands; returns no statements. */
export function analyze(blocks: readonly TextBlock[]): Analysis {
  const title = blocks.find((b) => b.kind === 'title')?.text ?? '';
  return { title, statements: [], actors: [] };
}
