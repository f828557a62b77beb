// What the history feature needs from the page: the links next to each statement
// (e.g. the report an article cites) and the page's own publication date.
import type { PageLink } from '../history/types';
import type { PageResult } from './pipeline';

const PER_STATEMENT = 5;
const TOTAL = 80;

/** <a href> elements inside each statement's block; only http(s) targets, never this page itself. */
export function statementLinks(result: PageResult, doc: Document = document): PageLink[] {
  const out: PageLink[] = [];
  const here = doc.location?.href.split('#')[0] ?? '';
  const byBlock = new Map<number, { text: string; href: string }[]>();
  const inBlock = (block: number) => {
    let list = byBlock.get(block);
    if (list) return list;
    list = [];
    const seen = new Set<Element>();
    for (const piece of result.article.pieces[block] ?? []) {
      const a = piece.node.parentElement?.closest<HTMLAnchorElement>('a[href]');
      if (!a || seen.has(a)) continue;
      seen.add(a);
      // Resolved by the page's own URL rules; the background checks every link again (and drops
      // credentials) before keeping it.
      const href = a.href;
      if (!/^https?:\/\/./i.test(href) || href.split('#')[0] === here) continue;
      const text = (a.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 200);
      list.push({ text: text || href, href });
    }
    byBlock.set(block, list);
    return list;
  };
  for (const s of result.analysis.statements) {
    for (const link of inBlock(s.content.block).slice(0, PER_STATEMENT)) {
      if (out.length >= TOTAL) return out;
      out.push({ statement: s.id, ...link });
    }
  }
  return out;
}

/** The publication date the page declares, as ISO-like text, or "". */
export function publishedDate(doc: Document = document): string {
  const meta = doc.querySelector<HTMLMetaElement>(
    'meta[property="article:published_time"], meta[name="article:published_time"], meta[itemprop="datePublished"], meta[name="date"], meta[name="pubdate"], meta[name="dc.date"]',
  );
  const time = doc.querySelector('article time[datetime], time[datetime]');
  const raw = meta?.content || time?.getAttribute('datetime') || '';
  return /^\d{4}-\d{2}-\d{2}/.test(raw.trim()) ? raw.trim().slice(0, 40) : '';
}
