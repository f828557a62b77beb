// Stance examples from labelled documents. The engine runs on each document as it would in a
// browser, every candidate kept (the keep step is learned apart, so the two steps do not depend
// on each other's weights); every statement it finds takes the stance of the labelled
// statement it matches.
// Labelled statements the engine does not find yet are rebuilt from their spans (content and
// cue located in their paragraph), so the model also learns shapes the extractor misses.
// Both kinds go through stanceContextOf and stanceFeatures, as in the engine.
import { analyzeCandidates } from '../engine/analyze';
import type { Analysis } from '../engine/types';
import type { Stance } from '../engine/types';
import { stanceContextOf, type StanceContext } from '../engine/stance-context';
import { stanceFeatures } from '../engine/stance-features';
import type { LabelledDoc } from './corpora';
import { matchScore, wordBag, type WordBag } from './match';

export interface FoundStatement {
  features: string[];
  /** Indices of the labelled statements it matches, best first. */
  matches: number[];
  /** Their match scores, in the same order. */
  scores: number[];
}

export interface StanceDoc {
  id: string;
  set: string;
  gold: Stance[];
  /** What the engine found, in order. */
  found: FoundStatement[];
  /** Labelled statements nothing found matches, rebuilt from their spans where they could be located. */
  rebuilt: { features: string[]; label: Stance }[];
}

/** The cue nearest the content in the same block: its own occurrence, not an earlier sentence's. */
function locateCue(block: string, cue: string, start: number, end: number): [number, number] {
  if (!cue) return [-1, -1];
  let best: [number, number] = [-1, -1];
  let bestDistance = Infinity;
  for (let at = block.indexOf(cue); at >= 0; at = block.indexOf(cue, at + 1)) {
    const stop = at + cue.length;
    if (at < end && stop > start) continue;
    const distance = stop <= start ? start - stop : at - end;
    if (distance < bestDistance) { best = [at, stop]; bestDistance = distance; }
  }
  return best;
}

function rebuild(texts: readonly string[], text: string, cue: string, form: StanceContext['form'], mention: string): StanceContext | null {
  if (!text.trim()) return null;
  for (let i = 0; i < texts.length; i++) {
    const start = texts[i]!.indexOf(text);
    if (start < 0) continue;
    const end = start + text.length;
    const [cueStart, cueEnd] = locateCue(texts[i]!, cue, start, end);
    return stanceContextOf(texts, i, start, end, cueStart, cueEnd, form, mention);
  }
  return null;
}

export function stanceDoc(doc: LabelledDoc, analysis: Analysis = analyzeCandidates(doc.blocks).analysis): StanceDoc {
  const texts = doc.blocks.map((b) => b.text);
  const goldBags: WordBag[] = doc.gold.map((g) => wordBag(g.text));
  const matched = new Set<number>();
  const found = analysis.statements.map((s) => {
    const ctx = stanceContextOf(texts, s.content.block, s.content.start, s.content.end, s.cueSpan?.start ?? -1, s.cueSpan?.end ?? -1, s.form, s.mention);
    const bag = wordBag(s.text);
    const scored = goldBags.map((g, i) => ({ i, m: matchScore(bag, g) })).filter((x) => x.m > 0).sort((a, b) => b.m - a.m || a.i - b.i);
    for (const x of scored) matched.add(x.i);
    return { features: stanceFeatures(ctx), matches: scored.map((x) => x.i), scores: scored.map((x) => x.m) };
  });
  const rebuilt: StanceDoc['rebuilt'] = [];
  doc.gold.forEach((g, i) => {
    if (matched.has(i)) return;
    const ctx = rebuild(texts, g.text, g.cue, g.form, g.mention ?? '');
    if (ctx) rebuilt.push({ features: stanceFeatures(ctx), label: g.stance });
  });
  return { id: doc.id, set: doc.set, gold: doc.gold.map((g) => g.stance), found, rebuilt };
}
