// Which elements a reader never sees, and which look like page furniture rather than
// article. Decided from markup alone: the CLI's DOM has no layout or computed style.

/**
 * ASCII letter, digit or "_". Its own copy, not the engine's: the page reader runs in the
 * content script, which imports no engine module (the engine runs in the background).
 */
const isAsciiWordCode = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;

/** Elements whose content is never article text. */
const NEVER_TEXT = new Set([
  'script', 'style', 'noscript', 'template', 'head', 'title', 'meta', 'link', 'base',
  'svg', 'math', 'canvas', 'video', 'audio', 'object', 'embed', 'map', 'picture', 'img',
  'input', 'textarea', 'select', 'option', 'optgroup', 'datalist', 'button', 'output', 'progress', 'meter',
  'nav', 'menu', 'dialog',
]);

/** Landmark roles that mark site furniture (headers, menus, sidebars, popups). */
const FURNITURE_ROLES = new Set([
  'navigation', 'banner', 'contentinfo', 'complementary', 'search', 'menu', 'menubar',
  'dialog', 'alertdialog', 'toolbar', 'tablist', 'tab', 'button',
]);

/** Class names that hide an element from sighted readers (CSS frameworks' conventions), lower case. */
const HIDDEN_CLASSES = new Set([
  'hidden', 'hide', 'is-hidden', 'u-hidden', 'sr-only', 'visually-hidden', 'visuallyhidden', 'screen-reader-text',
  'screenreader-text', 'screen-reader-only', 'screenreader-only', 'a11y-hidden', 'off-screen', 'offscreen', 'invisible',
  'element-invisible', 'sr-text', 'assistive-text',
]);

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/;

/**
 * `judge(key)`, remembered per key: pages repeat the same few hundred class names and ids on
 * thousands of elements. A page with endless distinct names only ever holds 5,000 of them.
 */
export function remembered<T>(cache: Map<string, T>, key: string, judge: (key: string) => T): T {
  let v = cache.get(key);
  if (v === undefined) {
    v = judge(key);
    if (cache.size > 5000) cache.clear();
    cache.set(key, v);
  }
  return v;
}

/** Whether a class attribute names a hiding class. */
const hidingClass = (cls: string): boolean => remembered(hidingVerdicts, cls, namesHidingClass);

function namesHidingClass(cls: string): boolean {
  const lower = cls.toLowerCase();
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    // Class names are separated by ASCII white space.
    const separator = i === lower.length || lower.charCodeAt(i) <= 32;
    if (!separator && start < 0) start = i;
    else if (separator && start >= 0) {
      if (HIDDEN_CLASSES.has(lower.slice(start, i))) return true;
      start = -1;
    }
  }
  return false;
}
const hidingVerdicts = new Map<string, boolean>();

/** Inline styles that hide: the pattern runs only on the few that mention "none" or "hidden". */
function hidingStyle(style: string): boolean {
  const lower = style.toLowerCase();
  return (lower.includes('none') || lower.includes('hidden')) && HIDDEN_STYLE.test(lower);
}

/**
 * The attributes the reader judges an element by, read once per element: every DOM read is
 * a call into the page (in Firefox through a security wrapper), and one element was read up
 * to a dozen times by the separate tests below.
 */
export interface Attrs {
  cls: string;
  id: string;
  role: string;
  style: string;
  itemprop: string;
  ariaHidden: string;
  /** Present or not: null when absent. */
  hidden: string | null;
  href: string | null;
  editable: string | null;
}

const blankAttrs = (): Attrs => ({
  cls: '', id: '', role: '', style: '', itemprop: '', ariaHidden: '', hidden: null, href: null, editable: null,
});

export const NO_ATTRS: Attrs = blankAttrs();

/** Attribute name to field. */
const FIELDS = new Map<string, keyof Attrs>([
  ['class', 'cls'], ['id', 'id'], ['role', 'role'], ['style', 'style'], ['itemprop', 'itemprop'],
  ['aria-hidden', 'ariaHidden'], ['hidden', 'hidden'], ['href', 'href'], ['contenteditable', 'editable'],
]);

export function readAttrs(el: Element): Attrs {
  // Most elements carry no attributes at all.
  if (!el.hasAttributes()) return NO_ATTRS;
  let attrs: Attrs | null = null;
  const names = el.getAttributeNames();
  // An indexed loop and a fresh object, not for…of and a spread: this runs cold, once per element.
  for (let i = 0; i < names.length; i++) {
    const name = names[i]!;
    const field = FIELDS.get(name.toLowerCase());
    if (!field) continue;
    attrs ??= blankAttrs();
    attrs[field] = el.getAttribute(name) ?? '';
  }
  return attrs ?? NO_ATTRS;
}

/** True when the element and everything under it is invisible or not reading matter. */
export function isSkipped(tag: string, a: Attrs): boolean {
  if (NEVER_TEXT.has(tag)) return true;
  // The extension's own interface (cards, badges) lives in <whosaid-*> elements.
  if (tag.startsWith('whosaid-')) return true;
  if (a === NO_ATTRS) return false;
  if (a.hidden !== null || a.ariaHidden === 'true') return true;
  if (a.style && hidingStyle(a.style)) return true;
  if (a.editable !== null && a.editable !== 'false') return true;
  const role = a.role;
  if (role && role !== 'main' && role !== 'article' && FURNITURE_ROLES.has(role.toLowerCase())) return true;
  return a.cls !== '' && hidingClass(a.cls);
}

/** Words in class names and ids that mark furniture: menus, promos, comments, ads. */
const FURNITURE_WORDS = new Set([
  'nav', 'navbar', 'navigation', 'menu', 'submenu', 'subnav', 'footer', 'masthead', 'breadcrumb', 'breadcrumbs',
  'comment', 'comments', 'disqus', 'replies', 'related', 'recommended', 'recommendation', 'recommendations',
  'recirc', 'recirculation', 'promo', 'promos', 'promotion', 'share', 'sharing', 'sharebar', 'sharetools',
  'social', 'sidebar', 'rail', 'newsletter', 'newsletters', 'subscribe', 'subscription', 'signup', 'paywall',
  'ad', 'ads', 'advert', 'adverts', 'advertisement', 'advertising', 'sponsor', 'sponsored', 'dfp', 'gpt',
  'cookie', 'cookies', 'consent', 'gdpr', 'banner', 'popup', 'modal', 'overlay', 'trending', 'popular',
  'mostread', 'mostpopular', 'outbrain', 'taboola', 'toolbar', 'pagination', 'pager', 'skip', 'login',
  'tags', 'topics', 'jump', 'email', 'byline',
]);

/** Stems that mark furniture even inside compound names ("mediapromo", "relatedLinks"). */
const FURNITURE_STEMS = ['promo', 'related', 'newsletter', 'sponsor', 'advert', 'outbrain', 'taboola', 'recirc', 'recommend',
  'mostread', 'mostpopular', 'breadcrumb', 'cookie', 'paywall', 'subscribe'];

/** Words that mark the article itself, even inside names; readability's positive signal. */
const ARTICLE_STEMS = ['article', 'body', 'content', 'entry', 'hentry', 'main', 'page', 'post', 'text', 'blog', 'story', 'column'];

function containsOneOf(s: string, stems: readonly string[]): boolean {
  for (let i = 0; i < stems.length; i++) if (s.includes(stems[i]!)) return true;
  return false;
}

const isLowerAscii = (c: number): boolean => c >= 97 && c <= 122;
const isUpperAscii = (c: number): boolean => c >= 65 && c <= 90;
const isDigitAscii = (c: number): boolean => c >= 48 && c <= 57;

/** Splits "storyBody__related-links_2x" into ["story", "body", "related", "links", "2x"]. */
export function nameTokens(s: string): string[] {
  return remembered(tokenCache, s, splitName);
}

function splitName(s: string): string[] {
  const tokens: string[] = [];
  let start = -1;
  for (let i = 0; i <= s.length; i++) {
    const c = i < s.length ? s.charCodeAt(i) : 0;
    const inName = isLowerAscii(c) || isUpperAscii(c) || isDigitAscii(c);
    // A capital after a small letter starts a word of its own: "storyBody".
    const camel = isUpperAscii(c) && i > 0 && isLowerAscii(s.charCodeAt(i - 1));
    if (start >= 0 && (!inName || camel)) {
      tokens.push(s.slice(start, i).toLowerCase());
      start = -1;
    }
    if (inName && start < 0) start = i;
  }
  return tokens;
}
const tokenCache = new Map<string, string[]>();

/**
 * Furniture judged from the tag and the class and id words ("most read" counts as one word).
 * The class and the id are judged apart, each once per page (pages repeat the same class names
 * on hundreds of elements, and an id would make every pair new), plus the one pair of words
 * that meets across them.
 */
export function looksLikeFurniture(tag: string, a: Attrs): boolean {
  if (tag === 'aside' || tag === 'footer' || tag === 'form') return true;
  const { cls, id } = a;
  // Most elements carry a class or nothing: each empty name is one lookup saved.
  if (id === '') return cls !== '' && namesFurniture(cls);
  if (namesFurniture(id) || (cls !== '' && namesFurniture(cls))) return true;
  if (cls === '') return false;
  const c = nameTokens(a.cls);
  const d = nameTokens(a.id);
  return c.length > 0 && d.length > 0 && tokensFurniture([c[c.length - 1]!, d[0]!]);
}

const verdicts = new Map<string, boolean>();

const namesFurniture = (names: string): boolean => remembered(verdicts, names, judgeNames);

// A stem inside one of the words is inside the whole name too: most names have none.
const judgeNames = (names: string): boolean => tokensFurniture(nameTokens(names), containsOneOf(names.toLowerCase(), FURNITURE_STEMS));

/** "more on …", "most read": furniture in two words. */
const AFTER_MORE = new Set(['on', 'from', 'in', 'stories', 'news', 'like', 'articles', 'coverage', 'headlines', 'videos', 'to']);
const AFTER_MOST = new Set(['read', 'popular', 'viewed', 'shared', 'watched', 'commented']);

function tokensFurniture(toks: string[], stemsPossible = true): boolean {
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as string;
    if (FURNITURE_WORDS.has(t) || (stemsPossible && containsOneOf(t, FURNITURE_STEMS))) return true;
    const next = toks[i + 1];
    if (t === 'more' && next && AFTER_MORE.has(next)) return true;
    if (t === 'most' && next && AFTER_MOST.has(next)) return true;
    if ((t === 'site' || t === 'global' || t === 'page') && (next === 'header' || next === 'footer')) return true;
  }
  return false;
}

/** Readability's class weight: -25 for furniture names, +25 for article names. */
export function classWeight(tag: string, a: Attrs): number {
  let w = 0;
  if (looksLikeFurniture(tag, a)) w -= 25;
  if (containsOneOf(`${a.cls} ${a.id}`.toLowerCase(), ARTICLE_STEMS)) w += 25;
  if (a.itemprop === 'articleBody') w += 25;
  return w;
}

/** Whole lines that are interface labels, not writing (lower case, trailing punctuation aside): ad slots, player chrome, caption toggles. */
const LABEL_LINES = new Set([
  'advertisement', 'advert', 'ad', 'sponsored', 'sponsored content', 'skip advertisement', 'continue reading',
  'continue reading the main story', 'read more', 'see more', 'show more', 'load more', 'topics', 'tags', 'related',
  'related stories', 'related articles', 'more on this story', 'share', 'share this', 'share this article',
  'toggle caption', 'hide caption', 'show caption', 'enlarge this image', 'image', 'photo', 'video', 'audio', 'transcript',
  'play', 'pause', 'listen', 'watch', 'loading', 'close', 'menu', 'supported by', 'comment', 'comments',
]);
const PLAYER_TIME = /^-?\d{1,2}:\d{2}(?::\d{2})?(?:\s*\/\s*\d{1,2}:\d{2}(?::\d{2})?)?$/;

/** Sponsorship badges: "Seascape: the state of our oceans is supported by". */
const SPONSOR_LINE = /\b(?:(?:supported|sponsored|presented|funded|paid for|brought to you) by|in partnership with):?$/;

/** The text without its trailing non-word characters (what \W matches). */
function withoutTrailingPunctuation(s: string): string {
  let end = s.length;
  while (end > 0) {
    if (isAsciiWordCode(s.charCodeAt(end - 1))) break;
    end--;
  }
  return s.slice(0, end);
}

export function isLabelLine(text: string): boolean {
  if (text.length >= 100) return false;
  const lower = text.toLowerCase();
  const end = withoutTrailingPunctuation(lower);
  if (text.length < 40 && (LABEL_LINES.has(end) || (text.includes(':') && PLAYER_TIME.test(text)))) return true;
  return (end.endsWith(' by') || end.endsWith(' with')) && SPONSOR_LINE.test(lower);
}
