// The headline: the page's <h1> when one matches what the page says its title is, else
// the social-card or document title with the site name cut off.
import { collapseWhitespace } from './text-builder';
import { metaTags, type MetaKey } from './meta-tags';
import type { RawBlock } from './walk';

const SEPARATOR = /\s+[|\-–—·•»:]\s+/;

/**
 * What separates words in a title: white space and punctuation (ASCII, Latin-1, general).
 * Written out rather than as a pattern, which Firefox would compile again on every page.
 */
export function isTitleSeparator(c: number): boolean {
  if (c < 0x80) return (c >= 9 && c <= 13) || (c >= 0x20 && c <= 0x2f) || (c >= 0x3a && c <= 0x40) || (c >= 0x5b && c <= 0x60) || (c >= 0x7b && c <= 0x7e);
  return (c >= 0xa0 && c <= 0xbf) || c === 0x1680 || (c >= 0x2000 && c <= 0x206f) || c === 0x3000 || c === 0xfeff;
}

/** The lower-cased words of a title. */
export function titleWords(s: string): string[] {
  const lower = s.toLowerCase();
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    const separator = i === lower.length || isTitleSeparator(lower.charCodeAt(i));
    if (!separator && start < 0) start = i;
    else if (separator && start >= 0) {
      out.push(lower.slice(start, i));
      start = -1;
    }
  }
  return out;
}

function overlap(a: string, b: string): number {
  const wa = new Set(titleWords(a));
  const wb = new Set(titleWords(b));
  if (!wa.size || !wb.size) return 0;
  let n = 0;
  for (const w of wa) if (wb.has(w)) n++;
  return n / Math.max(wa.size, wb.size);
}

/** Where a page gives its headline for social cards, in order of trust. */
const TITLE_TAGS: readonly MetaKey[] = [['property', 'og:title'], ['name', 'twitter:title'], ['property', 'twitter:title']];

/** The first of TITLE_TAGS with some content, as a reader sees it. */
function socialTitle(doc: Document): string {
  try {
    for (const el of metaTags(doc, TITLE_TAGS)) {
      const content = collapseWhitespace(el?.getAttribute('content') ?? '');
      if (content) return content;
    }
  } catch {
    // A document without meta tags to offer.
  }
  return '';
}

/** "Headline text - Site Name" → "Headline text": drop the shortest end segment when the rest is a real headline. */
export function cleanTitle(raw: string): string {
  const t = collapseWhitespace(raw);
  const parts = t.split(SEPARATOR);
  if (parts.length < 2) return t;
  const first = parts[0] as string;
  const last = parts[parts.length - 1] as string;
  // Site names usually come last, sometimes first; keep the side that reads like a headline.
  const withoutLast = t.slice(0, t.length - last.length).replace(/\s+[|\-–—·•»:]\s*$/, '');
  const withoutFirst = t.slice(first.length).replace(/^\s*[|\-–—·•»:]\s+/, '');
  if (titleWords(withoutLast).length >= 3 && titleWords(last).length <= 5) return withoutLast;
  if (titleWords(withoutFirst).length >= 3 && titleWords(first).length <= 3) return withoutFirst;
  return t;
}

export function metaTitle(doc: Document): string {
  const og = socialTitle(doc);
  let docTitle = '';
  try {
    docTitle = doc.title ?? '';
  } catch {
    docTitle = '';
  }
  return cleanTitle(og || docTitle);
}

/**
 * Picks the headline block among the page's h1 blocks: the one closest in words to the
 * meta title, else the first one inside the body, else the first one before it.
 */
export function pickTitleBlock(h1s: RawBlock[], meta: string, inBody: (b: RawBlock) => boolean, bodyStart: number): RawBlock | null {
  // A short, fully linked <h1> is usually the site's logo.
  const usable = h1s.filter((b) => b.text.length >= 20 || (b.text.length >= 3 && b.linkLen < b.chars * 0.9));
  if (!usable.length) return null;
  if (meta) {
    let best: RawBlock | null = null;
    let bestScore = 0;
    for (const b of usable) {
      const s = overlap(b.text, meta);
      if (s > bestScore) {
        best = b;
        bestScore = s;
      }
    }
    if (best && bestScore >= 0.4) return best;
  }
  const inside = usable.find(inBody);
  if (inside) return inside;
  const before = usable.filter((b) => b.anchor.pre < bodyStart);
  const last = before[before.length - 1];
  if (last && titleWords(last.text).length >= 3) return last;
  return null;
}
