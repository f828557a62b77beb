// Finds the element that holds the article body, readability-style: every paragraph of
// real prose credits its container (and, less, the containers above), furniture-named and
// link-heavy containers lose, and the best one is widened to take in its siblings and
// the semantic article element around it.
import { classWeight } from './filters';
import type { ElInfo, RawBlock } from './walk';

const MIN_PARAGRAPH = 25;
const ANCESTOR_LEVELS = 5;

const TAG_WEIGHT: Record<string, number> = {
  div: 5, pre: 3, td: 3, blockquote: 3, article: 8, main: 5, section: 3,
  address: -3, ol: -3, ul: -3, dl: -3, dd: -3, dt: -3, li: -3, form: -3,
  h1: -5, h2: -5, h3: -5, h4: -5, h5: -5, h6: -5, th: -5,
};

const PARAGRAPH_OWNERS = new Set(['p', 'pre', 'td', 'blockquote', 'li', 'dd', 'h2', 'h3', 'h4', 'h5', 'h6', 'figcaption']);

export const linkDensity = (i: ElInfo): number => (i.textLen ? i.linkLen / i.textLen : 0);

/** A run of cards, each a linked headline over a summary: an index of other stories. */
export const isTeaserList = (i: ElInfo): boolean => i.linkHeadings >= 3 && i.linkHeadings * 2 >= i.paragraphs;

function initScore(info: ElInfo): void {
  if (info.scored) return;
  info.scored = true;
  info.score = (TAG_WEIGHT[info.tag] ?? 0) + classWeight(info.tag, info.attrs);
}

function isArticleElement(info: ElInfo): boolean {
  const a = info.attrs;
  return info.tag === 'article' || info.tag === 'main' || a.role === 'main'
    || a.itemprop === 'articleBody' || a.itemprop === 'articlebody';
}

function contains(outer: ElInfo, inner: ElInfo): boolean {
  return outer.pre <= inner.pre && inner.pre <= outer.end;
}

/** Commas, Latin and CJK: readability's sign of prose. */
function countCommas(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 0xff0c || c === 0x3001) n++;
  }
  return n;
}

/** Credits containers for each paragraph and returns them, best first. */
function scoreCandidates(blocks: RawBlock[]): ElInfo[] {
  const candidates: ElInfo[] = [];
  for (const b of blocks) {
    if (b.kind !== 'paragraph' && b.kind !== 'blockquote') continue;
    const plain = b.chars - b.linkLen;
    if (plain < MIN_PARAGRAPH) continue;
    const commas = countCommas(b.text);
    const points = 1 + commas + Math.min(Math.floor(b.text.length / 100), 3);
    // Text in a <p> credits the <p>'s container; text loose in a <div> credits the div.
    let node: ElInfo | null = PARAGRAPH_OWNERS.has(b.owner.tag) || b.owner.tag === 'p' ? b.owner.parent : b.owner;
    for (let level = 0; node && level < ANCESTOR_LEVELS; level++, node = node.parent) {
      if (!node.scored) {
        initScore(node);
        candidates.push(node);
      }
      node.score += points / (level === 0 ? 1 : level === 1 ? 2 : level * 3);
    }
  }
  for (const c of candidates) {
    c.score *= 1 - linkDensity(c);
    if (isTeaserList(c)) c.score *= 0.25;
  }
  return candidates.sort((a, b) => b.score - a.score);
}

export interface BodyChoice {
  /** Subtrees whose blocks make up the article body (the best container and accepted siblings). */
  roots: ElInfo[];
  best: ElInfo | null;
}

export function findBody(blocks: RawBlock[], top: ElInfo, elements: ElInfo[]): BodyChoice {
  const ranked = scoreCandidates(blocks);
  let best = ranked[0];
  if (!best) return { roots: [top], best: null };
  const bestScore = best.score;

  // Several near-best candidates under one ancestor: the article is that ancestor.
  const close = ranked.slice(1, 5).filter((c) => c.score >= bestScore * 0.75);
  if (close.length >= 2) {
    for (let a = best.parent; a && a !== top; a = a.parent) {
      if (close.filter((c) => contains(a as ElInfo, c)).length >= 2) {
        best = a;
        break;
      }
    }
  }

  // Climb while the parent scores better: its own paragraphs belong to the same article.
  let last = best.score;
  for (let p = best.parent; p && p !== top && p.scored; p = p.parent) {
    if (p.score < last / 3) break;
    if (p.score > last) best = p;
    last = p.score;
  }
  // A lone child says nothing about its own extent.
  while (best.parent && best.parent !== top && best.parent.elementChildren === 1) best = best.parent;

  // The semantic article element around the body, when it adds little beyond it (its
  // headline, standfirst and pictures rather than a sidebar's worth of links).
  for (let a = best.parent, hops = 0; a && a !== top && hops < 6; a = a.parent, hops++) {
    if (!isArticleElement(a)) continue;
    if (a.textLen <= best.textLen * 2.5 && linkDensity(a) < 0.35) best = a;
    break;
  }

  const roots = [best];
  const parent = best.parent;
  if (parent) {
    const threshold = Math.max(10, bestScore * 0.2);
    // Elements are in pre-order (elements[i].pre === i): the parent's children, subtree by subtree.
    for (let k = parent.pre + 1; k <= parent.end; ) {
      const s = elements[k] as ElInfo;
      k = Math.max(s.end, k) + 1;
      if (s.parent !== parent || s === best) continue;
      const density = linkDensity(s);
      if (s.scored && s.score >= threshold && density < 0.5) roots.push(s);
      else if (s.tag === 'p' && s.textLen > 80 && density < 0.25) roots.push(s);
    }
  }
  return { roots: roots.sort((a, b) => a.pre - b.pre), best };
}

export { contains };
