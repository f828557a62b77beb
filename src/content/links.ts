// What the history feature needs from the page: the links next to each statement
// (e.g. the report an article cites) and the page's own publication date.
import type { PageLink } from '../history/types';
import type { PageResult } from './pipeline';
import { firstMetaTag, type MetaKey } from '../page/meta-tags';

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

/** Where a page declares when it was published (meta tags first, in document order). */
const PUBLISHED_TAGS: readonly MetaKey[] = [
  ['property', 'article:published_time'], ['name', 'article:published_time'], ['itemprop', 'datePublished'],
  ['name', 'date'], ['name', 'pubdate'], ['name', 'dc.date'],
];

/** The first <time datetime> of the page, from the document's own list of time elements (no selector scan). */
function firstDatetime(doc: Document): string | null {
  const times = doc.getElementsByTagName('time');
  for (let i = 0; i < times.length; i++) {
    const value = (times[i] as Element).getAttribute('datetime');
    if (value !== null) return value;
  }
  return null;
}

/** The publication date the page declares, as ISO-like text, or "". */
export function publishedDate(doc: Document = document): string {
  const meta = firstMetaTag(doc, PUBLISHED_TAGS);
  const raw = meta?.getAttribute('content') || firstDatetime(doc) || '';
  return /^\d{4}-\d{2}-\d{2}/.test(raw.trim()) ? raw.trim().slice(0, 40) : '';
}
