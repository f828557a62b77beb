// From an analysis to the record kept on the device, retention, and earlier appearances.
import type { Analysis, Stance } from '../engine/types';
import { nameInfo, rememberable, sameActor, type NameInfo } from './names';
import type { Appearance, ArticleRecord, HistorySettings, RecordedActor } from './types';
import { pageKey, siteOf } from './url';

/** Statements kept per actor per article. */
export const STATEMENTS_PER_ACTOR = 3;
const MAX_STATEMENT_CHARS = 400;
const DAY = 24 * 60 * 60 * 1000;

function clip(text: string, max: number): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length > max ? `${t.slice(0, max - 1)}…` : t;
}

/** The record for an analysed page, or null when there is nothing worth keeping. */
export function buildRecord(
  analysis: Analysis,
  page: { url: string; title: string; published?: string },
  now: number,
): ArticleRecord | null {
  const url = pageKey(page.url);
  if (!url) return null;
  const actors: RecordedActor[] = [];
  for (const actor of analysis.actors) {
    if (!rememberable(actor.name, actor.kind)) continue;
    const statements = actor.statements
      .map((id) => analysis.statements.find((s) => s.id === id))
      .filter((s) => !!s)
      .slice(0, STATEMENTS_PER_ACTOR)
      .map((s) => ({ text: clip(s.text, MAX_STATEMENT_CHARS), stance: s.stance, cue: clip(s.cue, 60), form: s.form }));
    if (statements.length === 0) continue;
    const info = nameInfo(actor.name, actor.aliases, actor.kind);
    if (info.keys.length === 0) continue;
    actors.push({
      name: clip(actor.name, 120),
      aliases: actor.aliases.slice(0, 8).map((a) => clip(a, 120)),
      kind: actor.kind,
      role: clip(actor.role, 160),
      stance: actor.stance,
      keys: info.keys,
      statements,
    });
  }
  if (actors.length === 0) return null;
  return {
    url,
    title: clip(page.title || analysis.title || url, 300),
    site: siteOf(url),
    visited: now,
    published: clip(page.published ?? '', 40),
    actors,
    actorKeys: [...new Set(actors.flatMap((a) => a.keys))],
  };
}

export function infoOf(actor: { name: string; aliases: readonly string[]; kind: RecordedActor['kind'] }): NameInfo {
  return nameInfo(actor.name, actor.aliases, actor.kind);
}

/** The actor in `record` who is the same source as `who`, if any. */
export function findActor(record: ArticleRecord, who: NameInfo): RecordedActor | null {
  return record.actors.find((a) => sameActor(infoOf(a), who)) ?? null;
}

/** Earlier appearances of `who` in `records`, newest first, leaving out `exceptUrl`. */
export function appearances(records: readonly ArticleRecord[], who: NameInfo, exceptUrl: string | null): Appearance[] {
  const out: Appearance[] = [];
  for (const r of records) {
    if (r.url === exceptUrl) continue;
    const a = findActor(r, who);
    if (!a) continue;
    out.push({
      url: r.url,
      title: r.title,
      site: r.site,
      visited: r.visited,
      published: r.published,
      name: a.name,
      role: a.role,
      stance: a.stance,
      statements: a.statements,
    });
  }
  return out.sort((x, y) => y.visited - x.visited);
}

const PAST: Record<Stance, string> = {
  denies: 'denied',
  confirms: 'confirmed',
  declines: 'declined',
  asserts: 'asserted',
};

function times(n: number): string {
  return n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`;
}

/** "3 earlier articles: declined twice, asserted once". */
export function summarise(list: readonly Appearance[]): string {
  if (list.length === 0) return '';
  const counts = new Map<Stance, number>();
  for (const a of list) counts.set(a.stance, (counts.get(a.stance) ?? 0) + 1);
  const parts = [...counts.entries()].sort((a, b) => b[1] - a[1]).map(([s, n]) => `${PAST[s]} ${times(n)}`);
  return `${list.length} earlier ${list.length === 1 ? 'article' : 'articles'}: ${parts.join(', ')}`;
}

/** URLs to delete so that `records` fit the settings: too old first, then the oldest beyond the cap. */
export function toPrune(
  records: readonly Pick<ArticleRecord, 'url' | 'visited'>[],
  settings: Pick<HistorySettings, 'maxArticles' | 'maxDays'>,
  now: number,
): string[] {
  const cutoff = now - settings.maxDays * DAY;
  const sorted = [...records].sort((a, b) => b.visited - a.visited);
  const out: string[] = [];
  sorted.forEach((r, i) => {
    if (r.visited < cutoff || i >= settings.maxArticles) out.push(r.url);
  });
  return out;
}
