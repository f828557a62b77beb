// Exports: the page's actors and statements as Markdown, JSON and CSV; the whole history
// as JSON and its import (validated field by field, URLs re-checked).
import type { Analysis, Form, Stance } from '../engine/types';
import { statementShown } from '../shared/statement-text';
import { nameInfo } from './names';
import type { ArticleRecord, RecordedActor, RecordedStatement } from './types';
import { pageKey, siteOf } from './url';

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

export function historyJson(records: readonly ArticleRecord[], now: number): string {
  return JSON.stringify({ format: EXPORT_FORMAT, version: 1, exported: new Date(now).toISOString(), articles: records }, null, 1);
}

const STANCES = new Set<Stance>(['denies', 'confirms', 'declines', 'asserts']);
const FORMS = new Set<Form>(['direct', 'indirect', 'mixed']);
const KINDS = new Set(['person', 'organization', 'group', 'anonymous']);
const str = (v: unknown, max: number): string => (typeof v === 'string' ? v.slice(0, max) : '');

function statement(v: unknown): RecordedStatement | null {
  if (typeof v !== 'object' || v === null) return null;
  const o = v as Record<string, unknown>;
  const text = str(o.text, 400);
  if (!text || !STANCES.has(o.stance as Stance)) return null;
  const form = FORMS.has(o.form as Form) ? { form: o.form as Form } : {};
  return { text, stance: o.stance as Stance, cue: str(o.cue, 60), ...form };
}

function actor(v: unknown): RecordedActor | null {
  if (typeof v !== 'object' || v === null) return null;
  const o = v as Record<string, unknown>;
  const name = str(o.name, 120);
  if (!name || !KINDS.has(o.kind as string) || !STANCES.has(o.stance as Stance)) return null;
  const kind = o.kind as RecordedActor['kind'];
  const aliases = (Array.isArray(o.aliases) ? o.aliases : []).map((a) => str(a, 120)).filter(Boolean).slice(0, 8);
  const statements = (Array.isArray(o.statements) ? o.statements : []).map(statement).filter((s) => !!s).slice(0, 3);
  if (statements.length === 0) return null;
  // Keys are recomputed, never trusted from the file.
  return { name, aliases, kind, role: str(o.role, 160), stance: o.stance as Stance, keys: nameInfo(name, aliases, kind).keys, statements };
}

/** The valid articles in an exported history file, and how many entries were skipped. */
export function parseHistory(data: unknown): { articles: ArticleRecord[]; skipped: number } {
  const o = (typeof data === 'object' && data !== null ? data : {}) as Record<string, unknown>;
  if (o.format !== EXPORT_FORMAT || !Array.isArray(o.articles)) throw new Error('Not a WhoSaid history file.');
  const articles: ArticleRecord[] = [];
  let skipped = 0;
  for (const v of o.articles as unknown[]) {
    const a = (typeof v === 'object' && v !== null ? v : {}) as Record<string, unknown>;
    const url = pageKey(str(a.url, 4096));
    const visited = typeof a.visited === 'number' && Number.isFinite(a.visited) ? a.visited : NaN;
    const actors = (Array.isArray(a.actors) ? a.actors : []).map(actor).filter((x) => !!x).slice(0, 200);
    if (!url || Number.isNaN(visited) || actors.length === 0) {
      skipped++;
      continue;
    }
    articles.push({
      url,
      title: str(a.title, 300) || url,
      site: siteOf(url),
      visited,
      published: str(a.published, 40),
      actors,
      actorKeys: [...new Set(actors.flatMap((x) => x.keys))],
    });
  }
  return { articles, skipped };
}
