// Stance is what a statement does, not which verb reports it: negated denials decline,
// dismissive content denies whatever the verb, and refusing a request calls nothing untrue.
// A statement with no reported clause keeps its reporting phrase as text, cue included.
import { describe, expect, it } from 'vitest';
import { actorNamed, expectStatement, expectStatements, run, type Expected } from './engine-helpers';

/** Sets the scene without reporting any speech, so pronouns and "them" have something to refer to. */
const SCENE = 'Photographs of tanks near the Ruritanian border circulated widely on Sunday.';

type StanceCase = [name: string, sentence: string, expected: Expected];

const CASES: StanceCase[] = [
  ['denied the allegations → denies', 'Anton Vesely denied the allegations.',
    { text: 'denied the allegations', cue: 'denied', form: 'indirect', stance: 'denies' }],
  ['did not deny → declines, not denies', 'Anton Vesely did not deny the reports.',
    { text: 'did not deny the reports', cue: 'did not deny', form: 'indirect', stance: 'declines' }],
  ['could not confirm → declines', 'Anton Vesely could not confirm the arrests.',
    { text: 'could not confirm the arrests', cue: 'could not confirm', form: 'indirect', stance: 'declines' }],
  ['said he could not confirm → declines', 'Anton Vesely said he could not confirm the arrests.',
    { text: 'he could not confirm the arrests', cue: 'said', form: 'indirect', stance: 'declines' }],
  ['did not refute them → declines', 'Anton Vesely did not refute them.',
    { text: 'did not refute them', cue: 'did not refute', form: 'indirect', stance: 'declines' }],
  ['declined to comment → declines', 'Anton Vesely declined to comment.',
    { text: 'declined to comment', form: 'indirect', stance: 'declines' }],
  ['did not respond to a request for comment → declines', 'Anton Vesely did not respond to a request for comment.',
    { text: 'did not respond to a request for comment', form: 'indirect', stance: 'declines' }],
  ['would neither confirm nor deny → declines', 'Anton Vesely would neither confirm nor deny the reports.',
    { text: 'would neither confirm nor deny the reports', form: 'indirect', stance: 'declines' }],
  ['confirmed that … → confirms', 'Anton Vesely confirmed that the border had been closed.',
    { text: 'the border had been closed', cue: 'confirmed', form: 'indirect', stance: 'confirms' }],
  // After a noun object the statement keeps it ("the report …") so it reads on its own; after a
  // pronoun ("calling them “…”") only the quoted words are the statement.
  ['called the report “psychological warfare” → denies', 'Anton Vesely called the report “psychological warfare”.',
    { text: 'the report “psychological warfare”', form: 'mixed', stance: 'denies' }],
  // Dismissal by metaphor: no word from a denial list, yet it calls the report untrue.
  ['called the report “a fairy tale” → denies', 'Anton Vesely called the report “a fairy tale”.',
    { text: 'the report “a fairy tale”', form: 'mixed', stance: 'denies' }],
  ['said the claims were patently false → denies', 'Anton Vesely said the claims were patently false.',
    { text: 'the claims were patently false', cue: 'said', form: 'indirect', stance: 'denies' }],
  ['dismissed it as fake news → denies', 'Anton Vesely dismissed it as fake news.',
    { text: 'dismissed it as fake news', cue: 'dismissed', form: 'indirect', stance: 'denies' }],
  ['rejected the request for names → asserts', 'Anton Vesely rejected the request for names.',
    { text: 'rejected the request for names', cue: 'rejected', form: 'indirect', stance: 'asserts' }],
  ['pleaded not guilty → denies', 'Anton Vesely pleaded not guilty to smuggling charges.',
    { text: 'pleaded not guilty to smuggling charges', form: 'indirect', stance: 'denies' }],
  ['said he took full responsibility → confirms', 'Anton Vesely said he took full responsibility for the delay.',
    { text: 'he took full responsibility for the delay', cue: 'said', form: 'indirect', stance: 'confirms' }],
];

describe('statement stance', () => {
  it.each(CASES)('%s', (_name, sentence, expected) => {
    const a = run(SCENE, sentence);
    expectStatements(a, [{ speaker: 'Anton Vesely', mention: 'Anton Vesely', ...expected }]);
  });
});

describe('actor stance toward the claim', () => {
  it('a denial among assertions makes the actor deny', () => {
    const a = run(
      SCENE,
      'Anton Vesely denied the reports. He said the border guard had acted lawfully. He added that the tanks were on a routine exercise.',
    );
    expectStatement(a, { speaker: 'Anton Vesely', text: 'denied the reports', stance: 'denies' });
    expectStatement(a, { speaker: 'Anton Vesely', text: 'the border guard had acted lawfully', stance: 'asserts' });
    expect(actorNamed(a, 'Anton Vesely').stance).toBe('denies');
  });

  it('a decline among assertions makes the actor decline', () => {
    const a = run(
      SCENE,
      'Mara Quist declined to comment on the photographs. She said the investigation was continuing. She added that the border would stay open.',
    );
    expectStatement(a, { speaker: 'Mara Quist', text: 'declined to comment on the photographs', stance: 'declines' });
    expectStatement(a, { speaker: 'Mara Quist', text: 'the investigation was continuing', stance: 'asserts' });
    expect(actorNamed(a, 'Mara Quist').stance).toBe('declines');
  });

  it('an actor with only assertions asserts', () => {
    const a = run(SCENE, 'Mara Quist said the tanks belonged to a training unit.');
    expect(actorNamed(a, 'Mara Quist').stance).toBe('asserts');
  });
});
