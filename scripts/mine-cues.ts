// `npx tsx scripts/mine-cues.ts [--check]`: learns reporting cues outside the hand-made verb
// lexicon from PolNeAR train (../shared/polnear/train, read at development time only) and writes
// src/engine/lexicon/mined-cues.ts.
//
// For every word in a verb's position (a subject to its left, as the engine finds subjects;
// or a participle after a comma), it counts how often that occurrence is part of a labelled
// cue and how often it is not. A word is kept when it is labelled often enough and reliably
// enough. The data also says its class (the stance its statements mostly take), its frame
// (what follows it reads as a clause or as an object) and a particle that belongs to it
// ("referring to", "talked about").
//
// PolNeAR also labels beliefs, wishes and plans ("believes", "wants", "hopes"), which the
// guide does not count as statements, and perception ("seems", "appears"): those lemmas are
// left out by the list below, never by the data. Deterministic: same data, same file.
// --check fails when the committed file differs from what the data gives.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prepareBlock } from '../src/engine/analyze';
import { subjectLeft } from '../src/engine/subjects';
import { looksClausal } from '../src/engine/clauses';
import { BASE_VERBS } from '../src/engine/lexicon/verbs';
import { textToBlocks } from '../src/page/text-blocks';
import type { BlockText } from '../src/engine/block';

const repo = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const dataDir = resolve(repo, '..', 'shared', 'polnear', 'train');
const outFile = join(repo, 'src', 'engine', 'lexicon', 'mined-cues.ts');

/** Kept when labelled at least this often … */
const MIN_LABELLED = 3;
/** … and in more than this share of its occurrences in a verb's position: more often a cue than not. */
const MIN_RELIABILITY = 0.5;

/** Not speech: thinking, wanting, planning, perceiving, feeling (the guide does not count them). */
const NOT_SPEECH = new Set(['believe', 'think', 'want', 'hope', 'wish', 'plan', 'intend', 'expect', 'seem', 'appear',
  'see', 'know', 'feel', 'fear', 'worry', 'doubt', 'suspect', 'assume', 'consider', 'view', 'regard', 'understand',
  'realize', 'realise', 'recognize', 'recognise', 'imagine', 'wonder', 'like', 'love', 'hate', 'prefer', 'seek', 'try',
  'aim', 'decide', 'agree', 'learn', 'remember', 'forget', 'need', 'look', 'sound', 'hear', 'read', 'watch', 'notice',
  'care', 'trust', 'favor', 'favour', 'oppose', 'mean', 'figure', 'bet', 'guess', 'suppose', 'predict', 'anticipate',
  'envision', 'dream', 'await', 'ponder', 'welcome', 'enjoy', 'struggle', 'question']);

/** Cue words the engine reads by their own rule ("according to"). */
const HANDLED_ELSEWHERE = new Set(['according']);

/**
 * Only inflected verb forms: past ("blasted"), third person ("slams"), participle ("citing").
 * Bare forms are as often nouns or follow "will"; "-ly" words are adverbs the subject finder
 * already steps over.
 */
const inflected = (w: string): boolean => w.length > 4 && !w.endsWith('ly')
  && (w.endsWith('ed') || w.endsWith('ing') || (w.endsWith('s') && !w.endsWith('ss') && !w.endsWith('ous')));

const tokenWords = (s: string): string[] => s.toLowerCase().replace(/[’‘`]/g, "'").match(/[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu) ?? [];

/** A crude lemma for the stop list: "believes", "believed", "believing" → "believe". */
function lemmaCandidates(w: string): string[] {
  const out = [w];
  if (w.endsWith('ies')) out.push(`${w.slice(0, -3)}y`);
  if (w.endsWith('es')) out.push(w.slice(0, -2));
  if (w.endsWith('s')) out.push(w.slice(0, -1));
  if (w.endsWith('ied')) out.push(`${w.slice(0, -3)}y`);
  if (w.endsWith('ed')) { out.push(w.slice(0, -2), w.slice(0, -1)); if (w.at(-3) === w.at(-4)) out.push(w.slice(0, -3)); }
  if (w.endsWith('ing')) { out.push(w.slice(0, -3), `${w.slice(0, -3)}e`); if (w.at(-4) === w.at(-5)) out.push(w.slice(0, -4)); }
  return out;
}
const isNotSpeech = (w: string): boolean => lemmaCandidates(w).some((l) => NOT_SPEECH.has(l))
  || ['thought', 'knew', 'saw', 'felt', 'meant', 'sought', 'understood', 'heard', 'forgot'].includes(w);

type Position = 'finite' | 'participle';
interface Tally {
  seen: number;
  labelled: number;
  stances: Record<string, number>;
  clausal: number;
  objects: number;
  particles: Map<string, number>;
}

interface GoldStatement { cue: string; text: string; stance: string }

/** Character spans [start, end) of a block's gold cues, each with the content it introduces. */
interface CueSpan { start: number; end: number; textStart: number; textEnd: number; stance: string }

function locateCues(b: BlockText, statements: GoldStatement[]): CueSpan[] {
  const spans: CueSpan[] = [];
  for (const s of statements) {
    if (!s.cue.trim() || !s.text.trim()) continue;
    const textStart = b.text.indexOf(s.text);
    if (textStart < 0) continue;
    const textEnd = textStart + s.text.length;
    // The cue occurrence nearest its content is the labelled one.
    let best = -1;
    let bestDist = Infinity;
    for (let at = b.text.indexOf(s.cue); at >= 0; at = b.text.indexOf(s.cue, at + 1)) {
      const end = at + s.cue.length;
      const dist = end <= textStart ? textStart - end : at >= textEnd ? at - textEnd : 0;
      if (dist < bestDist) { best = at; bestDist = dist; }
    }
    if (best >= 0 && bestDist <= 200) spans.push({ start: best, end: best + s.cue.length, textStart, textEnd, stance: s.stance });
  }
  return spans;
}

function mine(): Map<string, Tally & { position: Position }> {
  const tallies = new Map<string, Tally & { position: Position }>();
  const files = readdirSync(join(dataDir, 'gold')).filter((f) => f.endsWith('.json')).sort();
  for (const f of files) {
    const id = f.slice(0, -'.json'.length);
    const gold = JSON.parse(readFileSync(join(dataDir, 'gold', f), 'utf8')) as { statements: GoldStatement[] };
    const text = readFileSync(join(dataDir, 'text', `${id}.txt`), 'utf8');
    const blocks = textToBlocks(text).map((tb, i) => prepareBlock(tb, i));
    for (const b of blocks) {
      const cues = locateCues(b, gold.statements.filter((s) => b.text.includes(s.text)));
      const { tokens } = b;
      for (const sent of b.sentences) {
        for (let v = sent.from; v < sent.to; v++) {
          const t = tokens[v]!;
          if (t.kind !== 'word' || t.quote >= 0 || t.cap || !/^[a-z]+$/.test(t.lower)) continue;
          if (BASE_VERBS.has(t.lower) || HANDLED_ELSEWHERE.has(t.lower) || isNotSpeech(t.lower) || !inflected(t.lower)) continue;
          let position: Position | null = null;
          if (t.lower.endsWith('ing') && tokens[v - 1]?.text === ',') position = 'participle';
          else if (!t.lower.endsWith('ing') && subjectLeft(b, v, sent.from, true)) position = 'finite';
          if (!position) continue;
          const key = `${position}:${t.lower}`;
          let tally = tallies.get(key);
          if (!tally) {
            tally = { position, seen: 0, labelled: 0, stances: {}, clausal: 0, objects: 0, particles: new Map() };
            tallies.set(key, tally);
          }
          tally.seen++;
          const cue = cues.find((c) => c.start <= t.start && t.end <= c.end);
          if (!cue) continue;
          tally.labelled++;
          tally.stances[cue.stance] = (tally.stances[cue.stance] ?? 0) + 1;
          // The word right after ours, when it is the cue's last word: a particle ("referring to").
          const next = tokens[v + 1];
          if (next && next.kind === 'word' && next.end === cue.end && cue.end - cue.start <= t.end - t.start + next.text.length + 1) {
            tally.particles.set(next.lower, (tally.particles.get(next.lower) ?? 0) + 1);
          }
          if (cue.textStart >= cue.end) {
            const words = tokenWords(b.text.slice(cue.textStart, cue.textEnd));
            let from = v + 1;
            while (from < tokens.length && tokens[from]!.end <= cue.textStart) from++;
            let to = from;
            while (to < tokens.length && tokens[to]!.start < cue.textEnd) to++;
            if (words[0] === 'that' || b.text.slice(cue.end, cue.textStart).trim().toLowerCase() === 'that' || looksClausal(b, from, to)) tally.clausal++;
            else tally.objects++;
          }
        }
      }
    }
  }
  return tallies;
}

interface MinedEntry { word: string; cls: 'speech' | 'deny' | 'confirm' | 'decline'; clause: boolean; particle: string; labelled: number; seen: number }

function select(tallies: ReturnType<typeof mine>): MinedEntry[] {
  const out: MinedEntry[] = [];
  for (const [key, t] of [...tallies].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (t.labelled < MIN_LABELLED || t.labelled / t.seen <= MIN_RELIABILITY) continue;
    const word = key.slice(key.indexOf(':') + 1);
    const share = (s: string) => (t.stances[s] ?? 0) / t.labelled;
    const cls = share('denies') > 0.5 ? 'deny' : share('confirms') > 0.5 ? 'confirm' : share('declines') > 0.5 ? 'decline' : 'speech';
    const [particle, pn] = [...t.particles].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0] ?? ['', 0];
    out.push({ word, cls, clause: t.clausal > t.objects, particle: pn * 2 > t.labelled ? particle : '', labelled: t.labelled, seen: t.seen });
  }
  return out;
}

function render(entries: MinedEntry[]): string {
  const lines = entries.map((e) => `  [${JSON.stringify(e.word)}, ${JSON.stringify(e.cls)}, ${e.clause}, ${JSON.stringify(e.particle)}], // ${e.labelled}/${e.seen}`);
  return `// Generated by scripts/mine-cues.ts from PolNeAR train; do not edit by hand. To regenerate:
//   npx tsx scripts/mine-cues.ts        (needs ../shared/polnear/train beside the repo)
// Each row: a word form that introduces reported content outside the hand-made lexicon, its
// class, whether it takes a clause (else an object), the particle that belongs to the cue
// ("referring to"), and, as a comment, labelled / all occurrences in a verb's position.
// Kept: labelled >= ${MIN_LABELLED} times and in more than ${Math.round(MIN_RELIABILITY * 100)} % of those occurrences.

export type MinedCue = readonly [word: string, cls: 'speech' | 'deny' | 'confirm' | 'decline', clause: boolean, particle: string];

export const MINED_CUES: readonly MinedCue[] = [
${lines.join('\n')}
];
`;
}

const text = render(select(mine()));
if (process.argv.includes('--check')) {
  const now = readFileSync(outFile, 'utf8');
  if (now !== text) { console.error('mined-cues.ts differs from what the data gives: run npx tsx scripts/mine-cues.ts'); process.exit(1); }
  console.log('mined-cues.ts is up to date');
} else {
  writeFileSync(outFile, text);
  console.log(`wrote ${outFile}`);
}
