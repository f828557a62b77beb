// The page reader: finds the article on a page and returns its text as engine blocks,
// each mapped back to the DOM text nodes it came from. Shared by the content script
// (live DOM) and the CLI (linkedom), so it uses plain DOM calls and no layout.
import type { TextBlock } from '../engine/types';
import { contains, findBody, linkDensity } from './find-body';
import { isLabelLine } from './filters';
import { metaTitle, pickTitleBlock } from './title';
import { walkInSteps, type ElInfo, type RawBlock } from './walk';

/** Block characters [blockStart, blockStart+length) are node.data[nodeStart, nodeStart+length). */
export interface TextPiece {
  node: Text;
  blockStart: number;
  nodeStart: number;
  length: number;
}

/**
 * blocks[i] is mapped back to the page by pieces[i]. Pieces cover every block character
 * except the spaces the reader inserted for <br> line breaks; a title taken from the
 * page's metadata has no pieces at all.
 */
export interface ArticleText {
  title: string;
  blocks: TextBlock[];
  pieces: TextPiece[][];
  hasArticle: boolean;
}

/** Body prose a page needs before it counts as an article rather than an index or a form. */
const MIN_ARTICLE_CHARS = 280;
/** How far before the body the reader looks for a standfirst under the headline. */
const MAX_LEAD_BLOCKS = 20;

export function emptyArticle(title = ''): ArticleText {
  return { title, blocks: [], pieces: [], hasArticle: false };
}

export function readArticle(doc: Document, options?: { root?: Element }): ArticleText {
  const steps = readArticleInSteps(doc, options);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/** The same reading as a generator that pauses every few thousand nodes (see walkInSteps). */
export function* readArticleInSteps(doc: Document, options?: { root?: Element }): Generator<void, ArticleText> {
  try {
    return yield* read(doc, options?.root);
  } catch {
    return emptyArticle();
  }
}

function commonAncestor(a: ElInfo, b: ElInfo): ElInfo {
  let x: ElInfo | null = a;
  let y: ElInfo | null = b;
  while (x && y && x.depth > y.depth) x = x.parent;
  while (x && y && y.depth > x.depth) y = y.parent;
  while (x && y && x !== y) {
    x = x.parent;
    y = y.parent;
  }
  return x ?? a;
}

/** The subtree among `roots` (disjoint, in document order) that holds `info`; binary search. */
function enclosing(roots: ElInfo[], info: ElInfo): ElInfo | undefined {
  let lo = 0;
  let hi = roots.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = roots[mid] as ElInfo;
    if (info.pre < r.pre) hi = mid - 1;
    else if (info.pre > r.end) lo = mid + 1;
    else return r;
  }
  return undefined;
}

/** The body, unless it is empty and the content hangs elsewhere (fragments parsed by linkedom). */
function startElement(doc: Document): Element | null {
  const body = doc.body;
  if (body && body.firstChild) return body;
  return doc.documentElement ?? body;
}

/** Share of the page's paragraphs an article element must hold to be read on its own. */
const NARROW_SHARE = 0.8;
const NARROW_MIN_PARAGRAPHS = 4;

/**
 * The part of the page worth walking. Most of a news page is navigation, promotions and
 * scripts; when one article element holds nearly all of the page's paragraphs, the walk
 * (and its scoring) can start there, widened to take in the headline if that sits outside.
 * The counts come from the DOM's own indexes, without a walk.
 */
function narrowStart(doc: Document, whole: Element): Element {
  const total = whole.getElementsByTagName('p').length;
  if (total < NARROW_MIN_PARAGRAPHS) return whole;
  const found = whole.querySelectorAll('article, [itemprop="articleBody"], main, [role="main"]');
  if (found.length === 0) return whole;
  let best: Element | null = null;
  let bestCount = 0;
  for (const el of Array.from(found)) {
    const n = el.getElementsByTagName('p').length;
    // The innermost element that still holds the paragraphs: containers come first in document order.
    if (n >= total * NARROW_SHARE && (best === null || n >= bestCount * NARROW_SHARE)) {
      best = el;
      bestCount = n;
    }
  }
  if (!best) return whole;
  // The headline to take in: the article's own <h1> when it has one; a page may repeat the
  // headline (or put its logo in an <h1>) in a header far above it.
  const h1 = best.querySelector('h1') ?? doc.querySelector('h1');
  let start: Element = best;
  while (h1 && start !== whole && !start.contains(h1) && start.parentElement) start = start.parentElement;
  return start;
}

function* read(doc: Document, root: Element | undefined): Generator<void, ArticleText> {
  const whole = root ?? startElement(doc);
  const start = root || !whole ? whole : narrowStart(doc, whole);
  const meta = root ? '' : metaTitle(doc);
  if (!start) return emptyArticle(meta);
  const { top, blocks, elements } = yield* walkInSteps(start);
  yield;
  const { roots, best } = findBody(blocks, top, elements);
  yield;
  const firstRoot = roots[0] as ElInfo;
  const rootOf = (b: RawBlock): ElInfo | undefined => enclosing(roots, b.anchor);

  const linkHeavy = (b: RawBlock): boolean => b.linkLen > b.chars * 0.6 || isLabelLine(b.text);
  // Furniture inside the body (share bars, related links, comments) is dropped, unless
  // the "furniture" holds most of the body: then the name misled us, not the page.
  const inBody = (b: RawBlock): boolean => {
    const r = rootOf(b);
    if (!r) return false;
    const f = b.anchor.furnitureEl;
    if (f && f.depth > r.depth && f.textLen < r.textLen * 0.5) return false;
    return !linkHeavy(b);
  };

  // Furniture around the whole body is a misleading name, not furniture.
  const inFurniture = (b: RawBlock): boolean => {
    const f = b.anchor.furnitureEl;
    return f !== null && !contains(f, firstRoot);
  };
  const h1s = blocks.filter((b) => b.kind === 'heading' && b.headingLevel === 1 && !inFurniture(b));
  let titleBlock = pickTitleBlock(h1s, meta, (b) => rootOf(b) !== undefined, firstRoot.pre);
  // Pages without a usable <h1> often still print the headline (in bold, in a <div>).
  if (!titleBlock && meta) {
    const key = meta.toLowerCase();
    titleBlock = blocks.find((b) => b.text.length === meta.length && b.text.toLowerCase() === key && !inFurniture(b)) ?? null;
  }

  const chosen = new Set<RawBlock>();
  for (const b of blocks) if (b !== titleBlock && inBody(b)) chosen.add(b);

  // The headline and standfirst often sit in a header just before the body container.
  if (titleBlock && best && !rootOf(titleBlock) && titleBlock.anchor.pre < firstRoot.pre) {
    const lca = commonAncestor(titleBlock.anchor, firstRoot);
    let taken = 0;
    for (const b of blocks) {
      if (b.anchor.pre <= titleBlock.anchor.pre || b === titleBlock) continue;
      if (b.anchor.pre >= firstRoot.pre || taken >= MAX_LEAD_BLOCKS) break;
      const f = b.anchor.furnitureEl;
      if (f && f.depth > lca.depth) continue;
      if (linkHeavy(b)) continue;
      chosen.add(b);
      taken++;
    }
  }

  const out: ArticleText = emptyArticle();
  const push = (kind: TextBlock['kind'], text: string, pieces: RawBlock['pieces']): void => {
    out.blocks.push({ id: `b${out.blocks.length}`, kind, text });
    out.pieces.push(pieces);
  };
  if (titleBlock) {
    out.title = titleBlock.text;
    push('title', titleBlock.text, titleBlock.pieces);
  } else if (meta) {
    out.title = meta;
    push('title', meta, []);
  }
  let prose = 0;
  for (const b of blocks) {
    if (!chosen.has(b)) continue;
    push(b.kind, b.text, b.pieces);
    if ((b.kind === 'paragraph' || b.kind === 'blockquote') && b.text.length >= 40) prose += b.text.length;
  }
  // As many linked headlines as paragraphs: an index page, even when its summaries read as prose.
  const index = best !== null && best.linkHeadings >= 4 && best.linkHeadings >= best.paragraphs;
  out.hasArticle = best !== null && prose >= MIN_ARTICLE_CHARS && linkDensity(best) < 0.5 && !index;
  return out;
}
