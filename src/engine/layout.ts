// Attributions that come from how pages are laid out rather than from grammar: colon
// introductions over list items, quote paragraphs that continue a speaker, signed quotes,
// headline colons.
import { VERBS } from './lexicon/verbs';
import { phraseStartingAt } from './phrases';
import { type BlockText, type RawStatement, spanOf, describeMention } from './block';
import { subjectLeft } from './subjects';
import { clauseEnd } from './clauses';

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

/** Quotes left without a cue inherit the speaker of an attributed quote next to them in the block. */
export function extractUnattributedQuotes(b: BlockText, out: RawStatement[], usedQuote: Set<number>) {
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
    if (dash && DASHES.has(dash.text)) {
      const name = phraseStartingAt(b.tokens, q.close + 2, b.tokens.length);
      if (name && b.tokens[name.from]!.cap && (name.to >= b.tokens.length || AFTER_SIGNATURE.has(b.tokens[name.to]!.text))) {
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
