// Who the source is: a person behind titles and appositives, an organisation, a capital
// or institution standing for a government, a publication, an anonymous source. The
// guide names a person by the fullest name the article uses, with the title or
// description kept apart in `role` and the whole phrase kept in `mention`.
import { describe, expect, it } from 'vitest';
import { actorNamed, expectStatement, expectStatements, run } from './engine-helpers';

describe('people behind titles and appositives', () => {
  it('a title stack before the name: Ruritanian Interior Ministry spokesman Anton Vesely', () => {
    const a = run('Ruritanian Interior Ministry spokesman Anton Vesely said the border would reopen on Monday.');
    expectStatements(a, [{
      speaker: 'Anton Vesely', text: 'the border would reopen on Monday', cue: 'said', form: 'indirect',
      mention: 'Ruritanian Interior Ministry spokesman Anton Vesely',
    }]);
    const vesely = actorNamed(a, 'Anton Vesely');
    expect(vesely.kind).toBe('person');
    expect(vesely.role).toContain('Ruritanian Interior Ministry spokesman');
  });

  // A plain word before the title ("press") belongs to the role; cut there, the quote lost its speaker.
  it('a role with a plain modifier: “…,” Harbour Board press secretary Anton Vesely told reporters.', () => {
    const a = run('“The border will reopen on Monday,” Harbour Board press secretary Anton Vesely told reporters.');
    expectStatement(a, { speaker: 'Anton Vesely', text: 'The border will reopen on Monday,', mention: 'Harbour Board press secretary Anton Vesely' });
  });

  it('a preposition is no role word: “after Harbour Board chief Anton Vesely refused …”', () => {
    const a = run('The union called for a strike after Harbour Board chief Anton Vesely refused to meet its leaders.');
    expectStatement(a, { speaker: 'Anton Vesely', text: 'refused to meet its leaders', mention: 'Harbour Board chief Anton Vesely' });
  });

  it('a rank and an appositive: Colonel Mara Quist, a senior commander of the border guard, denied …', () => {
    const a = run('Colonel Mara Quist, a senior commander of the border guard, denied the reports.');
    expectStatements(a, [{ speaker: 'Mara Quist', text: 'denied the reports', cue: 'denied', form: 'indirect', stance: 'denies', mention: 'Colonel Mara Quist' }]);
    const quist = actorNamed(a, 'Mara Quist');
    expect(quist.kind).toBe('person');
    expect(quist.role).toContain('a senior commander of the border guard');
  });

  // Job titles that are not in any list of honorifics must still stay out of the name.
  it('a lower-case job title before the name: Harbour master Evan Tull', () => {
    const a = run('Harbour master Evan Tull said: “We have no plans to sell the port.”');
    expectStatements(a, [{ speaker: 'Evan Tull', text: 'We have no plans to sell the port.', form: 'direct', cue: 'said', mention: 'Harbour master Evan Tull' }]);
  });

  it('a capitalised occupation before the name: Farmer Odile Brun', () => {
    const a = run('Farmer Odile Brun said the river had risen overnight.');
    expectStatements(a, [{ speaker: 'Odile Brun', text: 'the river had risen overnight', cue: 'said', form: 'indirect', mention: 'Farmer Odile Brun' }]);
  });
});

describe('organisations and institutions', () => {
  it('a ministry', () => {
    const a = run('The Ruritanian Interior Ministry said the border would reopen on Monday.');
    expectStatements(a, [{ speaker: 'Ruritanian Interior Ministry', text: 'the border would reopen on Monday', cue: 'said', form: 'indirect' }]);
    expect(actorNamed(a, 'Ruritanian Interior Ministry').kind).toBe('organization');
  });

  it('a capital standing for its government: Kyiv said …', () => {
    const a = run('Kyiv said the drones had been shot down over the Black Sea.');
    expectStatements(a, [{ speaker: 'Kyiv', text: 'the drones had been shot down over the Black Sea', cue: 'said', form: 'indirect', mention: 'Kyiv' }]);
    expect(actorNamed(a, 'Kyiv').kind).toBe('organization');
  });

  it('another capital: Ankara said …', () => {
    const a = run('Ankara said the grain corridor would stay open through the winter.');
    expectStatements(a, [{ speaker: 'Ankara', text: 'the grain corridor would stay open through the winter', cue: 'said', form: 'indirect', mention: 'Ankara' }]);
    expect(actorNamed(a, 'Ankara').kind).toBe('organization');
  });

  it('an institution named by its building: the White House said …', () => {
    const a = run('The president will not travel to the summit, the White House said on Tuesday.');
    expectStatements(a, [{ speaker: 'White House', text: 'The president will not travel to the summit', cue: 'said', form: 'indirect', mention: 'the White House' }]);
    expect(actorNamed(a, 'White House').kind).toBe('organization');
  });

  // The scorer ignores a leading "The" in names, so either spelling of the masthead is right.
  it('a publication: The Daily Ledger reported that …', () => {
    const a = run('The Daily Ledger reported that the mayor had resigned.');
    const [s] = expectStatements(a, [{ text: 'the mayor had resigned', cue: 'reported', form: 'indirect', stance: 'asserts', mention: 'The Daily Ledger' }]);
    expect(s!.speaker.replace(/^the /i, '')).toBe('Daily Ledger');
    expect(a.actors[s!.actor]!.kind).toBe('organization');
  });
});

describe('anonymous sources', () => {
  // The guide keeps an anonymous source's description as written, relative clause included.
  it('a senior official who asked not to be named said …', () => {
    const a = run('A senior official who asked not to be named said the talks had collapsed.');
    const s = expectStatement(a, { text: 'the talks had collapsed', cue: 'said', form: 'indirect', stance: 'asserts' });
    const actor = a.actors[s.actor]!;
    expect(actor.kind).toBe('anonymous');
    // The relative clause tells about the source; it is no part of the name.
    expect(actor.name.toLowerCase()).toBe('a senior official');
  });

  it('sources close to … speak as one anonymous source', () => {
    const a = run('Sources close to the negotiations said the deal was almost done.');
    const s = expectStatement(a, { text: 'the deal was almost done', cue: 'said', form: 'indirect', mention: 'Sources close to the negotiations' });
    const actor = a.actors[s.actor]!;
    expect(actor.kind).toBe('anonymous');
    expect(actor.name.toLowerCase()).toBe('sources close to the negotiations');
  });
});
