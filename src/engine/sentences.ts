// Sentence boundaries over tokens. A boundary never falls inside a quotation: a quote of
// several sentences stays one piece, so its attribution stays in the same sentence.
import type { Token } from './tokens';
import { isDottedInitialism } from './chars';

/** A sentence may start with a digit, a quote mark, a bracket or a dash as well as a capital. */
const opensSentence = (t: string): boolean => (t.charCodeAt(0) >= 48 && t.charCodeAt(0) <= 57) || '"“‘\'(«„[—–-'.includes(t[0] ?? 'x');

export interface Sentence {
  /** Token range [from, to). */
  from: number;
  to: number;
}

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sen', 'rep', 'gov', 'gen', 'lt', 'col', 'sgt', 'capt', 'cmdr', 'adm', 'maj',
  'st', 'jr', 'sr', 'inc', 'corp', 'co', 'ltd', 'llc', 'vs', 'v', 'no', 'nos', 'jan', 'feb', 'mar', 'apr', 'jun',
  'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mt', 'ft', 'ave', 'blvd', 'dept', 'univ', 'est', 'approx',
  'fig', 'pp', 'vol', 'rev', 'hon', 'pres', 'supt', 'messrs', 'mmes', 'e.g', 'i.e', 'etc', 'al', 'cf', 'ga', 'fla',
  'calif', 'mass', 'conn', 'penn', 'wash', 'ariz', 'colo', 'ill', 'ind', 'kan', 'ky', 'la', 'md', 'mich', 'minn',
  'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'tenn', 'tex', 'va', 'vt', 'wis', 'wyo',
]);

const TERMINAL = new Set(['.', '!', '?', '…']);
const TRAILING = new Set(['"', "'", "''", '”', '’', '»', '›', ')', ']', '」', '』']);

function endsWithAbbreviation(tokens: Token[], dot: number): boolean {
  const prev = tokens[dot - 1];
  if (!prev || prev.kind !== 'word' || prev.end !== tokens[dot]!.start) return false;
  if (ABBREVIATIONS.has(prev.lower)) return true;
  // An initial ("John F. Kennedy") or an initialism token that already carries its dots.
  if (prev.text.length === 1 && prev.cap) return true;
  return isDottedInitialism(prev.text);
}

export function splitSentences(tokens: Token[]): Sentence[] {
  const out: Sentence[] = [];
  let from = 0;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (tok.kind !== 'punct') continue;
    // A quotation that ends its own sentence (“We will stay.” Then …) ends at its closing mark.
    const closesQuotedSentence = tok.quote >= 0 && TRAILING.has(tok.text) && TERMINAL.has(tokens[i - 1]?.text ?? '')
      && (tokens[i + 1]?.quote ?? -1) !== tok.quote;
    if (!closesQuotedSentence && (!TERMINAL.has(tok.text) || tok.quote >= 0)) continue;
    if (tok.text === '.' && endsWithAbbreviation(tokens, i)) continue;
    let end = i + 1;
    while (end < tokens.length && TRAILING.has(tokens[end]!.text) && tokens[end]!.quote < 0) end++;
    const next = tokens[end];
    if (next && !(next.cap || next.quote >= 0 || opensSentence(next.text))) continue;
    out.push({ from, to: end });
    from = end;
    i = end - 1;
  }
  if (from < tokens.length) out.push({ from, to: tokens.length });
  return out;
}
