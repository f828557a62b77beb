// Which elements a reader never sees, and which look like page furniture rather than
// article. Decided from markup alone: the CLI's DOM has no layout or computed style.

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

/**
 * Class tokens that hide an element from sighted readers (CSS frameworks' conventions). One
 * pattern over the whole class attribute: no split, no array, for every element with a class.
 */
const HIDDEN_CLASS = /(?:^|\s)(?:hidden|hide|is-hidden|u-hidden|sr-only|visually-?hidden|screen-?reader-(?:text|only)|a11y-hidden|off-?screen|(?:element-)?invisible|sr-text|assistive-text)(?=\s|$)/i;

const HIDDEN_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i;

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

export const NO_ATTRS: Attrs = {
  cls: '', id: '', role: '', style: '', itemprop: '', ariaHidden: '', hidden: null, href: null, editable: null,
};

/** Attribute name to field. */
const FIELDS = new Map<string, keyof Attrs>([
  ['class', 'cls'], ['id', 'id'], ['role', 'role'], ['style', 'style'], ['itemprop', 'itemprop'],
  ['aria-hidden', 'ariaHidden'], ['hidden', 'hidden'], ['href', 'href'], ['contenteditable', 'editable'],
]);

export function readAttrs(el: Element): Attrs {
  // Most elements carry no attributes at all.
  if (!el.hasAttributes()) return NO_ATTRS;
  let attrs: Attrs | null = null;
  for (const name of el.getAttributeNames()) {
    const field = FIELDS.get(name.toLowerCase());
    if (!field) continue;
    attrs ??= { ...NO_ATTRS };
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
  if (a.style && HIDDEN_STYLE.test(a.style)) return true;
  if (a.editable !== null && a.editable !== 'false') return true;
  const role = a.role;
  if (role && role !== 'main' && role !== 'article' && FURNITURE_ROLES.has(role.toLowerCase())) return true;
  return HIDDEN_CLASS.test(a.cls);
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
const FURNITURE_STEMS = /promo|related|newsletter|sponsor|advert|outbrain|taboola|recirc|recommend|mostread|mostpopular|breadcrumb|cookie|paywall|subscribe/;

/** Words that mark the article itself; readability's positive signal. */
const ARTICLE_WORDS = /article|body|content|entry|hentry|main|page|post|text|blog|story|column/i;

/** Splits "storyBody__related-links_2x" into ["story", "body", "related", "links", "2x"]. */
export function nameTokens(s: string): string[] {
  let tokens = tokenCache.get(s);
  if (!tokens) {
    tokens = s
      .replace(/([a-z])([A-Z])/g, '$1 $2')
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((t) => t.length > 0);
    // Pages repeat the same few hundred class names thousands of times.
    if (tokenCache.size > 5000) tokenCache.clear();
    tokenCache.set(s, tokens);
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
  if (a === NO_ATTRS) return false;
  if (namesFurniture(a.cls) || namesFurniture(a.id)) return true;
  const c = nameTokens(a.cls);
  const d = nameTokens(a.id);
  return c.length > 0 && d.length > 0 && tokensFurniture([c[c.length - 1]!, d[0]!]);
}

const verdicts = new Map<string, boolean>();

function namesFurniture(names: string): boolean {
  let v = verdicts.get(names);
  if (v === undefined) {
    v = tokensFurniture(nameTokens(names));
    if (verdicts.size > 5000) verdicts.clear();
    verdicts.set(names, v);
  }
  return v;
}

function tokensFurniture(toks: string[]): boolean {
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i] as string;
    if (FURNITURE_WORDS.has(t) || FURNITURE_STEMS.test(t)) return true;
    const next = toks[i + 1];
    if (t === 'more' && next && /^(on|from|in|stories|news|like|articles|coverage|headlines|videos|to)$/.test(next)) return true;
    if (t === 'most' && next && /^(read|popular|viewed|shared|watched|commented)$/.test(next)) return true;
    if ((t === 'site' || t === 'global' || t === 'page') && (next === 'header' || next === 'footer')) return true;
  }
  return false;
}

/** Readability's class weight: -25 for furniture names, +25 for article names. */
export function classWeight(tag: string, a: Attrs): number {
  let w = 0;
  if (looksLikeFurniture(tag, a)) w -= 25;
  if (ARTICLE_WORDS.test(`${a.cls} ${a.id}`)) w += 25;
  if (a.itemprop === 'articleBody') w += 25;
  return w;
}

/** Whole lines that are interface labels, not writing: ad slots, player chrome, caption toggles. */
const LABEL_LINE = new RegExp(
  '^(?:advertisement|advert|ad|sponsored|sponsored content|skip advertisement|continue reading(?: the main story)?|read more'
  + '|see more|show more|load more|topics|tags|related|related stories|related articles|more on this story|share|share this'
  + '|share this article|toggle caption|hide caption|show caption|enlarge this image|image|photo|video|audio|transcript'
  + '|play|pause|listen|watch|loading|close|menu|supported by|comments?)\\W*$', 'i');
const PLAYER_TIME = /^-?\d{1,2}:\d{2}(?::\d{2})?(?:\s*\/\s*\d{1,2}:\d{2}(?::\d{2})?)?$/;

/** Sponsorship badges: "Seascape: the state of our oceans is supported by". */
const SPONSOR_LINE = /\b(?:(?:supported|sponsored|presented|funded|paid for|brought to you) by|in partnership with):?$/i;

export function isLabelLine(text: string): boolean {
  if (text.length < 40 && (LABEL_LINE.test(text) || PLAYER_TIME.test(text))) return true;
  return text.length < 100 && SPONSOR_LINE.test(text);
}
