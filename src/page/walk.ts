// One pass over the page, with an explicit stack so that very deep DOMs cannot overflow
// the call stack. It cuts the visible text into blocks (at block-level elements and line
// breaks) and totals, per element, how much text and link text lies under it: the
// figures the article finder scores with.
import type { BlockKind } from '../engine/types';
import type { TextPiece } from './read-article';
import { isSkipped, looksLikeFurniture, nameTokens, readAttrs, remembered, type Attrs } from './filters';
import { TextBuilder } from './text-builder';

export interface ElInfo {
  el: Element;
  tag: string;
  attrs: Attrs;
  parent: ElInfo | null;
  depth: number;
  /** Pre-order position; the subtree is exactly the positions [pre, end]. */
  pre: number;
  end: number;
  /** Visible non-space characters under the element, and how many of them are link text. */
  textLen: number;
  linkLen: number;
  furniture: boolean;
  /** The nearest furniture element at or above this one, if any. */
  furnitureEl: ElInfo | null;
  elementChildren: number;
  /** Prose paragraphs and linked headings under the element: many of the latter mark a list of teasers. */
  paragraphs: number;
  linkHeadings: number;
  /** Readability content score, once some paragraph has credited this element. */
  score: number;
  scored: boolean;
  /** Which context counters (link, caption, quote, list item, heading) the element raises. */
  contexts: number;
}

export interface RawBlock {
  /** The element holding the block's first text, for "is it inside X" tests. */
  anchor: ElInfo;
  /** The nearest block-level element around the block. */
  owner: ElInfo;
  kind: BlockKind;
  headingLevel: number;
  text: string;
  pieces: TextPiece[];
  /** Non-space characters, and how many of them are link text. */
  chars: number;
  linkLen: number;
}

export interface WalkResult {
  top: ElInfo;
  blocks: RawBlock[];
  elements: ElInfo[];
}

const BLOCK_TAGS = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'div',
  'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header',
  'hgroup', 'hr', 'html', 'iframe', 'legend', 'li', 'main', 'nav', 'ol', 'p', 'pre', 'section', 'summary',
  'table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'ul',
]);

/** Blocks in which a single <br> is a line break inside one paragraph, not a new paragraph
 * (table cells are left out: old table layouts put whole articles in one cell). */
const LINE_TAGS = new Set(['p', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'figcaption', 'dt', 'dd', 'caption', 'pre', 'address']);

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const CDATA_NODE = 4;

interface Frame {
  node: Node;
  exit: ElInfo | null;
}

/** Context counters: how many open elements of each kind surround the current text. */
interface Context {
  link: number;
  caption: number;
  quote: number;
  item: number;
  heading: number;
}

/** The context counters an element raises while the walk is inside it (bits below). */
const IN_LINK = 1;
const IN_CAPTION = 2;
const IN_QUOTE = 4;
const IN_ITEM = 8;
const IN_HEADING = 16;

/** Judged once per element: its exit undoes exactly what its entry did. */
function contextsOf(tag: string, a: Attrs): number {
  let c = 0;
  if (tag === 'a' && a.href !== null) c |= IN_LINK;
  if (isCaptionElement(tag, a)) c |= IN_CAPTION;
  if (tag === 'blockquote') c |= IN_QUOTE;
  if (tag === 'li' || tag === 'dd' || tag === 'dt') c |= IN_ITEM;
  if (tag.length === 2 && tag[0] === 'h' && tag[1]! >= '1' && tag[1]! <= '6') c |= IN_HEADING;
  return c;
}

function isCaptionElement(tag: string, a: Attrs): boolean {
  if (tag === 'figcaption' || tag === 'caption') return true;
  const cls = a.cls;
  if (cls === '') return false;
  return remembered(captionClasses, cls, namesCaption);
}
const namesCaption = (cls: string): boolean => nameTokens(cls).some((t) => t === 'caption' || t === 'figcaption' || t === 'imagecaption');
const captionClasses = new Map<string, boolean>();

/**
 * Pushes the children a reader sees onto the walk's stack, last first: a shadow tree (with
 * slotted light DOM) or an iframe's body, else the child nodes.
 */
function pushRenderedChildren(el: Element, tag: string, stack: Frame[]): void {
  if (tag === 'iframe') {
    try {
      const body = (el as HTMLIFrameElement).contentDocument?.body;
      if (body) stack.push({ node: body, exit: null });
    } catch {
      // Cross-origin frame: not readable, and not ours to read.
    }
    return;
  }
  if (tag === 'slot') {
    const slot = el as HTMLSlotElement;
    if (typeof slot.assignedNodes === 'function') {
      const assigned = slot.assignedNodes();
      if (assigned.length > 0) {
        for (let i = assigned.length - 1; i >= 0; i--) stack.push({ node: assigned[i] as Node, exit: null });
        return;
      }
    }
  }
  const shadow = canHostShadow(tag) ? (el as Element & { shadowRoot?: ShadowRoot | null }).shadowRoot : null;
  if (shadow) {
    // Without slot assignment (non-browser DOMs) the light children are shown after the shadow tree.
    const slot = shadow.querySelector?.('slot') as HTMLSlotElement | null;
    if (slot && typeof slot.assignedNodes !== 'function') pushChildNodes(el, stack);
    pushChildNodes(shadow, stack);
    return;
  }
  pushChildNodes(el, stack);
}

/** The elements the DOM lets carry a shadow root: custom elements and these (the DOM standard's list). */
const SHADOW_HOSTS = new Set(['article', 'aside', 'blockquote', 'body', 'div', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'main', 'nav', 'p', 'section', 'span']);

/** Whether an element of this tag may have a shadow root: a DOM read (a wrapped call in Firefox) spared on the rest. */
const canHostShadow = (tag: string): boolean => SHADOW_HOSTS.has(tag) || tag.includes('-');

function pushChildNodes(parent: Node, stack: Frame[]): void {
  for (let c = parent.lastChild; c; c = c.previousSibling) stack.push({ node: c, exit: null });
}

/** How many nodes the walk visits between two pauses of `walkInSteps` (500 cold nodes took 15 ms on a slow machine). */
export const NODES_PER_STEP = 150;

export function walk(start: Element): WalkResult {
  const steps = walkInSteps(start);
  for (;;) {
    const r = steps.next();
    if (r.done) return r.value;
  }
}

/**
 * The walk as a generator that pauses every NODES_PER_STEP nodes, so that a content script
 * can give the page its main thread back on huge pages (50,000 paragraphs, 5,000-deep DOMs).
 */
export function* walkInSteps(start: Element): Generator<void, WalkResult> {
  const elements: ElInfo[] = [];
  const blocks: RawBlock[] = [];
  const ctx: Context = { link: 0, caption: 0, quote: 0, item: 0, heading: 0 };
  let pre = 0;

  const makeInfo = (el: Element, tag: string, attrs: Attrs, parent: ElInfo | null): ElInfo => {
    const depth = parent ? parent.depth + 1 : 0;
    const furniture = parent !== null && looksLikeFurniture(tag, attrs);
    const info: ElInfo = {
      el, tag, attrs, parent, depth, pre: pre++, end: -1, textLen: 0, linkLen: 0, furniture,
      furnitureEl: parent?.furnitureEl ?? null,
      elementChildren: 0, paragraphs: 0, linkHeadings: 0, score: 0, scored: false, contexts: contextsOf(tag, attrs),
    };
    if (furniture) info.furnitureEl = info;
    elements.push(info);
    return info;
  };

  const top = makeInfo(start, start.localName.toLowerCase(), readAttrs(start), null);
  const owners: ElInfo[] = [top];
  let cur = top;
  let builder = new TextBuilder();
  let block: RawBlock | null = null;
  let headingLevel = 0;
  let brRun = 0;

  const flush = (): void => {
    if (block && !builder.isEmpty) {
      block.text = builder.text;
      block.pieces = builder.pieces;
      blocks.push(block);
      if (block.kind === 'heading' && block.linkLen * 2 >= block.chars) block.owner.linkHeadings++;
      else if (block.kind === 'paragraph' && block.text.length >= 25) block.owner.paragraphs++;
    }
    block = null;
    builder = new TextBuilder();
    brRun = 0;
  };

  const kindNow = (): BlockKind => {
    if (ctx.caption > 0) return 'caption';
    if (ctx.quote > 0) return 'blockquote';
    if (ctx.heading > 0) return 'heading';
    if (ctx.item > 0) return 'list-item';
    return 'paragraph';
  };

  const onText = (node: Text): void => {
    // White space alone adds nothing visible, but may still separate two words.
    const n = builder.addNode(node);
    if (n === 0) return;
    cur.textLen += n;
    if (ctx.link > 0) cur.linkLen += n;
    if (!block) {
      block = {
        anchor: cur, owner: owners[owners.length - 1] ?? top, kind: kindNow(), headingLevel,
        text: '', pieces: [], chars: 0, linkLen: 0,
      };
    }
    block.chars += n;
    if (ctx.link > 0) block.linkLen += n;
    brRun = 0;
  };

  const onBreak = (): void => {
    brRun++;
    const owner = owners[owners.length - 1] ?? top;
    if (LINE_TAGS.has(owner.tag) && brRun < 2) builder.addBreak();
    else flush();
  };

  const enterCounters = (info: ElInfo, d: 1 | -1): void => {
    const c = info.contexts;
    if (c === 0) return;
    if (c & IN_LINK) ctx.link += d;
    if (c & IN_CAPTION) ctx.caption += d;
    if (c & IN_QUOTE) ctx.quote += d;
    if (c & IN_ITEM) ctx.item += d;
    if (c & IN_HEADING) {
      ctx.heading += d;
      headingLevel = d > 0 ? Number(info.tag[1]) : 0;
    }
  };

  const stack: Frame[] = [];
  enterCounters(top, 1);
  pushRenderedChildren(start, top.tag, stack);

  let visited = 0;
  while (stack.length > 0) {
    if (++visited % NODES_PER_STEP === 0) yield;
    const frame = stack.pop() as Frame;
    const exiting = frame.exit;
    if (exiting) {
      exiting.end = pre - 1;
      enterCounters(exiting, -1);
      if (BLOCK_TAGS.has(exiting.tag)) {
        flush();
        owners.pop();
      }
      const parent = exiting.parent;
      if (parent) {
        parent.textLen += exiting.textLen;
        parent.linkLen += exiting.linkLen;
        parent.paragraphs += exiting.paragraphs;
        parent.linkHeadings += exiting.linkHeadings;
      }
      cur = exiting.parent ?? top;
      continue;
    }
    const node = frame.node;
    const type = node.nodeType;
    if (type === TEXT_NODE || type === CDATA_NODE) {
      onText(node as Text);
      continue;
    }
    if (type !== ELEMENT_NODE) continue;
    const el = node as Element;
    const tag = (el.localName || el.nodeName || '').toLowerCase();
    if (tag === 'br') {
      onBreak();
      continue;
    }
    if (tag === 'wbr') continue;
    const attrs = readAttrs(el);
    if (isSkipped(tag, attrs)) continue;
    const info = makeInfo(el, tag, attrs, cur);
    cur.elementChildren++;
    if (BLOCK_TAGS.has(tag)) {
      flush();
      owners.push(info);
    }
    enterCounters(info, 1);
    cur = info;
    stack.push({ node: el, exit: info });
    pushRenderedChildren(el, tag, stack);
  }
  flush();
  top.end = pre - 1;
  return { top, blocks, elements };
}
