// Keep examples from labelled documents: every candidate the extractor finds, with the keep
// step's features, labelled "keep" when it matches a labelled statement (the corpus guide's
// matching criterion) and "drop" when it matches none.
import { analyzeCandidates } from '../engine/analyze';
import type { LabelledDoc } from './corpora';
import { matchScore, wordBag } from './match';

export interface KeepCandidate {
  features: string[];
  /** Indices of the labelled statements it matches. */
  matches: number[];
}

export interface KeepDoc {
  id: string;
  set: string;
  /** How many statements the document's labels hold, found or not. */
  goldCount: number;
  candidates: KeepCandidate[];
}

export function keepDoc(doc: LabelledDoc, found: ReturnType<typeof analyzeCandidates> = analyzeCandidates(doc.blocks)): KeepDoc {
  const goldBags = doc.gold.map((g) => wordBag(g.text));
  const candidates = found.analysis.statements.map((s, i) => {
    const bag = wordBag(s.text);
    const matches = goldBags.flatMap((g, gi) => (matchScore(bag, g) > 0 ? [gi] : []));
    return { features: found.keepFeatures[i]!, matches };
  });
  return { id: doc.id, set: doc.set, goldCount: doc.gold.length, candidates };
}
