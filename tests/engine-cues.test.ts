// Cues learned from labelled data (src/engine/lexicon/mined-cues.ts) and the parse shapes
// that used to hide listed cues. Sentences are made up; each one fails without its rule.
import { describe, expect, it } from 'vitest';
import { expectStatement, run } from './engine-helpers';
import { MINED_CUES } from '../src/engine/lexicon/mined-cues';
import { VERBS } from '../src/engine/lexicon/verbs';

describe('learned cues', () => {
  it('the list holds inflected forms only, none of them a belief or a wish', () => {
    for (const [word] of MINED_CUES) expect(word).toMatch(/(?:ed|s|ing)$/);
    for (const w of ['believes', 'believed', 'wants', 'hoped', 'thinks', 'seems', 'appeared', 'plans', 'expects']) {
      expect(MINED_CUES.some(([word]) => word === w), w).toBe(false);
    }
  });

  it('the hand-made lexicon wins where both list a word', () => {
    expect(VERBS.get('said')?.mined).toBeUndefined();
    expect(VERBS.get('praised')?.mined).toBe(true);
  });

  it('an object cue: "praised" the thing praised', () => {
    expectStatement(run('Mayor Ida Brandt praised the volunteers for their quick work after the flood.'),
      { speaker: 'Ida Brandt', text: 'the volunteers for their quick work after the flood', cue: 'praised', stance: 'asserts' });
  });

  it('an object cue: "blasted"', () => {
    expectStatement(run('Senator Oskar Lind blasted the new tax plan as a gift to landlords.'),
      { speaker: 'Oskar Lind', text: 'the new tax plan as a gift to landlords', cue: 'blasted' });
  });

  it('a clause cue: "expressed"', () => {
    expectStatement(run('Berit Lund expressed concern that the bridge repairs were running late.'),
      { speaker: 'Berit Lund', text: 'concern that the bridge repairs were running late', cue: 'expressed' });
  });

  it('a participle with its particle: ", referring to …"', () => {
    const a = run('Ansel Krupp said the rules were unfair, referring to the new parking fees in the old town.');
    expectStatement(a, { speaker: 'Ansel Krupp', text: 'the new parking fees in the old town', cue: 'referring to' });
  });

  it('a learned participle: ", citing …"', () => {
    expectStatement(run('Ida Brandt cancelled the match, citing safety concerns about the old stand.'),
      { speaker: 'Ida Brandt', text: 'safety concerns about the old stand', cue: 'citing' });
  });

  it('a cue learned with its particle is no cue without it', () => {
    const a = run('Berit Lund sided at first with nobody on the council and later left.');
    expect(a.statements).toEqual([]);
  });
});
