// Large phrase alternations are slow the first time a page runs them: the browser compiles a
// pattern on its first use, in every page, and the cost grows faster than the pattern. So the
// phrase lists are written as small patterns, each naming the words any of its matches must
// contain, and a pattern runs (and is compiled) only on text that has one of its words. Most
// statements open few gates or none.

export interface GatedPattern {
  re: RegExp;
  /** Lower-case words (runs of a–z) one of which every match contains. */
  words: readonly string[];
  /** Or a word starting with one of these ("fabricat" for fabricated, fabrication…). */
  prefixes: readonly string[];
  /** And, when not empty, one of these words as well: "not" alone opens too many gates. */
  alsoWords: readonly string[];
}

/** One phrase list as gated patterns: it matches where any of them does. */
export type PhraseList = readonly GatedPattern[];

export function gated(re: RegExp, words: string, prefixes: readonly string[] = [], alsoWords = ''): GatedPattern {
  return { re, words: words.split(' '), prefixes, alsoWords: alsoWords ? alsoWords.split(' ') : [] };
}

/** Calls `visit` on each run of a–z in already lower-cased text, until it returns true. */
export function someWord(lower: string, visit: (word: string) => boolean): boolean {
  let start = -1;
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 0;
    const letter = c >= 97 && c <= 122;
    if (letter && start < 0) start = i;
    else if (!letter && start >= 0) {
      if (visit(lower.slice(start, i))) return true;
      start = -1;
    }
  }
  return false;
}

/** The runs of a–z in already lower-cased text ("didn’t" gives "didn" and "t"). */
export function wordsIn(lower: string): Set<string> {
  const out = new Set<string>();
  someWord(lower, (w) => {
    out.add(w);
    return false;
  });
  return out;
}

// Indexed loops below: a page's first run is interpreted, where for…of costs an iterator call per item.

/** Whether the pattern could match a text with these words. */
export function gateOpen(pattern: GatedPattern, words: ReadonlySet<string>): boolean {
  return (hasAny(words, pattern.words) || hasPrefix(words, pattern.prefixes))
    && (pattern.alsoWords.length === 0 || hasAny(words, pattern.alsoWords));
}

function hasAny(words: ReadonlySet<string>, list: readonly string[]): boolean {
  for (let i = 0; i < list.length; i++) if (words.has(list[i]!)) return true;
  return false;
}

function hasPrefix(words: ReadonlySet<string>, prefixes: readonly string[]): boolean {
  if (prefixes.length === 0) return false;
  for (const w of words) for (let i = 0; i < prefixes.length; i++) if (w.startsWith(prefixes[i]!)) return true;
  return false;
}

export function testGated(pattern: GatedPattern, text: string, words: ReadonlySet<string>): boolean {
  return gateOpen(pattern, words) && pattern.re.test(text);
}

export function execGated(pattern: GatedPattern, text: string, words: ReadonlySet<string>): RegExpExecArray | null {
  return gateOpen(pattern, words) ? pattern.re.exec(text) : null;
}

/** Whether any phrase of the list occurs in the text. */
export function testPhrases(list: PhraseList, text: string, words: ReadonlySet<string>): boolean {
  for (let i = 0; i < list.length; i++) if (testGated(list[i]!, text, words)) return true;
  return false;
}

/** Whether one of the words (lower case, letters only) occurs in the lower-cased text as a whole word. */
export function hasWordFrom(lower: string, list: ReadonlySet<string>): boolean {
  return someWord(lower, (w) => list.has(w));
}
