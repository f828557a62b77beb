// One file's analysis written as it is made: part by part, so a long input is never held
// whole as statements or as output text (see analyze-in-parts).
import type { Statement, TextBlock } from '../engine';
import { ActorLedger, analyzeInParts, PART_CHARS } from './analyze-in-parts';
import { statementLines, statementsHead, statementWidths, tableHead } from './format';
import type { Progress } from './progress';
import { toJsonActor, toJsonStatement } from './record';

/** An input ready for the engine: its blocks (read again for a second pass) and its size. */
export interface Source {
  blocks: () => Iterable<TextBlock>;
  chars: number;
  /** The headline to show when the blocks have none (an HTML page's <title>). */
  fallbackTitle: string;
}

/** One jsonl record, {id, title, statements, actors}, the statements written as they are found. */
export function writeJsonl(out: (s: string) => void, id: string, source: Source, progress: Progress): void {
  const ledger = new ActorLedger();
  let opened = false;
  let empty = true;
  for (const part of analyzeInParts(source.blocks(), ledger)) {
    if (!opened) out(`{"id":${JSON.stringify(id)},"title":${JSON.stringify(part.title || source.fallbackTitle)},"statements":[`);
    opened = true;
    if (part.statements.length) {
      out(`${empty ? '' : ','}${part.statements.map((s) => JSON.stringify(toJsonStatement(s))).join(',')}`);
      empty = false;
    }
    progress(part.chars / source.chars);
  }
  out(`],"actors":${JSON.stringify(ledger.actors().map(toJsonActor))}}\n`);
}

/**
 * The table: actors first, then statements. The actors are known only at the end, so an input
 * of more than one part is analysed twice: once for the actors and the column widths, once
 * to print the statements. One part's statements are simply kept.
 */
export function writeTable(out: (s: string) => void, id: string, source: Source, progress: Progress): void {
  const passes = source.chars > PART_CHARS ? 2 : 1;
  const ledger = new ActorLedger();
  let title = '';
  let kept: Statement[] | null = [];
  let parts = 0;
  let count = 0;
  let longestSpeaker = '';
  let longestCue = '';
  for (const part of analyzeInParts(source.blocks(), ledger)) {
    title ||= part.title;
    kept = ++parts === 1 ? part.statements : null;
    count += part.statements.length;
    for (const s of part.statements) {
      if (s.speaker.length > longestSpeaker.length) longestSpeaker = s.speaker;
      if (s.cue.length > longestCue.length) longestCue = s.cue;
    }
    progress(part.chars / source.chars / passes);
  }
  const widths = statementWidths(count ? [longestSpeaker] : [], count ? [longestCue] : []);
  out(`${[...tableHead(id, title || source.fallbackTitle, ledger.actors()), ...statementsHead(count, widths)].join('\n')}\n`);
  if (kept) {
    if (kept.length) out(`${statementLines(kept, widths).join('\n')}\n`);
    return;
  }
  for (const part of analyzeInParts(source.blocks(), new ActorLedger())) {
    if (part.statements.length) out(`${statementLines(part.statements, widths).join('\n')}\n`);
    progress((passes - 1 + part.chars / source.chars) / passes);
  }
}
