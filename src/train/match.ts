// Which labelled statement an engine statement is: the corpus guide's matching criterion
// (enough shared words, and one covers at least half of the other), written for training.
export interface WordBag {
  bag: Map<string, number>;
  len: number;
}

export function wordBag(text: string): WordBag {
  const words = text.normalize('NFKC').toLowerCase().replace(/[’‘`]/g, "'").match(/[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu) ?? [];
  const bag = new Map<string, number>();
  for (const w of words) bag.set(w, (bag.get(w) ?? 0) + 1);
  return { bag, len: Math.max(1, words.length) };
}

/** 0 when the two do not match, else their overlap as a Dice score (higher is closer). */
export function matchScore(predicted: WordBag, gold: WordBag): number {
  let shared = 0;
  for (const [w, n] of predicted.bag) shared += Math.min(n, gold.bag.get(w) ?? 0);
  if (shared < Math.min(3, gold.len)) return 0;
  if (shared / gold.len < 0.5 && shared / predicted.len < 0.5) return 0;
  return (2 * shared) / (gold.len + predicted.len);
}
