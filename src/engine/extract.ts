// Finds attributed statements in one block: direct quotes with their speaker, reported
// speech after and before its cue, "according to", participle cues and headline colons.
// Speakers are left as mentions here; resolving them to actors happens afterwards.
import type { Form } from './types';
import type { Token } from './tokens';
import type { QuoteSpan } from './quotes';
import type { Sentence } from './sentences';
import { NOUN_FIRST, VERBS, type VerbInfo } from './lexicon/verbs';
import { DETERMINERS, DOCUMENT_NOUNS, NAME_CONNECTORS, NEGATORS, NOT_NAMES, PREPOSITIONS, SUBJECT_PRONOUNS, VERB_MODIFIERS } from './lexicon/words';
import { phraseEndingAt, phraseStartingAt, subjectEndingAt, TIME_WORDS, type Phrase } from './phrases';

export interface BlockText {
  index: number;
  kind: string;
  text: string;
  tokens: Token[];
  quotes: QuoteSpan[];
  sentences: Sentence[];
}

export interface RawStatement {
  block: number;
  start: number;
  end: number;
  cueStart: number;
  cueEnd: number;
  /** Token range of the speaker mention in this block, or null when it is inherited. */
  mention: Phrase | null;
  /** The mention as written, its words and its characters; filled in once the block is done. */
  mentionText?: string;
  mentionWords?: string[];
  mentionStart?: number;
  mentionEnd?: number;
  /** Text of an appositive describing the speaker ("a senior commander"). */
  role: string;
  form: Form;
  verb: VerbInfo | null;
  cueKind: 'verb' | 'according' | 'participle' | 'colon' | 'continuation' | 'intro';
  negated: boolean;
  /** An earlier statement whose speaker this one shares (participles, continued quotes). */
  sameSpeakerAs: RawStatement | null;
  /** Lower-cased words right after the cue, for stance rules ("declined to comment"). */
  after: string;
}

const CLAUSE_BREAKS = new Set([';', '(', ')', '[', ']']);
const TELL_LIKE = new Set(['tell', 'inform', 'assure', 'reassure', 'warn', 'remind']);
const ADVERBIAL_STARTS = new Set(['in', 'on', 'at', 'to', 'during', 'after', 'before', 'late', 'early', 'last', 'this',
  'earlier', 'yesterday', 'today', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'via', 'through', 'from', 'when', 'while', 'by', 'over', 'told', 'repeatedly', 'recently', 'again', 'also', 'then',
  'previously', 'publicly', 'privately', 'separately', 'later', 'afterward', 'afterwards', 'overnight', 'speaking']);
const PARTICIPLE_CUES = new Set(['saying', 'adding', 'noting', 'arguing', 'warning', 'insisting', 'stating',
  'explaining', 'claiming', 'telling', 'calling', 'accusing', 'urging', 'describing', 'declaring', 'stressing',
  'emphasizing', 'emphasising', 'reiterating', 'suggesting', 'denying', 'rejecting', 'dismissing', 'acknowledging',
  'admitting', 'conceding', 'confirming', 'asserting', 'alleging', 'complaining', 'recalling', 'predicting',
  'pointing', 'highlighting', 'writing', 'tweeting', 'announcing', 'cautioning', 'contending', 'maintaining',
  'vowing', 'promising', 'pledging', 'threatening', 'criticizing', 'criticising', 'refusing', 'declining',
  'questioning', 'asking', 'replying', 'responding', 'indicating', 'signaling', 'signalling', 'revealing']);

/** Verbs that report a statement only when they back a claim: "the EU has supported this claim". */
const BACKING = new Set(['support', 'back', 'endorse']);

const LY_NOUNS = new Set(['family', 'assembly', 'ally', 'supply', 'rally', 'monopoly', 'anomaly', 'italy', 'july',
  'butterfly', 'bully', 'lily', 'emily', 'kelly', 'holly', 'sally', 'molly', 'polly', 'reply', 'belly', 'jelly']);

const MAX_CLAUSE_TOKENS = 120;
const DOCUMENT_CUES = new Set(['show', 'find']);

/** The head word of a speaker phrase: its last word before any post-modifier. */
function headWord(tokens: Token[], p: Phrase): string {
  for (let i = p.from + 1; i < p.to; i++) {
    if (/^(?:of|from|by|for|in|on|at|with|who|that|released|published|conducted)$/.test(tokens[i]!.lower)) return tokens[i - 1]!.lower;
  }
  const last = tokens[p.to - 1]!.lower;
  return last.endsWith('s') && DOCUMENT_NOUNS.has(last.slice(0, -1)) ? last.slice(0, -1) : last;
}
const SECTION_LABELS = new Set(['analysis', 'opinion', 'watch', 'video', 'live', 'update', 'updated', 'exclusive',
  'breaking', 'explainer', 'review', 'comment', 'editorial', 'photos', 'listen', 'read', 'see', 'related', 'factbox',
  'timeline', 'graphic', 'interview', 'podcast', 'newsletter', 'correction', 'note', 'editor', 'sponsored']);
/** Single words that can open a sentence as the speaker of a noun-like cue: acronyms and pronouns. */
const GIVEN_OR_KNOWN = /^(?:\p{Lu}{2,}|He|She|They|We|It|I)$/u;
const REPORTERS = /^(?:reporters?|journalists?|interviewers?|hosts?|moderators?|anchors?|correspondents?|we|i)$/;

/** Cues that also name non-speech acts, so they need a reported clause to count. */
const NEEDS_CLAUSE = new Set(['recall', 'add', 'state', 'post', 'maintain', 'repeat', 'charge', 'observe', 'answer',
  'point', 'counter', 'signal', 'estimate', 'conclude', 'forecast', 'reply', 'respond', 'comment']);
const FINITE = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'may',
  'might', 'must', 'do', 'does', 'did', 'shall', "isn't", "aren't", "wasn't", "weren't", "won't", "can't", "don't",
  "doesn't", "didn't", "hasn't", "haven't", "wouldn't", "couldn't", "shouldn't"]);

/** Does [from, to) read as a clause (a finite verb or a quotation), not a bare noun phrase? */
function looksClausal(b: BlockText, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const t = b.tokens[i]!;
    if (t.quote >= 0 || t.kind !== 'word') { if (t.quote >= 0) return true; continue; }
    if (FINITE.has(t.lower) || /['’](?:s|re|ll|ve|d)$/.test(t.lower) && i > from) return true;
    if (i > from && /ed$/.test(t.lower) && !t.cap) return true;
    if (i > from && /[^s]s$/.test(t.lower) && !t.cap && VERBS.has(t.lower)) return true;
  }
  return false;
}

function firstQuoteIn(b: BlockText, from: number, to: number): number {
  for (let i = from; i < to; i++) if (b.tokens[i]!.quote >= 0) return b.tokens[i]!.quote;
  return -1;
}

const isTerminal = (t: Token | undefined) => !!t && t.kind === 'punct' && /^[.!?…]$/.test(t.text);

/** Skips auxiliaries and adverbs leftwards from `i`; reports a negation among them. */
function skipModifiersLeft(tokens: Token[], i: number, from: number): { at: number; negated: boolean } {
  let negated = false;
  // Any -ly adverb may sit there too: "Ms. Haley testily responded".
  const isAdverb = (t: Token) => VERB_MODIFIERS.has(t.lower) || !t.cap && /^[a-z]{3,}ly$/.test(t.lower) && !LY_NOUNS.has(t.lower);
  while (i >= from && tokens[i]!.kind === 'word' && isAdverb(tokens[i]!) && tokens[i]!.quote < 0) {
    if (NEGATORS.has(tokens[i]!.lower)) negated = true;
    i--;
  }
  return { at: i, negated };
}

interface Subject {
  phrase: Phrase;
  role: string;
  /** First token of the auxiliaries before the verb ("did not refute"): the cue starts there. */
  auxFrom: number;
  negated: boolean;
}

/** The subject of the verb at `v`, looking left: "Peskov said", "Nozari, a commander, said". */
function subjectLeft(b: BlockText, v: number, from: number, anyHead = false): Subject | null {
  const { tokens } = b;
  const { at, negated } = skipModifiersLeft(tokens, v - 1, from);
  const auxFrom = at + 1;
  if (at < from) return null;
  const t = tokens[at]!;
  if (t.kind === 'word' && t.quote < 0) {
    // "…, who said" refers to the noun before the comma.
    if (t.lower === 'who' && tokens[at - 1]?.text === ',') {
      const ante = subjectEndingAt(tokens, at - 2, from);
      if (ante) return { phrase: ante, role: '', auxFrom, negated };
    }
    const phrase = subjectEndingAt(tokens, at, from, anyHead);
    if (phrase) return { phrase, role: '', auxFrom, negated };
    return null;
  }
  // Appositive: "Brigadier Fazlollah Nozari, a senior … commander, denied".
  if (t.text === ',' || t.text === ')' || t.text === '—') {
    const closer = t.text === ')' ? '(' : t.text;
    for (let k = at - 1; k >= from && at - k <= 40; k--) {
      const tk = tokens[k]!;
      if (tk.quote >= 0 || CLAUSE_BREAKS.has(tk.text) && tk.text !== closer) break;
      if (tk.text !== closer) continue;
      const found = subjectEndingAt(tokens, k - 1, from);
      if (!found) break;
      const head: Phrase = chainHead(tokens, found, from);
      const inner = tokens.slice(k + 1, at);
      const first = inner[0];
      if (!first) break;
      const isDescription = !!first && (DETERMINERS.has(first.lower) || first.lower === 'who' || !first.cap
        || inner.some((x) => !x.cap && x.kind === 'word'));
      if (!isDescription) {
        // "President Trump’s ambassador to the United Nations, Nikki R. Haley, said": the name is
        // inside when the outer part only describes; "Jason Chaffetz, R-Utah, said" keeps the outer name.
        const outerDescribes = tokens.slice(head.from, head.to).some((x) => x.kind === 'word' && !x.cap && !NAME_CONNECTORS.has(x.lower))
          || /[’']s$/.test(tokens[head.from]!.text);
        const innerName = phraseEndingAt(tokens, at - 1, k + 1);
        if (outerDescribes && innerName && innerName.from === k + 1 && inner.length >= 2 && inner.length <= 5) {
          const roleFrom = tokens[head.from]!;
          return { phrase: innerName, role: b.text.slice(roleFrom.start, tokens[k - 1]!.end), auxFrom, negated };
        }
        return { phrase: head, role: b.text.slice(first.start, inner[inner.length - 1]!.end), auxFrom, negated };
      }
      const role = first && first.lower !== 'who' && !/^(in|on|at|speaking|according)$/.test(first.lower)
        ? b.text.slice(first.start, inner[inner.length - 1]!.end) : '';
      return { phrase: head, role, auxFrom, negated };
    }
  }
  return null;
}

/**
 * An appositive chain ("Patrick Carlineo Jr., 55, of Addison, a village …,"): the speaker is the
 * name before the first comma of the chain, not the place or age inside it.
 */
function chainHead(tokens: Token[], head: Phrase, from: number): Phrase {
  let current = head;
  for (let hop = 0; hop < 3; hop++) {
    let p: number = current.from - 1;
    if (/^(?:of|from|in)$/.test(tokens[p]?.lower ?? '')) p--;
    while (p >= from && tokens[p]!.kind === 'word' && /^\d+$/.test(tokens[p]!.text)) p--;
    if (tokens[p]?.text !== ',' || p <= from) break;
    let q: number = p - 1;
    while (q >= from && tokens[q]!.kind === 'word' && /^\d+$/.test(tokens[q]!.text)) q--;
    if (tokens[q]?.text === ',') q--;
    const earlier: Phrase | null = q >= from ? phraseEndingAt(tokens, q, from) : null;
    if (!earlier || !tokens[earlier.from]!.cap) break;
    current = earlier;
  }
  return current;
}

/** The subject after an inverted verb: "…,” said Peskov, the Kremlin spokesman." */
function subjectRight(b: BlockText, v: number, to: number): { phrase: Phrase; role: string } | null {
  const { tokens } = b;
  const phrase = phraseStartingAt(tokens, v + 1, to);
  if (!phrase) return null;
  const head = tokens[phrase.from]!;
  if (head.lower === 'that' || NOT_NAMES.has(head.lower) && !DETERMINERS.has(head.lower) && !SUBJECT_PRONOUNS.has(head.lower)) return null;
  let role = '';
  if (tokens[phrase.to]?.text === ',') {
    const first = tokens[phrase.to + 1];
    if (first && (DETERMINERS.has(first.lower) || !first.cap)) {
      let e = phrase.to + 1;
      while (e < to && !isTerminal(tokens[e]) && tokens[e]!.text !== ',' && tokens[e]!.quote < 0) e++;
      role = b.text.slice(first.start, tokens[e - 1]!.end);
    }
  }
  return { phrase, role };
}

/** Where the reported clause after a cue begins, skipping "that", objects and adverbials. */
function clauseStartAfter(b: BlockText, v: number, to: number, verb: VerbInfo | null): number {
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
    || /^(?:more|once|twice|again|repeatedly|several|many|often)$/.test(lead.lower));
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
function clauseEnd(b: BlockText, i: number, to: number, objectOnly = false): number {
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
      if (objectOnly && e > i && /^(?:on|last|this|earlier|late|early|in)$/.test(t.lower) && TIME_WORDS.has(tokens[e + 1]?.lower ?? '')) break;
      if (t.text === ',' && e + 1 < to) {
        // A trailing attribution (", he added", ", according to …") is not part of the content.
        const n = tokens[e + 1]!;
        if (n.lower === 'according' || PARTICIPLE_CUES.has(n.lower)) break;
        const n2 = tokens[e + 2];
        if (n2 && (n2.lower === 'said' || n2.lower === 'added' || n2.lower === 'says')) break;
        if (/^(?:and|but|while|whereas)$/.test(n.lower) && startsAttribution(b, e + 1, to)) break;
      }
      if ((t.lower === 'but' || t.lower === 'and') && e > i && (startsAttribution(b, e, to)
        || PARTICIPLE_CUES.has(tokens[e + 1]?.lower ?? ''))) break;
    }
    e++;
  }
  // Drop the sentence's terminal mark and any trailing comma or conjunction.
  while (e > i && tokens[e - 1]!.quote < 0 && (isTerminal(tokens[e - 1]) || /^(?:,|and|but|—)$/.test(tokens[e - 1]!.text))) e--;
  return e;
}

function spanOf(b: BlockText, fromTok: number, toTok: number): [number, number] {
  const { tokens } = b;
  if (toTok <= fromTok) return [tokens[fromTok]?.start ?? 0, tokens[fromTok]?.start ?? 0];
  let start = tokens[fromTok]!.start;
  let end = tokens[toTok - 1]!.end;
  // Content that is exactly one quote is given without its marks.
  const q = tokens[fromTok]!.quote;
  if (q >= 0 && tokens[toTok - 1]!.quote === q) {
    const quote = b.quotes[q]!;
    if (quote.open === fromTok && (quote.close === toTok - 1 || quote.close < 0)) {
      start = quote.start;
      end = quote.end;
    }
  }
  return [start, end];
}

function formOf(b: BlockText, fromTok: number, toTok: number): Form {
  for (let i = fromTok; i < toTok; i++) if (b.tokens[i]!.quote >= 0) return 'mixed';
  return 'indirect';
}

export function extractBlock(b: BlockText): RawStatement[] {
  const out: RawStatement[] = [];
  const { tokens } = b;
  const usedQuote = new Set<number>();
  const usedCue = new Set<number>();
  const push = (s: RawStatement) => {
    if (s.end > s.start && b.text.slice(s.start, s.end).trim()) out.push(s);
  };

  for (const sent of b.sentences) {
    const { from, to } = sent;
    const before = out.length;
    for (let v = from; v < to; v++) {
      const tok = tokens[v]!;
      if (tok.kind !== 'word' || tok.quote >= 0 || usedCue.has(v)) continue;

      // "according to X, …" / "…, according to X."
      const according = tok.lower === 'according' && tokens[v + 1]?.lower === 'to';
      const per = tok.lower === 'per' && (tokens[v - 1]?.text === ',' || v === from);
      if (according || per) {
        const npFrom = according ? v + 2 : v + 1;
        const np = phraseStartingAt(tokens, npFrom, to);
        if (!np) continue;
        let npEnd = np.to;
        // "according to a statement from the ministry" — keep the whole source description.
        while (npEnd < to && tokens[npEnd]!.kind === 'word' && /^(from|by|of|at|with|in)$/.test(tokens[npEnd]!.lower)) {
          const more = phraseStartingAt(tokens, npEnd + 1, to);
          if (!more) break;
          npEnd = more.to;
        }
        usedCue.add(v);
        const atStart = v === from || (v - from <= 2 && tokens.slice(from, v).every((t) => t.kind === 'word' && /^(but|and|yet|so)$/.test(t.lower) || t.text === ','));
        let cFrom: number, cTo: number;
        if (atStart) {
          cFrom = tokens[npEnd]?.text === ',' ? npEnd + 1 : npEnd;
          cTo = clauseEnd(b, cFrom, to);
        } else if (per && tokens[npEnd]?.text === ',') {
          // "Yersinia pestis, per the WHO, is often found …": the source sits inside its statement.
          cFrom = from;
          cTo = clauseEnd(b, from, to);
        } else {
          cFrom = from;
          cTo = v;
          while (cTo > cFrom && tokens[cTo - 1]!.text === ',') cTo--;
        }
        if (cTo - cFrom > MAX_CLAUSE_TOKENS) continue;
        if (cTo - cFrom < 3) continue;
        const [start, end] = spanOf(b, cFrom, cTo);
        push({ block: b.index, start, end, cueStart: tok.start, cueEnd: tokens[according ? v + 1 : v]!.end, mention: { from: npFrom, to: npEnd },
          role: '', form: formOf(b, cFrom, cTo), verb: null, cueKind: 'according', negated: false, sameSpeakerAs: null, after: '' });
        continue;
      }

      const verb = VERBS.get(tok.lower);
      if (!verb) continue;

      // Participles hang off the main clause's subject: "…, saying that …", "…, calling them “…”".
      if (verb.form === 'ing' && (tokens[v - 1]?.text === ',' || tokens[v - 1]?.lower === 'and') && PARTICIPLE_CUES.has(tok.lower)) {
        const owner = out.length > before ? out[out.length - 1]! : null;
        const subj = owner === null ? subjectOfSentence(b, from, v) : null;
        if (owner === null && !subj) continue;
        let cueEnd = tok.end;
        let cFrom = clauseStartAfter(b, v, to, verb);
        // "calling them “…”": the object pronoun belongs to the cue.
        if (/^(them|it|him|her|this|that)$/.test(tokens[v + 1]?.lower ?? '') && tokens[v + 2]?.quote !== -1 && tokens[v + 2]) {
          cueEnd = tokens[v + 1]!.end;
          cFrom = v + 2;
        }
        const cTo = clauseEnd(b, cFrom, to);
        if (cTo - cFrom < 1) continue;
        const [start, end] = spanOf(b, cFrom, cTo);
        const quoted = tokens[cFrom]!.quote >= 0 && tokens[cTo - 1]!.quote === tokens[cFrom]!.quote;
        for (let i = cFrom; i < cTo; i++) if (tokens[i]!.quote >= 0) usedQuote.add(tokens[i]!.quote);
        usedCue.add(v);
        push({ block: b.index, start, end, cueStart: tok.start, cueEnd, mention: subj, role: '',
          form: quoted ? 'mixed' : formOf(b, cFrom, cTo), verb, cueKind: 'participle', negated: false,
          sameSpeakerAs: owner, after: afterWords(tokens, v, to) });
        continue;
      }
      if (verb.form === 'ing') continue;
      if (NOUN_FIRST.has(tok.lower) && !looksVerbal(tokens, v, from)) continue;
      // "Current fears about …": one capitalised word opening the sentence is an adjective there.
      if (NOUN_FIRST.has(tok.lower) && v - 1 === from && tokens[from]!.cap && !GIVEN_OR_KNOWN.test(tokens[from]!.text)) continue;
      if (b.kind !== 'title' && b.kind !== 'heading' && tok.cap && v !== from) continue;

      // Passives report no speaker: "she is said to have …", "has been described as …".
      if (verb.form === 'ed' && /^(?:is|was|are|were|be|been|being)$/.test(tokens[v - 1]?.lower ?? '')) continue;
      // "asked to represent himself" is a request, not a statement.
      if (verb.lemma === 'ask' && tokens[v + 1]?.lower === 'to') continue;
      // Speech that has not happened: "will announce", "is going to say".
      if (verb.form === 'base' && /^(?:will|shall|'ll|to)$/.test(tokens[v - 1]?.lower ?? '') && !NEGATORS.has(tokens[v - 2]?.lower ?? '')) continue;
      // Strong, finite cues let any determined noun be the speaker; weak ones need a speaker-like noun.
      const strong = (verb.form === 'ed' || verb.form === 's') && !NOUN_FIRST.has(tok.lower) && verb.cls !== 'belief'
        && tokens[v - 1]?.lower !== 'to';
      const left = subjectLeft(b, v, from, strong);
      let mention: Phrase | null = left?.phrase ?? null;
      let role = left?.role ?? '';
      let cueStart = left && left.negated ? tokens[left.auxFrom]!.start : tok.start;
      const negated = left?.negated ?? false;
      let inverted = false;
      if (!mention && verb.inverts) {
        const prev = tokens[v - 1];
        const leadIn = !prev || prev.text === ',' || prev.quote >= 0 || v === from;
        if (leadIn) {
          const right = subjectRight(b, v, to);
          if (right) { mention = right.phrase; role = right.role; inverted = true; cueStart = tok.start; }
        }
      }
      let inherited: RawStatement | null = null;
      if (!mention) {
        // "… could not confirm the transfer but warned of …": a coordinated verb shares the subject.
        const conj = tokens[v - 1]?.lower === 'and' || tokens[v - 1]?.lower === 'but' ? v - 1
          : skipModifiersLeft(tokens, v - 1, from).at;
        const c = tokens[conj];
        const owner = out.length > before ? out[out.length - 1]! : null;
        if (c && (c.lower === 'and' || c.lower === 'but') && owner && owner.end <= tok.start) {
          inherited = owner;
          mention = owner.mention;
          role = '';
        }
      }
      if (!mention) continue;
      // "shows" and "found" report only when a document speaks: "A Gallup poll showed …", "That report found …".
      if (DOCUMENT_CUES.has(verb.lemma) && !DOCUMENT_NOUNS.has(headWord(tokens, mention))) continue;
      // Questions put by reporters are not sources' statements.
      if (verb.lemma === 'ask' && REPORTERS.test(tokens[mention.to - 1]!.lower)) {
        for (let i = v + 1; i < to; i++) if (tokens[i]!.quote >= 0) usedQuote.add(tokens[i]!.quote);
        const q = tokens[mention.from - 1]?.text === ',' ? tokens[mention.from - 2]?.quote ?? -1 : tokens[mention.from - 1]?.quote ?? -1;
        if (q >= 0) usedQuote.add(q);
        continue;
      }
      // "he" after a verb that is not inverted is an object: "told him".
      const subjEnd = inverted ? mention.to : v + 1;

      // Direct quote right before the attribution: "“…,” Peskov said." / "“…,” said Peskov."
      const attrStart = inverted ? v : mention.from;
      const prevTok = tokens[attrStart - 1]?.text === ',' ? attrStart - 2 : attrStart - 1;
      const qBefore = tokens[prevTok]?.quote ?? -1;
      const quoteBefore = qBefore >= 0 && b.quotes[qBefore]!.close === prevTok ? qBefore : -1;
      // … or right after: "Peskov said: “…”", "He told reporters, “…”".
      const cStart = clauseStartAfter(b, subjEnd - 1, to, verb);
      const qAfter = tokens[cStart]?.quote ?? -1;
      const quoteAfter = qAfter >= 0 && b.quotes[qAfter]!.open === cStart && !usedQuote.has(qAfter) ? qAfter : -1;
      const thatBefore = tokens[cStart - 1]?.lower === 'that';
      usedCue.add(v);

      if (quoteBefore >= 0 && !usedQuote.has(quoteBefore)) {
        const q = b.quotes[quoteBefore]!;
        usedQuote.add(quoteBefore);
        push({ block: b.index, start: q.start, end: q.end, cueStart, cueEnd: cueEndOf(b, v, verb), mention, role,
          form: 'direct', verb, cueKind: 'verb', negated, sameSpeakerAs: inherited, after: afterWords(tokens, v, to) });
        // "“A,” he said, “B.”" — the quote after the attribution continues it.
        const rest = inverted ? mention.to : v + 1;
        let k = rest;
        while (k < to && tokens[k]!.kind === 'word' && tokens[k]!.quote < 0 && k - rest < 6 && tokens[k]!.lower !== 'that') k++;
        if (tokens[k]?.text === ',' || tokens[k]?.text === ':' || tokens[k]?.text === '.') k++;
        const q2i = tokens[k]?.quote ?? -1;
        if (q2i >= 0 && b.quotes[q2i]!.open === k && !usedQuote.has(q2i)) {
          const q2 = b.quotes[q2i]!;
          usedQuote.add(q2i);
          push({ block: b.index, start: q2.start, end: q2.end, cueStart, cueEnd: cueEndOf(b, v, verb), mention, role,
            form: 'direct', verb, cueKind: 'verb', negated, sameSpeakerAs: out[out.length - 1] ?? null, after: '' });
        }
        continue;
      }
      if (quoteAfter >= 0 && !thatBefore) {
        const q = b.quotes[quoteAfter]!;
        usedQuote.add(quoteAfter);
        const qEnd = q.close < 0 ? tokens.length : q.close + 1;
        const tail = clauseEnd(b, qEnd, to);
        // A quote that only opens the clause ("said “X” was wrong") is part of reported speech.
        if (tail > qEnd && tokens[qEnd]?.kind === 'word') {
          const [start, end] = spanOf(b, cStart, tail);
          push({ block: b.index, start, end, cueStart, cueEnd: cueEndOf(b, v, verb), mention, role, form: 'mixed', verb,
            cueKind: 'verb', negated, sameSpeakerAs: inherited, after: afterWords(tokens, v, to) });
        } else {
          push({ block: b.index, start: q.start, end: q.end, cueStart, cueEnd: cueEndOf(b, v, verb), mention, role,
            form: verb.lemma === 'call' || verb.lemma === 'describe' ? 'mixed' : 'direct', verb, cueKind: 'verb', negated,
            sameSpeakerAs: inherited, after: afterWords(tokens, v, to) });
        }
        continue;
      }

      // Reported clause before the attribution: "Iran is not involved, Nozari said."
      const afterAttr = inverted ? mention.to : v + 1;
      if (tokens[attrStart - 1]?.text === ',' && endsSentence(b, afterAttr, to)) {
        let cFrom = from;
        // Skip a leading quote that was already used, or an opening connective.
        while (cFrom < attrStart - 1 && tokens[cFrom]!.quote >= 0 && usedQuote.has(tokens[cFrom]!.quote)) cFrom++;
        const cTo = attrStart - 1;
        if (cTo - cFrom >= 3 && cTo - cFrom <= MAX_CLAUSE_TOKENS && !tokens.slice(cFrom, cTo).some((t) => t.quote < 0 && (t.text === ';'))) {
          const [start, end] = spanOf(b, cFrom, cTo);
          for (let i = cFrom; i < cTo; i++) if (tokens[i]!.quote >= 0) usedQuote.add(tokens[i]!.quote);
          push({ block: b.index, start, end, cueStart, cueEnd: cueEndOf(b, v, verb), mention, role,
            form: formOf(b, cFrom, cTo), verb, cueKind: 'verb', negated, sameSpeakerAs: inherited, after: '' });
          continue;
        }
      }

      // Reported clause after the cue: "Nozari said Iran is not involved …".
      if (!inverted && (verb.clause || negated || verb.cls === 'deny' || verb.cls === 'decline' || verb.cls === 'confirm'
        || verb.lemma === 'accuse' || verb.lemma === 'criticize' || verb.lemma === 'criticise' || verb.lemma === 'call'
        || verb.lemma === 'describe' || verb.lemma === 'urge' || verb.lemma === 'ask' || BACKING.has(verb.lemma))) {
        const noReply = negated && /^(?:respond|reply|comment|return|answer)$/.test(verb.lemma);
        const objectOnly = !thatBefore && (verb.cls === 'deny' || verb.cls === 'decline' || verb.cls === 'confirm' && !verb.clause || noReply
          || BACKING.has(verb.lemma) || verb.lemma === 'plead' || negated && verb.cls === 'confirm');
        const cFrom = objectOnly ? v + 1 : cStart;
        const cTo = clauseEnd(b, cFrom, to, objectOnly);
        if (cTo - cFrom < (objectOnly ? 1 : 3)) continue;
        // "had admitted more than 1.4 million refugees" lets people in; it concedes nothing.
        if (verb.lemma === 'admit' && /^(?:more|over|about|nearly|some|almost|roughly|\d)/.test(tokens[cFrom]?.lower ?? '')) continue;
        // Verbs with an object that is a thing, not words ("recalled its ambassador"), report nothing.
        if (!objectOnly && NEEDS_CLAUSE.has(verb.lemma) && !thatBefore && !looksClausal(b, cFrom, cTo)) continue;
        // "would neither confirm nor deny": the second verb belongs to this phrase.
        if (objectOnly) for (let i = cFrom; i < cTo; i++) if (VERBS.has(tokens[i]!.lower)) usedCue.add(i);
        // "described Iran as an “important partner” amid …": the characterisation ends with its quote.
        if (/^(?:call|describe|dub|label|brand)$/.test(verb.lemma) && !/^(?:them|it|him|her|this|that|these|those)$/.test(tokens[cFrom]!.lower)) {
          const qi = firstQuoteIn(b, cFrom, cTo);
          const q = qi >= 0 ? b.quotes[qi]! : null;
          if (q && q.close > cFrom) {
            usedQuote.add(qi);
            push({ block: b.index, start: tokens[cFrom]!.start, end: tokens[q.close]!.end, cueStart, cueEnd: cueEndOf(b, v, verb), mention, role,
              form: 'mixed', verb, cueKind: 'verb', negated, sameSpeakerAs: inherited, after: afterWords(tokens, v, to) });
            continue;
          }
        }
        // "called the report “psychological warfare”": the quoted words are the statement.
        if (/^(?:call|describe|dub|label|brand)$/.test(verb.lemma) && /^(?:them|it|him|her|this|that|these|those)$/.test(tokens[cFrom]!.lower)) {
          const qi = firstQuoteIn(b, cFrom, cTo);
          if (qi >= 0) {
            const q = b.quotes[qi]!;
            usedQuote.add(qi);
            push({ block: b.index, start: q.start, end: q.end, cueStart, cueEnd: cueEndOf(b, v, verb), mention, role,
              form: 'mixed', verb, cueKind: 'verb', negated, sameSpeakerAs: inherited, after: afterWords(tokens, v, to) });
            continue;
          }
        }
        for (let i = cFrom; i < cTo; i++) if (tokens[i]!.quote >= 0) usedQuote.add(tokens[i]!.quote);
        // Statements with no content of their own are the phrase that reports them: "denied the allegations".
        const phraseOnly = objectOnly && !thatBefore && cTo - cFrom <= 8;
        const [start, end] = phraseOnly ? [cueStart, spanOf(b, cFrom, cTo)[1]] : spanOf(b, cFrom, cTo);
        const onlyQuote = tokens[cFrom]!.quote >= 0 && tokens[cTo - 1]!.quote === tokens[cFrom]!.quote;
        // "said he could not confirm …": the speaker's own verb inside the clause is not a second statement.
        if (!objectOnly && SUBJECT_PRONOUNS.has(tokens[cFrom]!.lower)) {
          for (let i = cFrom + 1; i < Math.min(cTo, cFrom + 5); i++) if (VERBS.has(tokens[i]!.lower)) usedCue.add(i);
        }
        push({ block: b.index, start, end, cueStart, cueEnd: cueEndOf(b, v, verb), mention, role,
          form: onlyQuote ? 'direct' : formOf(b, cFrom, cTo), verb, cueKind: 'verb', negated, sameSpeakerAs: inherited,
          after: afterWords(tokens, v, to) });
      }
    }
  }

  extractUnattributedQuotes(b, out, usedQuote);
  extractHeadlineColon(b, out);
  out.sort((x, y) => x.start - y.start);
  for (const s of out) describeMention(b, s);
  return out;
}

/** Copies the mention's words and offsets out of the tokens, which are dropped after the block. */
function describeMention(b: BlockText, s: RawStatement): RawStatement {
  if (!s.mention || s.mentionWords) return s;
  const first = b.tokens[s.mention.from]!;
  const last = b.tokens[s.mention.to - 1]!;
  s.mentionStart = first.start;
  s.mentionEnd = last.end;
  s.mentionText = b.text.slice(first.start, last.end);
  s.mentionWords = b.tokens.slice(s.mention.from, s.mention.to).map((t) => t.text);
  return s;
}

/**
 * "President Obama also said:" closing a block introduces the list items after it. Returns a
 * content-less statement that carries the speaker and cue for them, or null.
 */
export function introAtBlockEnd(b: BlockText): RawStatement | null {
  const { tokens } = b;
  const last = tokens[tokens.length - 1];
  if (!last || last.text !== ':' || last.quote >= 0) return null;
  const sent = b.sentences[b.sentences.length - 1]!;
  for (let v = tokens.length - 2; v >= sent.from && tokens.length - 2 - v < 6; v--) {
    const verb = VERBS.get(tokens[v]!.lower);
    if (!verb || verb.form === 'ing' || tokens[v]!.quote >= 0) continue;
    const subj = subjectLeft(b, v, sent.from, true);
    if (!subj) continue;
    const at = last.start;
    return describeMention(b, { block: b.index, start: at, end: at, cueStart: tokens[v]!.start, cueEnd: tokens[v]!.end,
      mention: subj.phrase, role: subj.role, form: 'indirect', verb, cueKind: 'intro', negated: subj.negated,
      sameSpeakerAs: null, after: '' });
  }
  return null;
}

/** A list item or quoted block under an introducing cue is that speaker's statement. */
export function introducedStatement(intro: RawStatement, b: BlockText): RawStatement | null {
  const text = b.text;
  const startTrim = text.length - text.trimStart().length;
  const endTrim = text.trimEnd().length;
  if (endTrim - startTrim < 3) return null;
  const q = b.quotes.length === 1 ? b.quotes[0]! : null;
  const whole = q && q.start <= startTrim + 1 && q.end >= endTrim - 2;
  return { block: b.index, start: whole ? q.start : startTrim, end: whole ? q.end : endTrim, cueStart: -1, cueEnd: -1,
    mention: null, role: '', form: whole ? 'direct' : 'indirect', verb: intro.verb, cueKind: 'continuation',
    negated: false, sameSpeakerAs: intro, after: '' };
}

/** Quotes left without a cue inherit the speaker of an attributed quote next to them in the block. */
function extractUnattributedQuotes(b: BlockText, out: RawStatement[], usedQuote: Set<number>) {
  const direct = out.filter((s) => s.form === 'direct').sort((x, y) => x.start - y.start);
  let cursor = 0;
  b.quotes.forEach((q, qi) => {
    if (usedQuote.has(qi)) return;
    const words = b.tokens.slice(q.open, q.close < 0 ? b.tokens.length : q.close).filter((t) => t.kind === 'word').length;
    // Short quoted phrases without a speaker are scare quotes or titles, not statements.
    if (words < 4) return;
    // A quote must stand as its own sentence to continue someone's words.
    const before = b.tokens[q.open - 1];
    if (before && before.kind === 'word' && before.quote < 0) return;
    // A signed quote: "“…” — Carla Sanchez".
    const dash = q.close >= 0 ? b.tokens[q.close + 1] : undefined;
    if (dash && /^[―—–-]$/.test(dash.text)) {
      const name = phraseStartingAt(b.tokens, q.close + 2, b.tokens.length);
      if (name && b.tokens[name.from]!.cap && (name.to >= b.tokens.length || /^[,.;(]$/.test(b.tokens[name.to]!.text))) {
        usedQuote.add(qi);
        out.push({ block: b.index, start: q.start, end: q.end, cueStart: dash.start, cueEnd: dash.end, mention: name,
          role: '', form: 'direct', verb: null, cueKind: 'verb', negated: false, sameSpeakerAs: null, after: '' });
        return;
      }
    }
    if (!direct.length) {
      out.push({ block: b.index, start: q.start, end: q.end, cueStart: -1, cueEnd: -1, mention: null, role: '',
        form: 'direct', verb: null, cueKind: 'continuation', negated: false, sameSpeakerAs: null, after: '' });
      return;
    }
    // Quotes come in reading order, so the nearest attributed quote is found by walking forward.
    while (cursor + 1 < direct.length && direct[cursor + 1]!.start <= q.start) cursor++;
    const after = direct[cursor + 1];
    let nearest = direct[cursor]!;
    if (after && Math.abs(after.start - q.start) < Math.abs(nearest.start - q.start)) nearest = after;
    out.push({ block: b.index, start: q.start, end: q.end, cueStart: nearest.cueStart, cueEnd: nearest.cueEnd,
      mention: nearest.mention, role: nearest.role, form: 'direct', verb: nearest.verb, cueKind: 'continuation',
      negated: false, sameSpeakerAs: nearest, after: '' });
    usedQuote.add(qi);
  });
}

/** "Russia: Iran is an important partner" in a title or heading. */
function extractHeadlineColon(b: BlockText, out: RawStatement[]) {
  if (b.kind !== 'title' && b.kind !== 'heading') return;
  const { tokens } = b;
  const colon = tokens.findIndex((t) => t.text === ':' && t.quote < 0);
  if (colon < 1 || colon > 5) return;
  if (out.some((s) => s.start < tokens[colon]!.start)) return;
  const head = tokens.slice(0, colon);
  if (!head.every((t) => t.kind === 'word' && (t.cap || t.lower === 'of' || t.lower === 'the' || t.lower === 'and'))) return;
  // Section labels ("Analysis:", "Live:") name no source.
  if (head.length === 1 && SECTION_LABELS.has(head[0]!.lower)) return;
  const cFrom = colon + 1;
  const cTo = clauseEnd(b, cFrom, tokens.length);
  if (cTo - cFrom < 2) return;
  const [start, end] = spanOf(b, cFrom, cTo);
  out.push({ block: b.index, start, end, cueStart: tokens[colon]!.start, cueEnd: tokens[colon]!.end,
    mention: { from: 0, to: colon }, role: '', form: tokens[cFrom]!.quote >= 0 ? 'direct' : 'indirect', verb: null,
    cueKind: 'colon', negated: false, sameSpeakerAs: null, after: '' });
}

/** The sentence's own subject, for a participle with no statement before it. */
function subjectOfSentence(b: BlockText, from: number, v: number): Phrase | null {
  const { tokens } = b;
  let start = from;
  while (start < v && (tokens[start]!.quote >= 0 || tokens[start]!.kind !== 'word')) start++;
  // The sentence opens with its subject: "Berit Lund voted against the budget, saying …".
  const np = phraseStartingAt(tokens, start, v);
  // A lone capitalised word opening the sentence is a name only when a description follows it
  // ("Dean, a medical doctor, …"); otherwise it is as likely a plain noun ("Countries …").
  const lone = np && np.to - np.from === 1 && tokens[np.from]!.cap && !GIVEN_OR_KNOWN.test(tokens[np.from]!.text)
    && tokens[np.to]?.text !== ',';
  if (np && !lone && np.to < v && (tokens[np.to]!.kind === 'word' || tokens[np.to]!.text === ',') && !NOT_NAMES.has(tokens[start]!.lower)) return np;
  for (let k = from; k < v && k - from < 8; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || t.quote >= 0) continue;
    if (VERBS.has(t.lower) || VERB_MODIFIERS.has(t.lower)) return subjectEndingAt(tokens, k - 1, from);
  }
  return null;
}

/** A noun-like cue word ("report", "calls") only counts as a verb after a subject-like word. */
function looksVerbal(tokens: Token[], v: number, from: number): boolean {
  const prev = tokens[v - 1];
  if (!prev || v === from) return false;
  if (prev.kind !== 'word') return false;
  if (DETERMINERS.has(prev.lower) || PREPOSITIONS.has(prev.lower) || /^(?:news|press|media)$/.test(prev.lower)) return false;
  // "the ministry’s claim" and "a blog post" are nouns.
  if (/['’]s$/.test(prev.text)) return false;
  if (!prev.cap && DETERMINERS.has(tokens[v - 2]?.lower ?? '')) return false;
  const next = tokens[v + 1];
  return !next || next.kind === 'word' || next.text === ',' || next.text === ':' || next.quote >= 0 || isTerminal(next);
}

/** Nothing but adverbials or the speaker's description follows the attribution: "…, Nozari said on Monday." */
function endsSentence(b: BlockText, i: number, to: number): boolean {
  const { tokens } = b;
  const first = tokens[i];
  if (!first || isTerminal(first) || first.quote >= 0) return true;
  if (first.text !== ',' && !(first.kind === 'word' && (ADVERBIAL_STARTS.has(first.lower) || PREPOSITIONS.has(first.lower)))) return false;
  for (let k = i; k < to && k - i < 16; k++) {
    const t = tokens[k]!;
    if (isTerminal(t) || t.quote >= 0) return true;
    if (t.kind === 'punct' && /^[;:(]$/.test(t.text)) return false;
    if (t.kind === 'word' && (t.lower === 'that' || VERBS.has(t.lower) && t.lower !== 'told' && !NOUN_FIRST.has(t.lower))) return false;
  }
  return false;
}

/** A cue ends after its fixed complements: "told reporters", "said in a statement". */
function cueEndOf(b: BlockText, v: number, verb: VerbInfo): number {
  const { tokens } = b;
  const next = tokens[v + 1];
  if (verb.lemma === 'tell' && next && ['reporters', 'journalists'].includes(next.lower)) return next.end;
  if (verb.lemma === 'say' && next?.lower === 'in' && tokens[v + 2]?.lower === 'a' && tokens[v + 3]?.lower === 'statement') {
    return tokens[v + 3]!.end;
  }
  return tokens[v]!.end;
}

function afterWords(tokens: Token[], v: number, to: number): string {
  const words: string[] = [];
  for (let i = v + 1; i < to && words.length < 6; i++) words.push(tokens[i]!.lower);
  return words.join(' ');
}
