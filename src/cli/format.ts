// Output formats of `whosaid analyze`: pure functions from analysis to text. The table comes
// in pieces (head with the actors, then statement lines) so a long input's statements can be
// printed part by part.
import type { Analysis, Stance, Statement } from '../engine';
import { toJsonRecord } from './record';

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

/** What the actors table shows of an actor. */
export interface ActorRow {
  id: number;
  name: string;
  kind: string;
  role: string;
  stance: Stance;
  statementCount: number;
}

/** The file's heading and its actors, strongest stance first. */
export function tableHead(id: string, title: string, actorRows: readonly ActorRow[]): string[] {
  const lines = [`${id}${title ? ` — ${title}` : ''}`];
  const actors = [...actorRows].sort((a, b) => STANCE_ORDER.indexOf(a.stance) - STANCE_ORDER.indexOf(b.stance) || a.id - b.id);
  if (actors.length === 0) {
    lines.push('  no actors found');
    return lines;
  }
  lines.push('  Actors');
  const nameW = widthOf(actors.map((a) => a.name), 4, 32);
  const rows = actors.map((a) => [a.stance, a.name, a.kind, `${a.statementCount} stmt${a.role ? `, ${a.role}` : ''}`]);
  lines.push(...table([['STANCE', 'NAME', 'KIND', 'DETAIL'], ...rows], [8, nameW, 12, 50]).map((l) => `    ${l}`));
  return lines;
}

export interface StatementWidths {
  speaker: number;
  cue: number;
  text: number;
}

/** Column widths that fit these speakers and cues (give all of them, or running maxima, for one table). */
export function statementWidths(speakers: string[], cues: string[], textWidth = 70): StatementWidths {
  return { speaker: widthOf(speakers, 7, 24), cue: widthOf(cues, 3, 16), text: textWidth };
}

const STATEMENT_HEADS = ['SPEAKER', 'STANCE', 'FORM', 'CUE', 'TEXT'];

function statementTable(rows: string[][], widths: StatementWidths): string[] {
  return table(rows, [widths.speaker, 8, 8, widths.cue, widths.text]).map((l) => `    ${l}`);
}

/** The statements section's heading and column heads, or the line saying there are none. */
export function statementsHead(count: number, widths: StatementWidths): string[] {
  if (count === 0) return ['  no statements found'];
  return ['  Statements', ...statementTable([STATEMENT_HEADS], widths)];
}

export function statementLines(statements: readonly Statement[], widths: StatementWidths): string[] {
  return statementTable(statements.map((s) => [s.speaker, s.stance, s.form, s.cue, s.text]), widths);
}

export function formatTable(id: string, analysis: Analysis, textWidth = 70): string {
  const actors = analysis.actors.map((a) => ({ ...a, statementCount: a.statements.length }));
  const widths = statementWidths(analysis.statements.map((s) => s.speaker), analysis.statements.map((s) => s.cue), textWidth);
  return [
    ...tableHead(id, analysis.title, actors),
    ...statementsHead(analysis.statements.length, widths),
    ...statementLines(analysis.statements, widths),
  ].join('\n');
}
