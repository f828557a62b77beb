// Large phrase alternations are slow the first time a page runs them: the browser's regex
// engine interprets a pattern once before compiling it, trying every alternative at every
// character. Each such pattern therefore names the words that any match must contain,
// and runs only on text that has one of them (most statements have none).

export interface GatedPattern {
  re: RegExp;
  /** Lower-case words (runs of a–z) one of which every match contains. */
  words: ReadonlySet<string>;
  /** Or a word starting with one of these ("fabricat" for fabricated, fabrication…). */
  prefixes: readonly string[];
}

export function gated(re: RegExp, words: string, prefixes: readonly string[] = []): GatedPattern {
  return { re, words: new Set(words.split(/\s+/).filter(Boolean)), prefixes };
}

/** The runs of a–z in already lower-cased text ("didn’t" gives "didn" and "t"). */
export function wordsIn(lower: string): Set<string> {
  const out = new Set<string>();
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 0;
    const letter = c >= 97 && c <= 122;
    if (letter && start < 0) start = i;
    else if (!letter && start >= 0) {
      out.add(lower.slice(start, i));
      start = -1;
    }
  }
  return out;
}

/** Whether the pattern could match a text with these words. */
export function gateOpen(pattern: GatedPattern, words: ReadonlySet<string>): boolean {
  for (const w of words) {
    if (pattern.words.has(w)) return true;
    for (const p of pattern.prefixes) if (w.startsWith(p)) return true;
  }
  return false;
}

export function testGated(pattern: GatedPattern, text: string, words: ReadonlySet<string>): boolean {
  return gateOpen(pattern, words) && pattern.re.test(text);
}

export function execGated(pattern: GatedPattern, text: string, words: ReadonlySet<string>): RegExpExecArray | null {
  return gateOpen(pattern, words) ? pattern.re.exec(text) : null;
}
