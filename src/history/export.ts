// Exports: the page's actors and statements as Markdown, JSON and CSV; the whole history
// as JSON (its import is import.ts).
import type { Analysis, Stance } from '../engine/types';
import { statementShown } from '../shared/statement-text';
import type { ArticleRecord } from './types';
import { pageKey } from './url';

const STANCE_WORD: Record<Stance, string> = { denies: 'denies', confirms: 'confirms', declines: 'declines to confirm', asserts: 'says' };

function mdEscape(text: string): string {
  return text.replace(/([\\`*_[\]<>#|])/g, '\\$1').replace(/\s+/g, ' ').trim();
}

export function pageMarkdown(analysis: Analysis, url: string, title: string): string {
  const safe = pageKey(url);
  const lines = [`# ${mdEscape(title || analysis.title || 'Untitled')}`, ''];
  if (safe) lines.push(`<${safe.replace(/>/g, '%3E')}>`, '');
  for (const actor of analysis.actors) {
    const statements = actor.statements.map((id) => analysis.statements.find((s) => s.id === id)).filter((s) => !!s);
    if (statements.length === 0) continue;
    lines.push(`## ${mdEscape(actor.name)} — ${STANCE_WORD[actor.stance]}`);
    if (actor.role) lines.push(`*${mdEscape(actor.role)}*`);
    lines.push('');
    // Quotation marks for direct quotes only: the reporter's words are marked as such.
    for (const s of statements) {
      const shown = statementShown(s);
      lines.push(`- (${s.stance}) ${shown.quoted ? mdEscape(shown.text) : `${shown.label}: ${mdEscape(shown.text)}`} — ${mdEscape(s.cue)}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

export function pageJson(analysis: Analysis, url: string, title: string): string {
  return JSON.stringify({ url: pageKey(url), ...analysis, title: title || analysis.title }, null, 2);
}

/** A CSV cell: quoted, with a leading apostrophe against spreadsheet formulas. */
export function csvCell(value: string | number): string {
  let s = String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return `"${s.replace(/"/g, '""')}"`;
}

export function pageCsv(analysis: Analysis, url: string): string {
  const rows = [['url', 'actor', 'kind', 'role', 'actor_stance', 'statement_stance', 'form', 'cue', 'statement']];
  const safe = pageKey(url) ?? '';
  for (const s of analysis.statements) {
    const a = analysis.actors[s.actor];
    rows.push([safe, a?.name ?? s.speaker, a?.kind ?? '', a?.role ?? '', a?.stance ?? '', s.stance, s.form, s.cue, s.text]);
  }
  return rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

export const EXPORT_FORMAT = 'whosaid-history';
/** The file's own version: a reader refuses files newer than it knows. */
export const EXPORT_VERSION = 1;

export function historyJson(records: readonly ArticleRecord[], now: number): string {
  return JSON.stringify({ format: EXPORT_FORMAT, version: EXPORT_VERSION, exported: new Date(now).toISOString(), articles: records }, null, 1);
}
