// From an analysis to the record kept on the device, retention, and earlier appearances.
import type { Analysis, Stance } from '../engine/types';
import { nameInfo, namedSource, sameActor, type NameInfo } from './names';
import type { Appearance, ArticleRecord, HistorySettings, RecordedActor } from './types';
import { plainClip } from './plain-text';
import { pageKey, siteOf } from './url';

/** Statements kept per actor per article. */
export const STATEMENTS_PER_ACTOR = 3;
const MAX_STATEMENT_CHARS = 400;
const DAY = 24 * 60 * 60 * 1000;

/** Longest text kept per field; the importer holds files to the same bounds. */
export const LIMITS = { name: 120, aliases: 8, alias: 120, role: 160, statement: MAX_STATEMENT_CHARS, cue: 60, title: 300, published: 40, actors: 200 } as const;
const clip = plainClip;

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
    const name = clip(actor.name, LIMITS.name);
    if (!namedSource(name, actor.kind)) continue;
    // A description the page used for a named source ("his spokesman") is no name of theirs.
    const aliases = actor.aliases.filter((a) => namedSource(a, actor.kind)).slice(0, LIMITS.aliases).map((a) => clip(a, LIMITS.alias));
    const statements = actor.statements
      .map((id) => analysis.statements.find((s) => s.id === id))
      .filter((s) => !!s)
      .slice(0, STATEMENTS_PER_ACTOR)
      .map((s) => ({ text: clip(s.text, LIMITS.statement), stance: s.stance, cue: clip(s.cue, LIMITS.cue), form: s.form }))
      .filter((s) => s.text);
    if (statements.length === 0) continue;
    // Keys from the stored forms, so that an import of this record computes the same ones.
    const info = nameInfo(name, aliases, actor.kind);
    if (info.keys.length === 0) continue;
    actors.push({
      name,
      aliases,
      kind: actor.kind,
      role: clip(actor.role, LIMITS.role),
      stance: actor.stance,
      keys: info.keys,
      statements,
    });
  }
  if (actors.length === 0) return null;
  const kept = actors.slice(0, LIMITS.actors);
  return {
    url,
    title: clip(page.title || analysis.title || '', LIMITS.title) || clip(url, LIMITS.title),
    site: siteOf(url),
    visited: now,
    published: clip(page.published ?? '', LIMITS.published),
    actors: kept,
    actorKeys: [...new Set(kept.flatMap((a) => a.keys))],
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
