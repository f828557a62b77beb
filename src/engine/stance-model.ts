// The stance step: a linear model trained on labelled attributions (`npm run train`) decides
// each statement's stance from the features of stance-features.ts. Its weights ship with the
// engine as a data file and are read once per engine instance (the extension's background,
// the CLI), never in a page.
import type { Stance } from './types';
import type { StanceContext } from './stance-context';
import { disputeWord, featureWords, readCue, stanceFeatures, type CueReading } from './stance-features';
import { refusesRequest, ruleEvidence } from './stance';
import { LinearModel, ModelSlot, type LinearModelData } from './linear-model';
import stanceData from './models/stance.json';

export const STANCE_FEATURES_VERSION = 2;
const STANCES: readonly Stance[] = ['denies', 'confirms', 'declines', 'asserts'];

const slot = new ModelSlot(stanceData as LinearModelData, STANCE_FEATURES_VERSION);
const stanceModel = (): LinearModel => slot.get();

/** Use this model instead of the shipped one (training and its tests); null restores the shipped one. */
export function useStanceModel(data: LinearModelData | null): void {
  slot.use(data);
}

/** A model that gives the hand-written rules' verdict and nothing else: the starting point before any training. */
export function rulesOnlyStanceModel(): LinearModelData {
  const features = STANCES.map((s) => `r:${s}`);
  const weights = features.flatMap((_, i) => STANCES.map((__, k) => (i === k ? 1 : 0)));
  return { name: 'stance', version: STANCE_FEATURES_VERSION, classes: [...STANCES], features, weights };
}

export interface StanceDecision {
  stance: Stance;
  /** What weighed most toward it, as words of the page (see Statement.stanceWhy). */
  why: string[];
}

const WHY_LIMIT = 3;

/**
 * What the annotation guide settles by definition, whatever the data says: a plea of not
 * guilty denies, a guilty plea confirms, refusing a request asserts. These are too rare in the
 * training news for a model to learn them reliably.
 */
function byDefinition(ctx: StanceContext, read: CueReading): StanceDecision | null {
  if (!read.hasCue) return null;
  if (refusesRequest(read.rule)) return { stance: 'asserts', why: [] };
  // A denying verb calling its object untrue ("dismissed it as fake news", "rejected the
  // report as false"): the guide's own definition of a denial, both halves present.
  if (read.verb?.cls === 'deny' && !read.negated) {
    const word = disputeWord(ctx.block.slice(ctx.start, ctx.end));
    if (word) return { stance: 'denies', why: [read.rule.cue, word].filter((w, i, all) => w && all.indexOf(w) === i) };
  }
  const cue = read.rule.cue;
  if (!/^plead/i.test(cue)) return null;
  const after = ctx.block.slice(ctx.cueEnd, ctx.cueEnd + 24).toLowerCase();
  if (/^\s*not guilty\b/.test(after)) return { stance: 'denies', why: [`${cue} not guilty`] };
  if (/^\s*guilty\b/.test(after)) return { stance: 'confirms', why: [`${cue} guilty`] };
  return null;
}

/** Reasons that barely tipped the scale are not worth a reader's attention. */
const WHY_MIN_WEIGHT = 0.1;

export function decideStance(ctx: StanceContext): StanceDecision {
  const read = readCue(ctx);
  const defined = byDefinition(ctx, read);
  if (defined) return defined;
  const m = stanceModel();
  const features = stanceFeatures(ctx, read);
  const { best } = m.score(features);
  const stance = m.classes[best] as Stance;
  if (!STANCES.includes(stance)) throw new Error(`stance model gave an unknown class ${stance}`);
  if (stance === 'asserts') return { stance, why: [] };
  const why: string[] = [];
  for (const r of m.reasons(features, best, m.classes.indexOf('asserts'), 12)) {
    if (r.weight < WHY_MIN_WEIGHT) break;
    // The rules' verdict is shown as the phrase that triggered it.
    const words = r.feature.startsWith('r:') ? ruleEvidence(read.rule, stance) : featureWords(r.feature, read.rule.cue);
    if (!words || why.some((w) => w.includes(words) || words.includes(w))) continue;
    why.push(words);
    if (why.length === WHY_LIMIT) break;
  }
  return { stance, why };
}
