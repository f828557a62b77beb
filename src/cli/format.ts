// Output formats of `whosaid analyze`: pure functions from analysis to text.
import type { Analysis, Stance } from '../engine';
import { toJsonRecord } from './analyze-file';

const STANCE_ORDER: Stance[] = ['denies', 'confirms', 'declines', 'asserts'];

export function formatJsonl(id: string, analysis: Analysis): string {
  return JSON.stringify(toJsonRecord(id, analysis));
}

/** Cuts to `width` characters (with an ellipsis) and pads to it, so columns line up. */
export function cell(s: string, width: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  const cut = flat.length > width ? `${flat.slice(0, Math.max(0, width - 1))}…` : flat;
  return cut.padEnd(width);
}

function table(rows: string[][], widths: number[]): string[] {
  return rows.map((r) => r.map((c, i) => (i === r.length - 1 ? cell(c, widths[i] ?? 80).trimEnd() : cell(c, widths[i] ?? 12))).join('  ').trimEnd());
}

/** Column width: the longest value, within [min, max]. */
function widthOf(values: string[], min: number, max: number): number {
  return Math.min(max, Math.max(min, ...values.map((v) => v.length)));
}

export function formatTable(id: string, analysis: Analysis, textWidth = 70): string {
  const lines: string[] = [];
  lines.push(`${id}${analysis.title ? ` — ${analysis.title}` : ''}`);
  const actors = [...analysis.actors].sort((a, b) => STANCE_ORDER.indexOf(a.stance) - STANCE_ORDER.indexOf(b.stance) || a.id - b.id);
  if (actors.length === 0) {
    lines.push('  no actors found');
  } else {
    lines.push('  Actors');
    const nameW = widthOf(actors.map((a) => a.name), 4, 32);
    const rows = actors.map((a) => [a.stance, a.name, a.kind, `${a.statements.length} stmt${a.role ? `, ${a.role}` : ''}`]);
    lines.push(...table([['STANCE', 'NAME', 'KIND', 'DETAIL'], ...rows], [8, nameW, 12, 50]).map((l) => `    ${l}`));
  }
  if (analysis.statements.length === 0) {
    lines.push('  no statements found');
  } else {
    lines.push('  Statements');
    const speakerW = widthOf(analysis.statements.map((s) => s.speaker), 7, 24);
    const cueW = widthOf(analysis.statements.map((s) => s.cue), 3, 16);
    const rows = analysis.statements.map((s) => [s.speaker, s.stance, s.form, s.cue, s.text]);
    lines.push(...table([['SPEAKER', 'STANCE', 'FORM', 'CUE', 'TEXT'], ...rows], [speakerW, 8, 8, cueW, textWidth]).map((l) => `    ${l}`));
  }
  return lines.join('\n');
}
