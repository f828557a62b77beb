// Attributions that come from how pages are laid out rather than from grammar: colon
// introductions over list items, quote paragraphs that continue a speaker, signed quotes,
// headline colons.
import type { Token } from './tokens';
import { VERBS } from './lexicon/verbs';
import { DETERMINERS, NOT_NAMES, PREPOSITIONS } from './lexicon/words';
import { phraseEndingAt, phraseStartingAt, type Phrase } from './phrases';
import { type BlockText, type RawStatement, spanOf, describeMention, isTerminal } from './block';
import { subjectLeft } from './subjects';
import { clauseEnd } from './clauses';
import { isAllCaps } from './chars';

const DASHES = new Set(['―', '—', '–', '-']);
const AFTER_SIGNATURE = new Set([',', '.', ';', '(']);

const SECTION_LABELS = new Set(['analysis', 'opinion', 'watch', 'video', 'live', 'update', 'updated', 'exclusive',
  'breaking', 'explainer', 'review', 'comment', 'editorial', 'photos', 'listen', 'read', 'see', 'related', 'factbox',
  'timeline', 'graphic', 'interview', 'podcast', 'newsletter', 'correction', 'note', 'editor', 'sponsored', 'latest']);

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

/** A lower-case past-tense word: the verb of a quote's frame ("Beck questioned", "mused Ann Lee"). */
const isPastWord = (t: Token | undefined): t is Token => !!t && t.kind === 'word' && t.quote < 0 && !t.cap
  && t.lower.length > 4 && t.lower.endsWith('ed') && !NOT_NAMES.has(t.lower);

/** The sentence holding token `v`, by binary search: a block may hold many quotes and sentences. */
function sentenceAt(b: BlockText, v: number): BlockText['sentences'][number] | null {
  let lo = 0;
  let hi = b.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = b.sentences[mid]!;
    if (v < x.from) hi = mid - 1;
    else if (v >= x.to) lo = mid + 1;
    else return x;
  }
  return null;
}

const MID_SENTENCE = new Set([',', '?', '!']);
/** A frame's verb: a listed cue in a finite form, or any lower-case past-tense word. */
const isFrameVerb = (t: Token | undefined): t is Token => {
  if (!t || t.kind !== 'word' || t.quote >= 0 || t.cap) return false;
  const v = VERBS.get(t.lower);
  return v ? v.form === 'ed' || v.form === 's' : isPastWord(t);
};
/** Does a prepositional tail from `at` run to the sentence's end, words only ("on Tuesday.")? */
function tailCloses(tokens: Token[], at: number): boolean {
  let k = at;
  while (k < tokens.length && k - at <= 8 && tokens[k]!.kind === 'word' && tokens[k]!.quote < 0) k++;
  return k >= tokens.length || isTerminal(tokens[k]);
}

/**
 * The speaker framing a quote with a verb the lexicon does not list: '“…,” Beck questioned.',
 * '“…,” mused Ann Lee.', 'Ann Lee agreed: “…”', 'Ann Lee agreed. “…”'. A quote that stops
 * mid-sentence, then a name and a past-tense verb closing the sentence, can only be attributed
 * by that verb; so can a quote opened by a name and its verb with a colon, or a quote right after
 * a sentence that is nothing but a name and its verb. Without this the quote went to whoever spoke last.
 */
function quoteFrame(b: BlockText, q: { open: number; close: number }): { mention: Phrase; verb: number } | null {
  const { tokens } = b;
  if (q.close >= 0) {
    // The words closing the quote: "…,”, or "…,’”" with an inner quote ending at the same place.
    const lastInside = tokens[q.close - 1]?.kind === 'punct' && MID_SENTENCE.has(tokens[q.close - 1]!.text) ? tokens[q.close - 1]
      : tokens[q.close - 2];
    let k = q.close + 1;
    const commaAfter = tokens[k]?.text === ',';
    if (commaAfter) k++;
    const openEnd = commaAfter || MID_SENTENCE.has(lastInside?.text ?? '');
    let e = k;
    while (e < tokens.length && e - k <= 7 && tokens[e]!.kind === 'word' && tokens[e]!.quote < 0) e++;
    const closes = e >= tokens.length || isTerminal(tokens[e]) || tokens[e]!.text === ',';
    if (openEnd && e - k >= 2 && e - k <= 12) {
      // '“…,” Beck questioned.', '“…,” Toomey fumed on Tuesday.': the verb, then at most a
      // prepositional tail, closes the sentence.
      let verb = -1;
      for (let j = k + 1; j < e && j <= k + 5; j++) {
        if (!isFrameVerb(tokens[j])) continue;
        const listener = VERBS.get(tokens[j]!.lower)?.lemma === 'tell' ? phraseStartingAt(tokens, j + 1, e) : null;
        const after = listener ? listener.to : j + 1;
        if (after === e && closes || PREPOSITIONS.has(tokens[after]?.lower ?? '') && tailCloses(tokens, after)) verb = j;
        break;
      }
      if (verb > k) {
        const p = phraseEndingAt(tokens, verb - 1, k);
        if (p && p.from === k) return { mention: p, verb };
        // '“…,” the gambling tycoon told Reuters': in this place any determined noun phrase speaks.
        if (DETERMINERS.has(tokens[k]!.lower) && verb - k >= 2 && verb - k <= 5
          && tokens.slice(k + 1, verb).every((x) => !x.cap && !NOT_NAMES.has(x.lower) && !VERBS.has(x.lower))) {
          return { mention: { from: k, to: verb }, verb };
        }
      }
    }
    if (openEnd && closes && e - k >= 2 && e - k <= 7) {
      // '“…,” mused Ann Lee.'
      // The whole stretch up to the sentence's end is the speaker when it opens and ends on a name
      // ("mused Blaze co-host Stu Burguiere"), role words the phrase reader does not know included.
      if (isPastWord(tokens[k])) {
        const p = phraseStartingAt(tokens, k + 1, e);
        if (p && (p.to === e || tokens[e - 1]!.cap)) return { mention: { from: p.from, to: e }, verb: k };
      }
    }
  }
  const mark = tokens[q.open - 1];
  const v = q.open - 2;
  if (!mark || !isPastWord(tokens[v]) || mark.text !== ':' && mark.text !== '.' && mark.text !== ',') return null;
  const sent = sentenceAt(b, v);
  if (!sent) return null;
  const subj = subjectLeft(b, v, sent.from, true);
  if (!subj) return null;
  // 'Ann Lee agreed. “…”', 'Issa continued, “…”': the sentence must open with the name and its verb.
  if (mark.text !== ':' && (subj.start ?? subj.phrase.from) !== sent.from) return null;
  return { mention: subj.phrase, verb: v };
}

/** Quotes left without a cue inherit the speaker of an attributed quote next to them in the block. */
export function extractUnattributedQuotes(b: BlockText, out: RawStatement[], usedQuote: Set<number>) {
  b.quotes.forEach((q, qi) => {
    if (usedQuote.has(qi)) return;
    const frame = quoteFrame(b, q);
    if (!frame) return;
    const v = b.tokens[frame.verb]!;
    usedQuote.add(qi);
    out.push({ block: b.index, start: q.start, end: q.end, cueStart: v.start, cueEnd: v.end, mention: frame.mention,
      role: '', form: 'direct', verb: VERBS.get(v.lower) ?? null, cueKind: 'verb', negated: false, sameSpeakerAs: null, after: '' });
  });
  const direct = out.filter((s) => s.form === 'direct').sort((x, y) => x.start - y.start);
  let cursor = 0;
  /** Where the last signature ended (token index): the next signed quote may follow it directly. */
  let signedTo = -1;
  b.quotes.forEach((q, qi) => {
    if (usedQuote.has(qi)) return;
    const words = b.tokens.slice(q.open, q.close < 0 ? b.tokens.length : q.close).filter((t) => t.kind === 'word').length;
    // Short quoted phrases without a speaker are scare quotes or titles, not statements.
    if (words < 4) return;
    // A quote must stand as its own sentence (or its own line) to continue someone's words.
    const before = b.tokens[q.open - 1];
    if (before && before.kind === 'word' && before.quote < 0 && signedTo !== q.open && !lineBreakBetween(b, before.end, b.tokens[q.open]!.start)) return;
    // A signed quote: "“…” — Carla Sanchez".
    const dash = q.close >= 0 ? b.tokens[q.close + 1] : undefined;
    if (dash && DASHES.has(dash.text)) {
      const name = phraseStartingAt(b.tokens, q.close + 2, b.tokens.length);
      // The signature ends the block, its sentence, or its line, or the next quote follows it
      // (signed quotes listed one after another).
      const next = name ? b.tokens[name.to] : undefined;
      const nextQuote = !!name && b.quotes.some((x) => x.open === name.to);
      if (name && b.tokens[name.from]!.cap && (!next || nextQuote || AFTER_SIGNATURE.has(next.text) || lineBreakBetween(b, b.tokens[name.to - 1]!.end, next.start))) {
        usedQuote.add(qi);
        signedTo = name.to;
        out.push({ block: b.index, start: q.start, end: q.end, cueStart: dash.start, cueEnd: dash.end, mention: name,
          role: '', form: 'direct', verb: null, cueKind: 'verb', negated: false, sameSpeakerAs: null, after: '' });
        return;
      }
    }
    if (!direct.length) {
      // "X said the ferry would run. “We have found the money.”": a quote after someone's
      // reported words, with no cue of its own, goes on with that speaker.
      const last = out.filter((s) => s.end <= q.start && (s.mention || s.sameSpeakerAs) && s.cueKind !== 'intro').at(-1);
      // Only from the sentence right before the quote: further back, someone else may have spoken.
      const own = sentenceAt(b, q.open);
      const prev = own ? b.sentences[b.sentences.indexOf(own) - 1] : undefined;
      const reported = last && prev && b.tokens[prev.from]!.start < last.end && last.end <= b.tokens[prev.to - 1]!.end ? last : null;
      out.push({ block: b.index, start: q.start, end: q.end, cueStart: reported?.cueStart ?? -1, cueEnd: reported?.cueEnd ?? -1,
        mention: reported?.mention ?? null, role: reported?.role ?? '', form: 'direct', verb: reported?.verb ?? null, cueKind: 'continuation',
        negated: false, sameSpeakerAs: reported, after: '' });
      if (reported) usedQuote.add(qi);
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

/** Whether the block's text breaks the line between two offsets. */
function lineBreakBetween(b: BlockText, from: number, to: number): boolean {
  return b.text.slice(from, to).includes('\n');
}

/** Labels in capitals that open a paragraph without naming a speaker ("UPDATE:", "EDITOR'S NOTE:"). */
const NOTICE_LABELS = new Set([...SECTION_LABELS, 'clarification', 'disclosure', 'disclaimer', 'advertisement', 'warning',
  'spoiler', 'transcript', 'source', 'sources', 'credit', 'photo', 'caption', 'editors', 'trigger', 'content', 'summary',
  'background', 'context', 'question', 'answer', 'bottom', 'line', 'why', 'what', 'how', 'when', 'where', 'who', 'the']);

/**
 * A transcript line, "WALLACE: Let's start with …": a speaker's name in capitals and a colon
 * open the paragraph, and the rest is that speaker's own words.
 */
export function extractTranscriptLine(b: BlockText, out: RawStatement[]) {
  if (b.kind !== 'paragraph' && b.kind !== 'blockquote') return;
  const { tokens } = b;
  let from = 0;
  // A stray quotation mark before the label is left over from quoting the whole exchange.
  if (tokens[0] && tokens[0].kind !== 'word' && tokens[0].text !== ':' && tokens[0].end - tokens[0].start === 1) from = 1;
  let colon = from;
  while (colon < tokens.length && colon - from < 3 && tokens[colon]!.kind === 'word' && isAllCaps(tokens[colon]!.text, 3)) colon++;
  if (colon === from || tokens[colon]?.text !== ':') return;
  if (tokens.slice(from, colon).some((t) => NOTICE_LABELS.has(t.lower))) return;
  // An unclosed quotation mark before the label made the line a quote with no speaker: the label is its speaker.
  const at = tokens[colon]!.end;
  const speakerless = out.findIndex((s) => s.cueKind === 'continuation' && !s.mention && !s.sameSpeakerAs && s.start < at);
  if (speakerless >= 0) out.splice(speakerless, 1);
  if (out.some((s) => s.start < at)) return;
  const cFrom = colon + 1;
  if (tokens.length - cFrom < 3) return;
  const [start, end] = spanOf(b, cFrom, tokens.length);
  out.push({ block: b.index, start, end, cueStart: tokens[colon]!.start, cueEnd: tokens[colon]!.end,
    mention: { from, to: colon }, role: '', form: 'direct', verb: null,
    cueKind: 'colon', negated: false, sameSpeakerAs: null, after: '' });
}

/** "Russia: Iran is an important partner" in a title or heading. */
export function extractHeadlineColon(b: BlockText, out: RawStatement[]) {
  if (b.kind !== 'title' && b.kind !== 'heading') return;
  const { tokens } = b;
  const colon = tokens.findIndex((t) => t.text === ':' && t.quote < 0);
  if (colon < 1 || colon > 5) return;
  if (out.some((s) => s.start < tokens[colon]!.start)) return;
  const head = tokens.slice(0, colon);
  if (!head.every((t) => t.kind === 'word' && (t.cap || t.lower === 'of' || t.lower === 'the' || t.lower === 'and'))) return;
  // Section labels ("Analysis:", "Live:", "The Latest:") name no source.
  const label = head[0]!.lower === 'the' ? head.slice(1) : head;
  if (label.length === 1 && SECTION_LABELS.has(label[0]!.lower)) return;
  const cFrom = colon + 1;
  const cTo = clauseEnd(b, cFrom, tokens.length);
  if (cTo - cFrom < 2) return;
  const [start, end] = spanOf(b, cFrom, cTo);
  out.push({ block: b.index, start, end, cueStart: tokens[colon]!.start, cueEnd: tokens[colon]!.end,
    mention: { from: 0, to: colon }, role: '', form: tokens[cFrom]!.quote >= 0 ? 'direct' : 'indirect', verb: null,
    cueKind: 'colon', negated: false, sameSpeakerAs: null, after: '' });
}
