// Finds attributed statements in one block: direct quotes with their speaker, reported
// speech after and before its cue, "according to" and participle cues. Speakers are left as
// mentions here; resolving them to actors happens afterwards.
import type { Token } from './tokens';
import { NOUN_FIRST, VERBS } from './lexicon/verbs';
import { DETERMINERS, DOCUMENT_NOUNS, NEGATORS, PREPOSITIONS, SUBJECT_PRONOUNS } from './lexicon/words';
import { phraseStartingAt, type Phrase } from './phrases';
import { type BlockText, type RawStatement, isTerminal, spanOf, formOf, firstQuoteIn, describeMention } from './block';
import { isAcronymOrPronoun, skipModifiersLeft, subjectLeft, subjectRight, subjectOfSentence, headWord } from './subjects';
import { PARTICIPLE_CUES, MAX_CLAUSE_TOKENS, looksClausal, clauseStartAfter, clauseEnd, endsSentence, describesToEnd, interruptsSentence, cueEndOf, afterWords } from './clauses';
import { extractUnattributedQuotes, extractHeadlineColon, extractTranscriptLine } from './layout';
import { endsPossessive } from './strings';

/** Verbs that report a statement only when they back a claim: "the EU has supported this claim". */
const BACKING = new Set(['support', 'back', 'endorse']);

const DOCUMENT_CUES = new Set(['show', 'find']);
/** Records that "show" or "find" something, beyond the shared document nouns: "a CNN tally", "audio provided to …". */
const SHOWING_RECORDS = new Set(['poll', 'polls', 'polling', 'tally', 'tallies', 'count', 'video', 'videos', 'footage', 'audio',
  'recording', 'recordings', 'statistics', 'results', 'files', 'emails', 'email', 'numbers', 'transcript', 'transcripts',
  'photos', 'photo', 'images', 'image', 'chart', 'map', 'studies', 'surveys', 'estimates', 'projections', 'census',
  'documents', 'cables', 'receipts', 'filings', 'reports', 'analyses', 'reviews', 'audits', 'returns', 'logs', 'minutes']);
const isRecordWord = (w: string): boolean => DOCUMENT_NOUNS.has(w) || SHOWING_RECORDS.has(w);
const DOCUMENT_SUBJECT_MAX = 14;

const REPORTERS = new Set(['reporter', 'reporters', 'journalist', 'journalists', 'interviewer', 'interviewers', 'host', 'hosts',
  'moderator', 'moderators', 'anchor', 'anchors', 'correspondent', 'correspondents', 'we', 'i']);
/** Prepositions that carry a noun phrase on: "officials from …", "a statement by …". */
const NP_LINKS = new Set(['from', 'by', 'of', 'at', 'with', 'in']);
const OPENING_CONJUNCTIONS = new Set(['but', 'and', 'yet', 'so']);
const OBJECT_PRONOUNS = new Set(['them', 'it', 'him', 'her', 'this', 'that']);
const POINTING_OBJECTS = new Set(['them', 'it', 'him', 'her', 'this', 'that', 'these', 'those']);
const BE_FORMS = new Set(['is', 'was', 'are', 'were', 'be', 'been', 'being']);
const FUTURE_MARKERS = new Set(['will', 'shall', "'ll", 'to']);
const NO_REPLY_LEMMAS = new Set(['respond', 'reply', 'comment', 'return', 'answer']);
const LABELLING_LEMMAS = new Set(['call', 'describe', 'dub', 'label', 'brand']);
const MEDIA_WORDS = new Set(['news', 'press', 'media']);
/** "admitted more than …", "admitted 3 …": a count follows, not a confession. */
const APPROXIMATORS = ['more', 'over', 'about', 'nearly', 'some', 'almost', 'roughly'];
const startsCount = (w: string): boolean => APPROXIMATORS.some((a) => w.startsWith(a)) || (w.charCodeAt(0) >= 48 && w.charCodeAt(0) <= 57);

/** Cues that also name non-speech acts, so they need a reported clause to count. */
const NEEDS_CLAUSE = new Set(['recall', 'add', 'state', 'post', 'maintain', 'repeat', 'charge', 'observe', 'answer',
  'point', 'counter', 'signal', 'estimate', 'conclude', 'forecast', 'reply', 'respond', 'comment']);

/**
 * Objects that make a speech verb mean something else: one calls a press conference or an
 * election, claims victory or a life; no words are reported.
 */
const THING_OBJECTS = new Map<string, ReadonlySet<string>>([
  ['call', new Set(['conference', 'meeting', 'election', 'elections', 'vote', 'referendum', 'strike', 'halt', 'recess',
    'session', 'hearing', 'summit', 'timeout', 'truce', 'ceasefire', 'cease-fire', 'snap'])],
  ['claim', new Set(['victory', 'win', 'title', 'seat', 'crown', 'prize', 'medal', 'land', 'territory',
    'lives', 'life', 'gold', 'silver', 'bronze', 'championship', 'pole'])],
]);

/** Does the object after the cue name a thing the verb acts on rather than words ("called a press conference")? */
function thingObject(tokens: BlockText['tokens'], lemma: string, from: number, to: number): boolean {
  const things = THING_OBJECTS.get(lemma);
  if (!things) return false;
  // One calls "a press conference" or "an election", but calls "the vote a sham".
  if (lemma === 'call' && tokens[from]?.lower !== 'a' && tokens[from]?.lower !== 'an' && !things.has(tokens[from]?.lower ?? '')) return false;
  for (let i = from; i < to && i < from + 4; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || t.quote >= 0) return false;
    if (things.has(t.lower)) return true;
  }
  return false;
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
        const np = phraseStartingAt(tokens, npFrom, to) ?? (according ? accordingSource(tokens, npFrom, to) : null);
        if (!np) continue;
        let npEnd = np.to;
        // "according to a statement from the ministry" — keep the whole source description.
        while (npEnd < to && tokens[npEnd]!.kind === 'word' && NP_LINKS.has(tokens[npEnd]!.lower)) {
          const more = phraseStartingAt(tokens, npEnd + 1, to);
          if (!more) break;
          npEnd = more.to;
        }
        usedCue.add(v);
        const atStart = v === from || (v - from <= 2 && tokens.slice(from, v).every((t) => t.kind === 'word' && OPENING_CONJUNCTIONS.has(t.lower) || t.text === ','));
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
      // A learned cue with a particle ("referring to") is a cue only with it.
      if (verb.particle && tokens[v + 1]?.lower !== verb.particle) continue;
      if (verb.form === 'ing' && participleJoin(tokens, v) && (PARTICIPLE_CUES.has(tok.lower) || verb.mined)) {
        const owner = out.length > before ? out[out.length - 1]! : null;
        const subj = owner === null ? subjectOfSentence(b, from, v) : null;
        if (owner === null && !subj) continue;
        let cueEnd = verb.particle ? tokens[v + 1]!.end : tok.end;
        let cFrom = verb.particle ? v + 2 : clauseStartAfter(b, v, to, verb);
        // "calling them “…”": the object pronoun belongs to the cue.
        if (OBJECT_PRONOUNS.has(tokens[v + 1]?.lower ?? '') && tokens[v + 2]?.quote !== -1 && tokens[v + 2]) {
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
      const record = DOCUMENT_CUES.has(verb.lemma) ? recordSubject(b, from, v) : null;
      // "A video of the episode shows …": after a record, "shows" is the verb even where a noun could stand.
      if (NOUN_FIRST.has(tok.lower) && !record && !looksVerbal(tokens, v, from)) continue;
      // "Current fears about …": one capitalised word opening the sentence is an adjective there.
      if (NOUN_FIRST.has(tok.lower) && v - 1 === from && tokens[from]!.cap && !isAcronymOrPronoun(tokens[from]!.text)) continue;
      if (b.kind !== 'title' && b.kind !== 'heading' && tok.cap && v !== from) continue;

      // Passives report no speaker: "she is said to have …", "has been described as …".
      if (verb.form === 'ed' && BE_FORMS.has(tokens[v - 1]?.lower ?? '')) continue;
      // "asked to represent himself" is a request, not a statement.
      if (verb.lemma === 'ask' && tokens[v + 1]?.lower === 'to') continue;
      // Speech that has not happened: "will announce", "is going to say".
      if (verb.form === 'base' && FUTURE_MARKERS.has(tokens[v - 1]?.lower ?? '') && !NEGATORS.has(tokens[v - 2]?.lower ?? '')) continue;
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
        // "…, then says …" joins its verb to the clause before as "and" does.
        const joined = !!c && (c.lower === 'and' || c.lower === 'but' || c.text === ',' && tokens[conj + 1]?.lower === 'then');
        if (joined && owner && owner.end <= tok.start) {
          inherited = owner;
          mention = owner.mention;
          role = '';
        } else if (joined && !owner && (verb.form === 'ed' || verb.form === 's')) {
          // "Smith condemned the attack and said …": the first verb is no cue, the subject is still the sentence's.
          const subj = subjectOfSentence(b, from, conj);
          if (subj && subj.to < conj) { mention = subj; role = ''; }
        }
      }
      // "A new CNN tally shows …", "Footage from the game shows …": a record opening the sentence is the subject.
      if (DOCUMENT_CUES.has(verb.lemma) && (!mention || !isRecordWord(headWord(tokens, mention)))) {
        if (record) { mention = record; role = ''; inherited = null; cueStart = tok.start; }
      }
      if (!mention) continue;
      // "shows" and "found" report only when a document speaks: "A Gallup poll showed …", "That report found …".
      if (DOCUMENT_CUES.has(verb.lemma) && mention !== record && !isRecordWord(headWord(tokens, mention))) continue;
      // Questions put by reporters are not sources' statements.
      if (verb.lemma === 'ask' && REPORTERS.has(tokens[mention.to - 1]!.lower)) {
        for (let i = v + 1; i < to; i++) if (tokens[i]!.quote >= 0) usedQuote.add(tokens[i]!.quote);
        const q = tokens[mention.from - 1]?.text === ',' ? tokens[mention.from - 2]?.quote ?? -1 : tokens[mention.from - 1]?.quote ?? -1;
        if (q >= 0) usedQuote.add(q);
        continue;
      }
      // "he" after a verb that is not inverted is an object: "told him".
      const subjEnd = inverted ? mention.to : v + 1;

      // Direct quote right before the attribution: "“…,” Peskov said." / "“…,” said Peskov."
      const attrStart = inverted ? v : left?.phrase === mention ? left.start ?? mention.from : mention.from;
      const prevTok = tokens[attrStart - 1]?.text === ',' ? attrStart - 2 : attrStart - 1;
      // A quote closing the last sentence is not this cue's when a clause of its own follows the cue:
      // '“… soft.” He says referees are …'.
      const ownClause = prevTok < from && !endsSentence(b, inverted ? mention.to : v + 1, to);
      const qBefore = ownClause ? -1 : tokens[prevTok]?.quote ?? -1;
      const quoteBefore = qBefore >= 0 && b.quotes[qBefore]!.close === prevTok ? qBefore : -1;
      // … or right after: "Peskov said: “…”", "He told reporters, “…”".
      const cStart = verb.particle ? v + 2 : clauseStartAfter(b, subjEnd - 1, to, verb);
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
      // A quote that opens at the paragraph's end with a word or two is a fragment, not a statement.
      const fragment = quoteAfter >= 0 && b.quotes[quoteAfter]!.close < 0
        && tokens.slice(cStart + 1).filter((t) => t.kind === 'word').length < 3;
      if (quoteAfter >= 0 && !thatBefore && !fragment) {
        const q = b.quotes[quoteAfter]!;
        usedQuote.add(quoteAfter);
        const qEnd = q.close < 0 ? tokens.length : q.close + 1;
        const tail = clauseEnd(b, qEnd, to);
        // A quote that only opens the clause ("said “X” was wrong") is part of reported speech.
        if (tail > qEnd && tokens[qEnd]?.kind === 'word') {
          const [start, end] = spanOf(b, cStart, tail);
          for (let i = qEnd; i < tail; i++) if (tokens[i]!.quote >= 0) usedQuote.add(tokens[i]!.quote);
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
      let afterAttr = inverted ? mention.to : v + 1;
      // "…, a source told Reuters." / "…, Carter told a Senate panel on Wednesday.": the listener is part of the attribution.
      if (!inverted && verb.lemma === 'tell') {
        const listener = phraseStartingAt(tokens, v + 1, to);
        if (listener) afterAttr = listener.to;
      }
      // "…, Sanders said, a policy that could …": a noun phrase after the attribution describes what came before.
      const describedBefore = !inverted && (tokens[afterAttr + 1]?.lower === 'a' || tokens[afterAttr + 1]?.lower === 'an')
        && looksClausal(b, from, attrStart - 1);
      const described = (inverted || describedBefore) && !endsSentence(b, afterAttr, to) && describesToEnd(b, afterAttr, to);
      const interrupts = !inverted && tokens[attrStart - 1]?.text === ',' ? interruptsSentence(b, from, attrStart - 1, afterAttr, to) : null;
      // "If …, Giuliani said, there's …": the subordinate clause before is said too, as its own statement.
      if (interrupts?.subordinate && attrStart - 1 - from >= 4) {
        const [start, end] = spanOf(b, from, attrStart - 1);
        push({ block: b.index, start, end, cueStart, cueEnd: cueEndOf(b, v, verb), mention, role,
          form: formOf(b, from, attrStart - 1), verb, cueKind: 'verb', negated, sameSpeakerAs: inherited, after: '' });
      }
      if (tokens[attrStart - 1]?.text === ',' && !interrupts && (described || endsSentence(b, afterAttr, to))) {
        let cFrom = from;
        // Skip a leading quote that was already used, or an opening connective.
        while (cFrom < attrStart - 1 && tokens[cFrom]!.quote >= 0 && usedQuote.has(tokens[cFrom]!.quote)) cFrom++;
        const cTo = attrStart - 1;
        if (cTo - cFrom >= 3 && cTo - cFrom <= MAX_CLAUSE_TOKENS && !tokens.slice(cFrom, cTo).some((t) => t.quote < 0 && (t.text === ';'))) {
          const [start, end] = spanOf(b, cFrom, cTo);
          for (let i = cFrom; i < cTo; i++) if (tokens[i]!.quote >= 0) usedQuote.add(tokens[i]!.quote);
          // The speaker's description ("a union that … endorsed Sanders") reports nothing of its own.
          if (described) for (let i = afterAttr; i < to; i++) usedCue.add(i);
          push({ block: b.index, start, end, cueStart, cueEnd: cueEndOf(b, v, verb), mention, role,
            form: formOf(b, cFrom, cTo), verb, cueKind: 'verb', negated, sameSpeakerAs: inherited, after: '' });
          continue;
        }
      }

      // Reported clause after the cue: "Nozari said Iran is not involved …".
      if (!inverted && (verb.clause || negated || verb.cls === 'deny' || verb.cls === 'decline' || verb.cls === 'confirm'
        || verb.lemma === 'accuse' || verb.lemma === 'criticize' || verb.lemma === 'criticise' || verb.lemma === 'call'
        || verb.lemma === 'describe' || verb.lemma === 'urge' || verb.lemma === 'ask' || BACKING.has(verb.lemma) || verb.mined)) {
        const noReply = negated && NO_REPLY_LEMMAS.has(verb.lemma);
        const objectOnly = !thatBefore && (verb.cls === 'deny' || verb.cls === 'decline' || verb.cls === 'confirm' && !verb.clause || noReply
          || BACKING.has(verb.lemma) || verb.lemma === 'plead' || negated && verb.cls === 'confirm');
        const cFrom = objectOnly ? v + 1 : cStart;
        const cTo = clauseEnd(b, cFrom, to, objectOnly);
        // A learned cue that takes an object reports it whole, short or not: "defended the budget".
        if (cTo - cFrom < (objectOnly ? 1 : verb.mined && !verb.clause ? 2 : 3)) continue;
        if (!thatBefore && thingObject(tokens, verb.lemma, cFrom, cTo)) continue;
        // "had admitted more than 1.4 million refugees" lets people in; it concedes nothing.
        if (verb.lemma === 'admit' && startsCount(tokens[cFrom]?.lower ?? '')) continue;
        // Verbs with an object that is a thing, not words ("recalled its ambassador"), report nothing.
        if (!objectOnly && NEEDS_CLAUSE.has(verb.lemma) && !thatBefore && !looksClausal(b, cFrom, cTo)) continue;
        // "would neither confirm nor deny": the second verb belongs to this phrase.
        if (objectOnly) for (let i = cFrom; i < cTo; i++) if (VERBS.has(tokens[i]!.lower)) usedCue.add(i);
        // "described Iran as an “important partner” amid …": the characterisation ends with its quote.
        if (LABELLING_LEMMAS.has(verb.lemma) && !POINTING_OBJECTS.has(tokens[cFrom]!.lower)) {
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
        if (LABELLING_LEMMAS.has(verb.lemma) && POINTING_OBJECTS.has(tokens[cFrom]!.lower)) {
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
  extractTranscriptLine(b, out);
  out.sort((x, y) => x.start - y.start);
  for (const s of out) describeMention(b, s);
  return out;
}

/**
 * The subject of "shows"/"found" when it is a record: the sentence's opening words up to the verb,
 * a short stretch with no verb of its own and a record noun in it ("A CNN/ORC poll of South Carolina",
 * "Audio provided to The Times"). The speaker is the stretch up to its first comma.
 */
function recordSubject(b: BlockText, from: number, v: number): Phrase | null {
  const { tokens } = b;
  let start = from;
  while (start < v && (tokens[start]!.kind !== 'word' || tokens[start]!.quote >= 0 || OPENING_CONJUNCTIONS.has(tokens[start]!.lower))) start++;
  const end = skipModifiersLeft(tokens, v - 1, start).at + 1;
  if (end <= start || end - start > DOCUMENT_SUBJECT_MAX) return null;
  let cut = end;
  let record = false;
  for (let i = start; i < end; i++) {
    const t = tokens[i]!;
    if (t.quote >= 0 || t.kind === 'punct' && t.text !== ',' && t.text !== '.' && t.text !== '/' && t.text !== '-') return null;
    if (t.text === ',' && cut === end) cut = i;
    if (t.kind !== 'word') continue;
    // "Polls that the campaign commissioned show …" is fine; a finite verb of the sentence's own is not.
    if (i > start && SUBJECT_PRONOUNS.has(t.lower)) return null;
    if (cut === end && isRecordWord(t.lower)) record = true;
  }
  if (!record || cut <= start) return null;
  return { from: start, to: cut };
}

const NOT_SOURCES = new Set(['plan', 'plans', 'schedule', 'script', 'custom', 'tradition', 'protocol', 'rules', 'law', 'laws',
  'form', 'taste', 'need', 'needs', 'size', 'age', 'rank', 'type', 'design', 'instructions', 'procedure', 'standards']);
const SOURCE_MAX = 16;
/**
 * The source of "according to" when it is no name or speaker noun: "according to the results",
 * "according to a count by The Associated Press", "according to him". It runs to the next comma,
 * dash or sentence end; a source with no such end in reach, or a plan or a rule, is none.
 */
function accordingSource(tokens: Token[], start: number, to: number): Phrase | null {
  let k = start;
  let head = '';
  while (k < to && k - start < SOURCE_MAX) {
    const t = tokens[k]!;
    if (t.quote >= 0) return null;
    if (t.kind !== 'word') {
      if (t.text === ',' || t.text === '—' || t.text === ';' || isTerminal(t)) break;
      if (t.text !== '.' && t.text !== '-' && t.text !== '’' && t.text !== "'") return null;
    } else head = t.lower;
    k++;
  }
  if (k === start || !head || k - start >= SOURCE_MAX && k < to) return null;
  if (NOT_SOURCES.has(head) || NOT_SOURCES.has(tokens[start]!.lower)) return null;
  return { from: start, to: k };
}

/** A noun-like cue word ("report", "calls") only counts as a verb after a subject-like word. */
function looksVerbal(tokens: Token[], v: number, from: number): boolean {
  const prev = tokens[v - 1];
  if (!prev || v === from) return false;
  if (prev.kind !== 'word') return false;
  if (DETERMINERS.has(prev.lower) || PREPOSITIONS.has(prev.lower) || MEDIA_WORDS.has(prev.lower)) return false;
  // "the ministry’s claim" and "a blog post" are nouns.
  if (endsPossessive(prev.text)) return false;
  if (!prev.cap && DETERMINERS.has(tokens[v - 2]?.lower ?? '')) return false;
  const next = tokens[v + 1];
  return !next || next.kind === 'word' || next.text === ',' || next.text === ':' || next.quote >= 0 || isTerminal(next);
}

/** Closing quotation marks that may stand between a clause's comma and a participle. */
const CLOSING_MARKS = new Set(['”', '"', '’', "'"]);
const JOINING_DASHES = new Set(['—', '–']);

/**
 * Does the participle at v hang off the clause before it? After a comma or "and" ("…, saying
 * that"), after a comma inside a closing quote ("… “New York values,” saying …"), or after a dash
 * ("flipped his choice – saying …").
 */
function participleJoin(tokens: BlockText['tokens'], v: number): boolean {
  const prev = tokens[v - 1];
  if (!prev) return false;
  if (prev.text === ',' || prev.lower === 'and' || JOINING_DASHES.has(prev.text)) return true;
  return CLOSING_MARKS.has(prev.text) && tokens[v - 2]?.text === ',';
}
