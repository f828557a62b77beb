// Seeded randomness for the tests that check a hand-written scan against the pattern it
// replaced: a failure can be replayed from its seed.

/** A little random generator with a fixed seed: numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** `count` strings of up to `maxLength` characters drawn from `alphabet`. */
export function randomStrings(alphabet: string, count: number, seed: number, maxLength = 13): string[] {
  const next = seededRandom(seed);
  const out: string[] = [];
  for (let n = 0; n < count; n++) {
    let s = '';
    const len = Math.floor(next() * (maxLength + 1));
    for (let i = 0; i < len; i++) s += alphabet[Math.floor(next() * alphabet.length)];
    out.push(s);
  }
  return out;
}
