// News-search links for an actor: a short query from the actor, the headline's salient
// words and the most quoted other name. Built only from the page's text; nothing is fetched.
import { normaliseName } from './names';

const STOP = new Set(
  (
    'a an and are as at be been being but by can could did do does for from had has have he her his how i if in into is it its ' +
    'may might more most new no not of on or our over says said say says she should so than that the their them then there these ' +
    'they this those to under up us was we were what when where which while who whom why will with would you your after before ' +
    'about against amid among again also any just now out off only own same some such too very via vs yet live update updates ' +
    'latest news report reports reported exclusive analysis opinion video watch breaking week day year today ' +
    'declines decline declined denies deny denied confirms confirm confirmed comment comments rejects reject rejected warns warn ' +
    'urges urge claims claim claimed insists insist says tells told calls called refuses refused dismisses dismissed admits admitted'
  ).split(' '),
);

function tokens(text: string): string[] {
  return text
    .replace(/[’']s\b/g, '')
    .split(/[^\p{L}\p{N}-]+/u)
    .map((w) => w.replace(/^-+|-+$/g, ''))
    .filter(Boolean);
}

/** Up to `max` salient headline words: names (capitalised) first, then the longest words; headline order kept. */
export function headlineKeywords(title: string, exclude: readonly string[] = [], max = 4): string[] {
  const skip = new Set(exclude.flatMap((e) => normaliseName(e).split(' ')).filter(Boolean));
  const seen = new Set<string>();
  const cands: { word: string; score: number; at: number }[] = [];
  tokens(title).forEach((w, i) => {
    const lower = normaliseName(w);
    if (!lower || lower.length < 3 || STOP.has(lower) || skip.has(lower) || seen.has(lower) || /^\d+$/.test(lower)) return;
    seen.add(lower);
    const capital = i > 0 && /^\p{Lu}/u.test(w);
    cands.push({ word: w, score: (capital ? 100 : 0) + Math.min(lower.length, 12), at: i });
  });
  return cands
    .sort((a, b) => b.score - a.score || a.at - b.at)
    .slice(0, max)
    .sort((a, b) => a.at - b.at)
    .map((c) => c.word);
}

/** The search query: "Actor Name" plus a few topic words (and one other salient name). */
export function buildQuery(actorName: string, title: string, otherNames: readonly string[] = []): string {
  const name = actorName.replace(/["\s]+/g, ' ').trim();
  const other = otherNames.find((n) => n && normaliseName(n) !== normaliseName(name) && !normaliseName(name).includes(normaliseName(n)));
  const words = headlineKeywords(title, [name, ...(other ? [other] : [])], other ? 3 : 4);
  const parts = [`"${name}"`, ...words];
  if (other) parts.push(other.includes(' ') ? `"${other.replace(/"/g, '')}"` : other);
  return parts.join(' ').slice(0, 200);
}

export interface SearchLink {
  service: string;
  href: string;
}

/** The same query on several news-search services; every URL built with URL + URLSearchParams. */
export function searchLinks(query: string): SearchLink[] {
  const make = (base: string, params: Record<string, string>): string => {
    const url = new URL(base);
    url.search = new URLSearchParams(params).toString();
    return url.href;
  };
  return [
    { service: 'Google News', href: make('https://news.google.com/search', { q: query }) },
    { service: 'Bing News', href: make('https://www.bing.com/news/search', { q: query }) },
    { service: 'DuckDuckGo News', href: make('https://duckduckgo.com/', { q: query, iar: 'news', ia: 'news' }) },
    {
      service: 'GDELT',
      href: make('https://api.gdeltproject.org/api/v2/doc/doc', { query, mode: 'artlist', format: 'html', sort: 'datedesc' }),
    },
  ];
}
