// The keep step's one feature function: is a candidate the extractor found a statement a
// reader should see? Training (src/train/keep-*.ts) and the engine both call it on a
// KeepContext built by keepContextOf from the same candidate, so what the model learned is
// what it is shown. It looks at the shape of the attribution (its cue, who speaks, where it
// stands, how long it is), not at the topic: topics are the news of one season.
import type { ActorKind, Form } from './types';
import type { RawStatement } from './block';
import type { VerbInfo } from './lexicon/verbs';
import { featureTokens } from './stance-features';

export interface KeepContext {
  /** The block the candidate lies in, and its kind (title, caption, paragraph, …). */
  block: string;
  blockKind: string;
  blockIndex: number;
  start: number;
  end: number;
  /** The cue, [cueStart, cueEnd) in `block`; -1 when the candidate has none of its own. */
  cueStart: number;
  cueEnd: number;
  form: Form;
  cueKind: RawStatement['cueKind'];
  verb: VerbInfo | null;
  negated: boolean;
  /** How the speaker is named for it, as written; '' when unknown. */
  mention: string;
  /** The speaker came from an earlier candidate (a continued quote, a participle). */
  inherited: boolean;
  /** The kind of actor the speaker resolved to. */
  actorKind: ActorKind | '';
}

export function keepContextOf(texts: readonly string[], kinds: readonly string[], raw: RawStatement, mention: string, actorKind: ActorKind | ''): KeepContext {
  return {
    block: texts[raw.block] ?? '', blockKind: kinds[raw.block] ?? '', blockIndex: raw.block,
    start: raw.start, end: raw.end, cueStart: raw.cueStart, cueEnd: raw.cueEnd,
    form: raw.form, cueKind: raw.cueKind, verb: raw.verb, negated: raw.negated,
    mention, inherited: !!raw.sameSpeakerAs && !raw.mentionWords, actorKind,
  };
}

const isWord = (t: string): boolean => /[\p{L}\p{N}]/u.test(t);
const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'you', 'who', 'his', 'her', 'their']);

function bucket(n: number, edges: readonly number[]): string {
  const i = edges.findIndex((e) => n <= e);
  return i < 0 ? `>${edges[edges.length - 1]}` : `<=${edges[i]}`;
}

/** How the speaker is named: by a name, a pronoun, a description, or not at all. */
function mentionShape(ctx: KeepContext): string {
  if (ctx.inherited) return 'inherited';
  const words = ctx.mention.split(/\s+/).filter(Boolean);
  if (!words.length) return 'none';
  if (words.length === 1 && PRONOUNS.has(words[0]!.toLowerCase())) return 'pronoun';
  if (words.length > 1 && words.every((w) => !/\p{Ll}/u.test(w))) return 'shouted';
  if (/\d|percent|%/i.test(ctx.mention)) return 'number';
  const last = words[words.length - 1]!;
  return /^\p{Lu}/u.test(last) ? 'name' : 'description';
}

export function keepFeatures(ctx: KeepContext): string[] {
  const out = new Set<string>(['bias']);
  const { block } = ctx;
  const hasCue = ctx.cueStart >= 0 && ctx.cueEnd > ctx.cueStart;
  out.add(`ck:${ctx.cueKind}`);
  out.add(`form:${ctx.form}`);
  out.add(`ck&form:${ctx.cueKind}&${ctx.form}`);
  out.add(`bk:${ctx.blockKind}`);
  if (ctx.blockIndex === 0) out.add('first-block');

  const cueWords = hasCue ? featureTokens(block.slice(ctx.cueStart, ctx.cueEnd)).filter(isWord) : [];
  for (const t of cueWords) out.add(`c:${t}`);
  out.add(`cw:${bucket(cueWords.length, [0, 1, 2, 4])}`);
  if (ctx.verb) {
    out.add(`cl:${ctx.verb.lemma}`);
    out.add(`cc:${ctx.verb.cls}`);
    out.add(`vf:${ctx.verb.form}`);
    out.add(ctx.verb.mined ? 'learned-cue' : 'listed-cue');
  }
  if (ctx.negated) out.add('neg');
  if (hasCue) {
    out.add(ctx.cueStart < ctx.start ? 'cue:before' : 'cue:after');
    // What stands just before the cue says whether it happened: "will say", "is expected to
    // announce", "has long said".
    const before = featureTokens(block.slice(Math.max(0, ctx.cueStart - 60), ctx.cueStart)).filter(isWord).slice(-2);
    if (before[1]) out.add(`pre1:${before[1]}`);
    if (before.length === 2) out.add(`pre2:${before[0]} ${before[1]}`);
    const after = featureTokens(block.slice(ctx.cueEnd, ctx.cueEnd + 40)).filter(isWord);
    if (after[0]) out.add(`a1:${after[0]}`);
  }

  const content = block.slice(ctx.start, ctx.end);
  const words = featureTokens(content).filter(isWord);
  out.add(`len:${bucket(words.length, [1, 2, 4, 8, 16, 32, 64])}`);
  if (words[0]) out.add(`first:${words[0]}`);
  if (words.length > 1) out.add(`first2:${words[0]} ${words[1]}`);
  if (/\?\s*["”’']?\s*$/.test(content)) out.add('question');
  if (/^\s*\p{Lu}/u.test(content)) out.add('starts-upper');
  const share = block.length ? (ctx.end - ctx.start) / block.length : 0;
  out.add(`share:${bucket(Math.round(share * 10), [2, 5, 8, 10])}`);

  const shape = mentionShape(ctx);
  out.add(`ms:${shape}`);
  out.add(`mk:${ctx.actorKind || 'none'}`);
  if (ctx.verb) out.add(`cc&ms:${ctx.verb.cls}&${shape}`);
  out.add(`ck&ms:${ctx.cueKind}&${shape}`);
  const mentionWords = featureTokens(ctx.mention).filter(isWord);
  out.add(`ml:${bucket(mentionWords.length, [0, 1, 2, 4, 8])}`);
  // The common noun that names the speaker ("poll", "spokesman", "percent"): names are not features.
  const head = ctx.mention.split(/\s+/).filter((w) => /^\p{Ll}/u.test(w)).at(-1);
  if (head && shape !== 'pronoun') out.add(`mh:${featureTokens(head).filter(isWord).join(' ')}`);
  return [...out];
}
