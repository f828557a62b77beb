// What was said: where a reported clause starts and ends around its cue, and whether the
// words after a cue read as a clause at all.
import type { Token } from './tokens';
import { NOUN_FIRST, VERBS, type VerbInfo } from './lexicon/verbs';
import { DETERMINERS, PREPOSITIONS, VERB_MODIFIERS } from './lexicon/words';
import { phraseStartingAt, TIME_WORDS } from './phrases';
import { type BlockText, isTerminal } from './block';
import { endsWithOneOf } from './strings';

/** "he's", "they're", "we'll": a contracted finite verb. */
const CONTRACTIONS = ["'s", '’s', "'re", '’re', "'ll", '’ll', "'ve", '’ve', "'d", '’d'];
const endsInSingleS = (w: string): boolean => w.length >= 2 && w.endsWith('s') && !w.endsWith('ss');
const REPEATERS = new Set(['more', 'once', 'twice', 'again', 'repeatedly', 'several', 'many', 'often']);
const TIME_LEADS = new Set(['on', 'last', 'this', 'earlier', 'late', 'early', 'in']);
const CLAUSE_JOINERS = new Set(['and', 'but', 'while', 'whereas']);
const TRAILING_JOINERS = new Set([',', 'and', 'but', '—']);
/** After an attribution, punctuation that means its sentence goes on. */
const CLAUSE_GOES_ON = new Set([';', ':', '(']);

export const CLAUSE_BREAKS = new Set([';', '(', ')', '[', ']']);

const TELL_LIKE = new Set(['tell', 'inform', 'assure', 'reassure', 'warn', 'remind']);

const ADVERBIAL_STARTS = new Set(['in', 'on', 'at', 'to', 'during', 'after', 'before', 'late', 'early', 'last', 'this',
  'earlier', 'yesterday', 'today', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'via', 'through', 'from', 'when', 'while', 'by', 'over', 'told', 'repeatedly', 'recently', 'again', 'also', 'then',
  'previously', 'publicly', 'privately', 'separately', 'later', 'afterward', 'afterwards', 'overnight', 'speaking']);

export const PARTICIPLE_CUES = new Set(['saying', 'adding', 'noting', 'arguing', 'warning', 'insisting', 'stating',
  'explaining', 'claiming', 'telling', 'calling', 'accusing', 'urging', 'describing', 'declaring', 'stressing',
  'emphasizing', 'emphasising', 'reiterating', 'suggesting', 'denying', 'rejecting', 'dismissing', 'acknowledging',
  'admitting', 'conceding', 'confirming', 'asserting', 'alleging', 'complaining', 'recalling', 'predicting',
  'pointing', 'highlighting', 'writing', 'tweeting', 'announcing', 'cautioning', 'contending', 'maintaining',
  'vowing', 'promising', 'pledging', 'threatening', 'criticizing', 'criticising', 'refusing', 'declining',
  'questioning', 'asking', 'replying', 'responding', 'indicating', 'signaling', 'signalling', 'revealing']);

export const MAX_CLAUSE_TOKENS = 120;

const FINITE = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may',
  'might', 'must', 'do', 'does', 'did', 'shall', "isn't", "aren't", "wasn't", "weren't", "won't", "can't", "don't",
  "doesn't", "didn't", "hasn't", "haven't", "wouldn't", "couldn't", "shouldn't"]);

/** Does [from, to) read as a clause (a finite verb or a quotation), not a bare noun phrase? */
export function looksClausal(b: BlockText, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = b.tokens[i]!;
    if (t.quote >= 0 || t.kind !== 'word') { if (t.quote >= 0) return true; continue; }
    if (FINITE.has(t.lower) || endsWithOneOf(t.lower, CONTRACTIONS) && i > from) return true;
    if (i > from && t.lower.endsWith('ed') && !t.cap) return true;
    if (i > from && endsInSingleS(t.lower) && !t.cap && VERBS.has(t.lower)) return true;
  }
  return false;
}

/** Where the reported clause after a cue begins, skipping "that", objects and adverbials. */
export function clauseStartAfter(b: BlockText, v: number, to: number, verb: VerbInfo | null): number {
  const { tokens } = b;
  let i = v + 1;
  // "told reporters", "warned lawmakers", "told The Associated Press"
  if (verb && TELL_LIKE.has(verb.lemma)) {
    const obj = phraseStartingAt(tokens, i, to);
    if (obj && tokens[obj.from]!.lower !== 'that') i = obj.to;
    else if (tokens[i] && ['him', 'her', 'them', 'us', 'me', 'reporters', 'journalists'].includes(tokens[i]!.lower)) i++;
  }
  // Adverbials: "on Tuesday", "in a statement", "in an interview with CNN", "last week".
  for (let guard = 0; guard < 3 && i < to; guard++) {
    const t = tokens[i]!;
    if (t.kind === 'punct' && t.text === ',' ) { i++; continue; }
    if (t.kind !== 'word' || !ADVERBIAL_STARTS.has(t.lower) || t.quote >= 0) break;
    let j = i + 1;
    while (j < to && j - i < 8 && tokens[j]!.kind === 'word' && tokens[j]!.lower !== 'that' && tokens[j]!.quote < 0
      && !(VERBS.has(tokens[j]!.lower) && !NOUN_FIRST.has(tokens[j]!.lower))) j++;
    if (tokens[j]?.text === ',' || tokens[j]?.lower === 'that' || tokens[j]?.text === ':' || tokens[j]?.quote !== -1
      || isTerminal(tokens[j]) || j >= to) i = j;
    else break;
  }
  if (tokens[i]?.text === ',' || tokens[i]?.text === ':') i++;
  if (tokens[i]?.lower === 'that') return i + 1;
  // Nominal cues: "EU claims of illegal fishing".
  if (tokens[i]?.lower === 'of' && NOUN_FIRST.has(tokens[v]?.lower ?? '')) return i + 1;
  // "said more than once that …", "said after the meeting that …": skip to the complementiser.
  const lead = tokens[i];
  const adverbialLead = !!lead && lead.kind === 'word' && !lead.cap && (ADVERBIAL_STARTS.has(lead.lower) || PREPOSITIONS.has(lead.lower)
    || REPEATERS.has(lead.lower));
  for (let j = i; adverbialLead && j < to && j - i < 8; j++) {
    const t = tokens[j]!;
    if (t.quote >= 0 || t.kind === 'punct' && t.text !== ',' || t.kind === 'word' && VERBS.has(t.lower) && !NOUN_FIRST.has(t.lower)) break;
    if (t.lower === 'that' && j > i) return j + 1;
  }
  return i;
}

/** Does a new attribution start at token `i`: "[and|but] [NP] (aux) VERB"? */
function startsAttribution(b: BlockText, i: number, to: number): boolean {
  const { tokens } = b;
  let k = i;
  if (tokens[k]?.lower === 'and' || tokens[k]?.lower === 'but' || tokens[k]?.lower === 'while') k++;
  const np = phraseStartingAt(tokens, k, to);
  if (np) k = np.to;
  while (k < to && tokens[k]!.kind === 'word' && VERB_MODIFIERS.has(tokens[k]!.lower) && tokens[k]!.lower !== 'to') k++;
  const v = tokens[k];
  if (!v || v.kind !== 'word' || v.quote >= 0) return false;
  const info = VERBS.get(v.lower);
  if (!info || info.form === 'ing' || info.form === 'base' && !np || NOUN_FIRST.has(v.lower) && !np) return false;
  // Without a subject only a coordinated verb counts: "… but warned of …".
  return !!np || k > i && (tokens[i]!.lower === 'and' || tokens[i]!.lower === 'but');
}

/**
 * End (token index, exclusive) of a reported clause starting at `i` within [i, to).
 * An object-only statement ("denied the allegations") ends at the first comma.
 */
export function clauseEnd(b: BlockText, i: number, to: number, objectOnly = false): number {
  const { tokens } = b;
  let e = i;
  // A reported clause does not run for pages: in text with no sentence breaks a cue would
  // claim the rest of the block, so a clause that finds no end within reach is no clause.
  if (to - i > MAX_CLAUSE_TOKENS) {
    let natural = false;
    for (let k = i; k < i + MAX_CLAUSE_TOKENS && !natural; k++) {
      const t = tokens[k]!;
      natural = t.quote < 0 && (CLAUSE_BREAKS.has(t.text) || t.text === ',' || isTerminal(t));
    }
    if (!natural) return i;
  }
  const limit = Math.min(to, i + MAX_CLAUSE_TOKENS);
  while (e < limit) {
    const t = tokens[e]!;
    if (t.quote < 0) {
      if (CLAUSE_BREAKS.has(t.text) && t.text !== '(' || isTerminal(t) && e === to - 1) break;
      if (objectOnly && (t.text === ',' || t.text === '—')) break;
      // "denied the charges on Monday": the time of the denial is not what was denied.
      if (objectOnly && e > i && TIME_LEADS.has(t.lower) && TIME_WORDS.has(tokens[e + 1]?.lower ?? '')) break;
      if (t.text === ',' && e + 1 < to) {
        // A trailing attribution (", he added", ", according to …") is not part of the content.
        const n = tokens[e + 1]!;
        if (n.lower === 'according' || PARTICIPLE_CUES.has(n.lower)) break;
        const n2 = tokens[e + 2];
        if (n2 && (n2.lower === 'said' || n2.lower === 'added' || n2.lower === 'says')) break;
        if (CLAUSE_JOINERS.has(n.lower) && startsAttribution(b, e + 1, to)) break;
      }
      if ((t.lower === 'but' || t.lower === 'and') && e > i && (startsAttribution(b, e, to)
        || PARTICIPLE_CUES.has(tokens[e + 1]?.lower ?? ''))) break;
    }
    e++;
  }
  // Drop the sentence's terminal mark and any trailing comma or conjunction.
  while (e > i && tokens[e - 1]!.quote < 0 && (isTerminal(tokens[e - 1]) || TRAILING_JOINERS.has(tokens[e - 1]!.text))) e--;
  return e;
}

/** Nothing but adverbials or the speaker's description follows the attribution: "…, Nozari said on Monday." */
export function endsSentence(b: BlockText, i: number, to: number): boolean {
  const { tokens } = b;
  const first = tokens[i];
  if (!first || isTerminal(first) || first.quote >= 0) return true;
  if (first.text !== ',' && !(first.kind === 'word' && (ADVERBIAL_STARTS.has(first.lower) || PREPOSITIONS.has(first.lower)))) return false;
  for (let k = i; k < to && k - i < 16; k++) {
    const t = tokens[k]!;
    if (isTerminal(t) || t.quote >= 0) return true;
    if (t.kind === 'punct' && CLAUSE_GOES_ON.has(t.text)) return false;
    // "…, Fiorina said, adding that …": a participle hangs off the attribution, which still ends the content.
    if (t.text === ',' && PARTICIPLE_CUES.has(tokens[k + 1]?.lower ?? '')) return true;
    if (t.kind === 'word' && (t.lower === 'that' || VERBS.has(t.lower) && t.lower !== 'told' && !NOUN_FIRST.has(t.lower))) return false;
  }
  return false;
}

/**
 * After an inverted attribution, a description of the speaker that runs to the sentence's end:
 * "…, said Jane Roe, a spokeswoman for the group that sued the city." Its own verbs are the
 * description's, not a new statement, so the content before the attribution still ends there.
 */
export function describesToEnd(b: BlockText, i: number, to: number): boolean {
  const { tokens } = b;
  if (tokens[i]?.text !== ',') return false;
  const first = tokens[i + 1];
  if (!first || first.kind !== 'word' || first.quote >= 0) return false;
  if (!(DETERMINERS.has(first.lower) || first.lower === 'who' || !first.cap && !VERBS.has(first.lower))) return false;
  for (let k = i + 1; k < to && k - i < 48; k++) {
    const t = tokens[k]!;
    if (t.quote >= 0 || t.kind === 'punct' && CLAUSE_GOES_ON.has(t.text)) return false;
    if (isTerminal(t)) return k === to - 1 || tokens[k + 1] === undefined;
  }
  return false;
}

const SUBORDINATORS = new Set(['if', 'when', 'while', 'because', 'although', 'though', 'since', 'unless', 'once', 'whether', 'as']);
const APPOSITION_STARTS = new Set(['a', 'an', 'who', 'which', 'whose', 'according']);

/**
 * An attribution inside its sentence: "In the end, Mr. Rosenthal said, union voters …",
 * "If the law was never tested, Giuliani said, there's a simple explanation". What leads up to it
 * (`lead` to `comma`) is an adverbial or a subordinate clause and a clause follows (from `after`),
 * so the content goes on past the attribution. Returns whether the lead is a subordinate clause
 * of its own, or null when the attribution is no such interruption.
 */
export function interruptsSentence(b: BlockText, lead: number, comma: number, after: number, to: number): { subordinate: boolean } | null {
  const { tokens } = b;
  if (tokens[after]?.text !== ',') return null;
  const next = tokens[after + 1];
  if (!next || next.kind !== 'word' || next.quote >= 0 || APPOSITION_STARTS.has(next.lower) || PARTICIPLE_CUES.has(next.lower)) return null;
  let end = after + 1;
  // Bounded like any clause, so a long unpunctuated run costs each cue no more than a clause.
  const limit = Math.min(to, after + 1 + MAX_CLAUSE_TOKENS);
  while (end < limit && !isTerminal(tokens[end]) && !(tokens[end]!.quote < 0 && CLAUSE_BREAKS.has(tokens[end]!.text))) end++;
  if (end - after - 1 < 4) return null;
  let first = lead;
  while (first < comma && (tokens[first]!.kind !== 'word' || tokens[first]!.quote >= 0)) first++;
  if (first >= comma) return null;
  if (SUBORDINATORS.has(tokens[first]!.lower)) return looksClausal(b, after + 1, end) ? { subordinate: true } : null;
  // A short lead with no verb ("In the end", "Six months ago") only sets the scene for what follows.
  return comma - first <= 5 && !looksClausal(b, first, comma) ? { subordinate: false } : null;
}

/** A cue ends after its fixed complements: "told reporters", "said in a statement". */
export function cueEndOf(b: BlockText, v: number, verb: VerbInfo): number {
  const { tokens } = b;
  const next = tokens[v + 1];
  if (verb.particle && next?.lower === verb.particle) return next.end;
  if (verb.lemma === 'tell' && next && ['reporters', 'journalists'].includes(next.lower)) return next.end;
  if (verb.lemma === 'say' && next?.lower === 'in' && tokens[v + 2]?.lower === 'a' && tokens[v + 3]?.lower === 'statement') {
    return tokens[v + 3]!.end;
  }
  return tokens[v]!.end;
}

export function afterWords(tokens: Token[], v: number, to: number): string {
  const words: string[] = [];
  for (let i = v + 1; i < to && words.length < 6; i++) words.push(tokens[i]!.lower);
  return words.join(' ');
}
