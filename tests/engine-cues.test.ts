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

describe('listed cues the parse used to lose', () => {
  it('coordination: a first verb that is no cue lends its subject to "and said"', () => {
    expectStatement(run('Ansel Krupp visited the flooded district on Monday and said the repairs would take a year.'),
      { speaker: 'Ansel Krupp', text: 'the repairs would take a year', cue: 'said' });
  });

  it('a trailing attribution with its listener: ", a source told Reuters."', () => {
    expectStatement(run('The ferry contract will be cancelled next month, a source told Reuters.'),
      { text: 'The ferry contract will be cancelled next month', cue: 'told' });
  });

  it('a trailing attribution with a listener and a time: ", Lund told a council panel on Wednesday."', () => {
    expectStatement(run('The tunnel will need another two years of work, Berit Lund told a council panel on Wednesday.'),
      { speaker: 'Berit Lund', text: 'The tunnel will need another two years of work', cue: 'told' });
  });

  it('a trailing attribution followed by a participle: ", Lund said, adding that …"', () => {
    const a = run('The tunnel will need another two years of work, Berit Lund said, adding that the costs had doubled.');
    expectStatement(a, { speaker: 'Berit Lund', text: 'The tunnel will need another two years of work', cue: 'said' });
    expectStatement(a, { speaker: 'Berit Lund', text: 'the costs had doubled', cue: 'adding' });
  });
});

describe('shares of people as speakers', () => {
  it('"7 percent said …"', () => {
    expectStatement(run('Only 7 percent said they would vote for the tunnel.'),
      { speaker: 'Only 7 percent', text: 'they would vote for the tunnel', cue: 'said' });
  });

  it('"Some said …"', () => {
    expectStatement(run('Some said the tunnel was far too expensive for a town of that size.'),
      { speaker: 'Some', text: 'the tunnel was far too expensive for a town of that size', cue: 'said' });
  });
});
