// Speaker examples from labelled pages: each pronoun statement the engine resolved, matched to
// its labelled statement (the guide's matching criterion), with every person it could mean and
// which of them the labels say spoke. Choices where none or all of them are right teach nothing
// and are left out. PolNeAR labels a pronoun source as unresolved, so only pages give examples.
import type { Candidates } from '../engine/analyze';
import type { LabelledDoc } from './corpora';
import { matchScore, wordBag } from './match';
import { isLabelledSpeaker } from './speaker-match';

export interface SpeakerChoiceExample {
  candidates: { features: string[]; right: boolean }[];
}

export interface SpeakerDoc {
  id: string;
  set: string;
  choices: SpeakerChoiceExample[];
}

export function speakerDoc(doc: LabelledDoc, found: Candidates): SpeakerDoc {
  const golds = doc.gold.map((g) => ({ g, bag: wordBag(g.text) }));
  const actorOf = new Map(doc.actors.map((a) => [a.name, a]));
  const choices: SpeakerChoiceExample[] = [];
  for (const c of found.speakerChoices) {
    const bag = wordBag(c.text);
    let best: (typeof golds)[number] | null = null;
    let bestScore = 0;
    for (const x of golds) {
      const s = matchScore(bag, x.bag);
      if (s > bestScore) { best = x; bestScore = s; }
    }
    if (!best) continue;
    const actor = actorOf.get(best.g.speaker);
    const labelled = c.candidates.map((k) => ({ features: k.features, right: isLabelledSpeaker(k.name, actor) }));
    if (labelled.some((k) => k.right === null)) continue;
    const right = labelled.filter((k) => k.right).length;
    if (right === 0 || right === labelled.length) continue;
    choices.push({ candidates: labelled.map((k) => ({ features: k.features, right: !!k.right })) });
  }
  return { id: doc.id, set: doc.set, choices };
}
