// Coreference: later mentions of a source (pronouns, surname, role noun, acronym) must
// resolve to the actor first named in full, so each real-world source is one actor with
// every name the article gives it. Pronouns are never aliases.
import { describe, expect, it } from 'vitest';
import { actorNamed, expectStatement, run } from './engine-helpers';

const PRONOUNS = /^(?:he|she|they|it|him|her|them|we|i)$/i;
/** The scorer drops a leading "the", so "the EU" and "EU" name the same thing. */
const bare = (s: string) => s.replace(/^the /i, '');

describe('pronouns', () => {
  it('he continues the man just quoted', () => {
    const a = run('Anton Vesely said the border would reopen on Monday. He added that extra guards would be posted.');
    expectStatement(a, { speaker: 'Anton Vesely', text: 'the border would reopen on Monday', mention: 'Anton Vesely' });
    expectStatement(a, { speaker: 'Anton Vesely', text: 'extra guards would be posted', mention: 'He', cue: 'added' });
    expect(a.actors).toHaveLength(1);
  });

  // The nearest person is the man, so only gender can send "she" back to the woman.
  it('she skips a nearer man to reach the woman quoted earlier', () => {
    const a = run(
      'Helena Marsh said the harbour had been dredged.',
      'Viktor Dahl said the first ships would arrive in April.',
      'She added that the dredging had cost less than planned.',
    );
    expectStatement(a, { speaker: 'Helena Marsh', text: 'the dredging had cost less than planned', mention: 'She', cue: 'added' });
    expect(a.actors.map((x) => x.name).sort()).toEqual(['Helena Marsh', 'Viktor Dahl']);
  });

  it('he skips a nearer woman to reach the man quoted earlier', () => {
    // The page says she is a woman ("her"): a given name alone may be missing from the list.
    const a = run(
      'Viktor Dahl said the first ships would arrive in April.',
      'Helena Marsh said her crews had dredged the harbour.',
      'He added that the port would hire forty people.',
    );
    expectStatement(a, { speaker: 'Viktor Dahl', text: 'the port would hire forty people', mention: 'He', cue: 'added' });
  });

  it('they continues the group just quoted', () => {
    const a = run('Dock workers said the new night shifts were unsafe.', 'They added that a strike was planned for Friday.');
    const first = expectStatement(a, { text: 'the new night shifts were unsafe', mention: 'Dock workers' });
    const second = expectStatement(a, { text: 'a strike was planned for Friday', mention: 'They', cue: 'added' });
    expect(second.actor).toBe(first.actor);
    expect(a.actors[first.actor]!.kind).toBe('group');
  });

  // A reporter often introduces a person before quoting them: the pronoun must reach back
  // to a named person who has not spoken yet.
  it('she refers to a woman named, but not yet quoted, in the previous paragraph', () => {
    const a = run('Councillor Helga Strand arrived at the town hall after the count.', '“The vote was fair,” she said.');
    expectStatement(a, { speaker: 'Helga Strand', text: 'The vote was fair,', form: 'direct', mention: 'she', cue: 'said' });
  });
});

describe('names, surnames, role nouns and acronyms', () => {
  it('a surname and a role noun resolve to the actor named in full; one actor with all its aliases', () => {
    const a = run(
      'Ruritanian Interior Ministry spokesman Anton Vesely said the border would reopen on Monday.',
      'Vesely said extra guards would be posted at the crossing.',
      'The spokesman said no incidents had been reported. He did not give details.',
    );
    expectStatement(a, { speaker: 'Anton Vesely', text: 'the border would reopen on Monday', mention: 'Ruritanian Interior Ministry spokesman Anton Vesely' });
    expectStatement(a, { speaker: 'Anton Vesely', text: 'extra guards would be posted at the crossing', mention: 'Vesely' });
    expectStatement(a, { speaker: 'Anton Vesely', text: 'no incidents had been reported', mention: 'The spokesman' });
    expect(a.actors).toHaveLength(1);
    const vesely = actorNamed(a, 'Anton Vesely');
    expect(vesely.aliases).toEqual(expect.arrayContaining(['Ruritanian Interior Ministry spokesman Anton Vesely', 'Vesely', 'The spokesman']));
    expect(vesely.aliases.filter((x) => PRONOUNS.test(x))).toEqual([]);
  });

  it('two people keep their own surnames apart', () => {
    const a = run(
      'Anton Vesely said the border would reopen on Monday. Colonel Mara Quist said the guard was ready.',
      'Quist said more patrols would follow. Vesely said the timetable was final.',
    );
    expectStatement(a, { speaker: 'Mara Quist', text: 'more patrols would follow', mention: 'Quist' });
    expectStatement(a, { speaker: 'Anton Vesely', text: 'the timetable was final', mention: 'Vesely' });
    expect(a.actors.map((x) => x.name).sort()).toEqual(['Anton Vesely', 'Mara Quist']);
  });

  it('an acronym resolves to the full name used earlier: the European Union … the EU said', () => {
    const a = run(
      'The European Union said the sanctions would remain in force.',
      'The EU said a review was due in March.',
    );
    expectStatement(a, { speaker: 'European Union', text: 'the sanctions would remain in force' });
    expectStatement(a, { speaker: 'European Union', text: 'a review was due in March' });
    expect(a.actors).toHaveLength(1);
    const eu = actorNamed(a, 'European Union');
    expect(eu.aliases.map(bare)).toEqual(expect.arrayContaining(['European Union', 'EU']));
  });
});
