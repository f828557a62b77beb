// Direct quotes: every quotation-mark style a news page uses, the speaker on either side,
// quotes split by or introduced with their attribution, and quotes running over paragraphs.
// Per the guide, a direct statement's text is what lies inside the marks, marks excluded
// (a comma inside the marks belongs to the text).
import { describe, expect, it } from 'vitest';
import { expectStatement, expectStatements, run } from './engine-helpers';

describe('direct quotes: mark styles', () => {
  it('curly double quotes “ ”', () => {
    const a = run('Evan Tull said: “We have no plans to sell the port.”');
    expectStatement(a, { speaker: 'Evan Tull', text: 'We have no plans to sell the port.', form: 'direct', stance: 'asserts', cue: 'said', mention: 'Evan Tull' });
  });

  it('straight double quotes " "', () => {
    const a = run('"The ferry timetable will change in March," Evan Tull said.');
    expectStatement(a, { speaker: 'Evan Tull', text: 'The ferry timetable will change in March,', form: 'direct', stance: 'asserts', cue: 'said', mention: 'Evan Tull' });
  });

  it('curly single quotes ‘ ’ as the outer quotes of a headline', () => {
    const a = run('title:‘The dam is safe’, says engineer Petra Holm');
    expectStatement(a, { speaker: 'Petra Holm', text: 'The dam is safe', form: 'direct', stance: 'asserts', cue: 'says' });
  });

  // Sloppy copy mixes the styles: a straight opener closed by a curly mark is still one quote,
  // not a mark left open that swallows the attribution after it.
  it('a straight opener closed by a curly mark " ”', () => {
    const a = run('"The ferry timetable will change in March,” Evan Tull, the harbour master, said.');
    expectStatement(a, { speaker: 'Evan Tull', text: 'The ferry timetable will change in March,', form: 'direct', cue: 'said', mention: 'Evan Tull' });
  });

  it("straight single quotes ' '", () => {
    const a = run("'Nobody warned us about the closure,' said Tomas Brenn.");
    expectStatement(a, { speaker: 'Tomas Brenn', text: 'Nobody warned us about the closure,', form: 'direct', stance: 'asserts', cue: 'said', mention: 'Tomas Brenn' });
  });

  // Straight single quotes share their character with the apostrophe: a quote must not end at "hasn't".
  it("straight single quotes ' ' around words with apostrophes", () => {
    const a = run("'The council hasn't answered a single letter,' said Tomas Brenn.");
    expectStatement(a, { speaker: 'Tomas Brenn', text: "The council hasn't answered a single letter,", form: 'direct', cue: 'said' });
  });

  it('guillemets « »', () => {
    const a = run('«The border stays closed until Friday,» said Ilse Marrow.');
    expectStatement(a, { speaker: 'Ilse Marrow', text: 'The border stays closed until Friday,', form: 'direct', stance: 'asserts', cue: 'said', mention: 'Ilse Marrow' });
  });

  it('low-high quotes „ “', () => {
    const a = run('Gerd Falk said: „The factory in Ostrand will stay open.“');
    expectStatement(a, { speaker: 'Gerd Falk', text: 'The factory in Ostrand will stay open.', form: 'direct', stance: 'asserts', cue: 'said', mention: 'Gerd Falk' });
  });

  it('single guillemets ‹ ›', () => {
    const a = run('‹We are ready for the inspection›, said Nadia Sorel.');
    expectStatement(a, { speaker: 'Nadia Sorel', text: 'We are ready for the inspection', form: 'direct', stance: 'asserts', cue: 'said', mention: 'Nadia Sorel' });
  });
});

describe('direct quotes: where the speaker stands', () => {
  it('speaker before, colon: X said: “…”', () => {
    const a = run('Linnea Farr said: “The library will open on Sundays.”');
    expectStatements(a, [{ speaker: 'Linnea Farr', text: 'The library will open on Sundays.', form: 'direct', cue: 'said', mention: 'Linnea Farr' }]);
  });

  it('speaker after, name then verb: “…,” X said.', () => {
    const a = run('“The library will open on Sundays,” Linnea Farr said.');
    expectStatements(a, [{ speaker: 'Linnea Farr', text: 'The library will open on Sundays,', form: 'direct', cue: 'said', mention: 'Linnea Farr' }]);
  });

  it('speaker after, verb then name: “…,” said X.', () => {
    const a = run('“The library will open on Sundays,” said Linnea Farr.');
    expectStatements(a, [{ speaker: 'Linnea Farr', text: 'The library will open on Sundays,', form: 'direct', cue: 'said', mention: 'Linnea Farr' }]);
  });

  it('a quote split by its attribution is two statements by the same speaker', () => {
    const a = run('“The vote was fair,” Helga Strand said, “and we will respect it.”');
    const [first, second] = expectStatements(a, [
      { speaker: 'Helga Strand', text: 'The vote was fair,', form: 'direct', cue: 'said' },
      { speaker: 'Helga Strand', text: 'and we will respect it.', form: 'direct' },
    ]);
    expect(second!.actor).toBe(first!.actor);
  });

  it('a split quote whose attribution is a pronoun', () => {
    const a = run(
      'Helga Strand said the count was over.',
      '“The vote was fair,” she said, “and we will respect it.”',
    );
    expectStatements(a, [
      { speaker: 'Helga Strand', text: 'the count was over', form: 'indirect', cue: 'said', mention: 'Helga Strand' },
      { speaker: 'Helga Strand', text: 'The vote was fair,', form: 'direct', cue: 'said', mention: 'she' },
      { speaker: 'Helga Strand', text: 'and we will respect it.', form: 'direct' },
    ]);
  });

  it('colon introduction after an earlier statement: He added: “…”', () => {
    const a = run('Finance Minister Jonas Pell said the reform would pass. He added: “This is only the beginning.”');
    expectStatement(a, { speaker: 'Jonas Pell', text: 'the reform would pass', form: 'indirect', cue: 'said', mention: 'Finance Minister Jonas Pell' });
    expectStatement(a, { speaker: 'Jonas Pell', text: 'This is only the beginning.', form: 'direct', cue: 'added', mention: 'He' });
    expect(a.actors).toHaveLength(1);
  });
});

describe('direct quotes framed by a verb the lexicon does not list', () => {
  // The earlier speaker must not get these quotes: the frame names the speaker, whatever its verb.
  it('“…,” X questioned. / “…,” mused X.', () => {
    const a = run('“The tunnel will be ready in May,” said Evan Tull.',
      '“Who checked the plans for the tunnel?” Berit Lund questioned.',
      '“Nobody has asked the divers at all,” mused harbour pilot Ansel Krupp.');
    expectStatement(a, { text: 'Who checked the plans for the tunnel?', speaker: 'Berit Lund', cue: 'questioned' });
    expectStatement(a, { text: 'Nobody has asked the divers at all,', speaker: 'Ansel Krupp', cue: 'mused' });
  });

  it('“…,” X fumed on Tuesday. / X continued, “…” / “…,’” X continued.', () => {
    const a = run('“The tunnel will be ready in May,” said Evan Tull.',
      '“Nobody asked the divers at all,” Berit Lund fumed on Tuesday.',
      'Ansel Krupp continued, “The pier was never inspected.”',
      '“She told me, ‘Keep a few of those,’” Ilse Marrow recalled. “Then she left.”');
    expectStatement(a, { text: 'Nobody asked the divers at all,', speaker: 'Berit Lund', cue: 'fumed' });
    expectStatement(a, { text: 'The pier was never inspected.', speaker: 'Ansel Krupp', cue: 'continued' });
    expectStatement(a, { text: 'Then she left.', speaker: 'Ilse Marrow' });
  });

  it('X agreed: “…” and X agreed. “…”', () => {
    const a = run('“The tunnel will be ready in May,” said Evan Tull.',
      'Berit Lund, a council engineer, agreed: “The tunnel is almost finished.”',
      'Ansel Krupp disagreed. “Nobody has asked the divers at all.”');
    expectStatement(a, { text: 'The tunnel is almost finished.', speaker: 'Berit Lund', cue: 'agreed' });
    expectStatement(a, { text: 'Nobody has asked the divers at all.', speaker: 'Ansel Krupp', cue: 'disagreed' });
  });
});

describe('direct quotes over several paragraphs', () => {
  it('a quote left open at the end of a paragraph and reopened in the next is one statement per paragraph', () => {
    const a = run(
      'Odile Brun said: “We lost the whole harvest in one night. The river rose faster than anyone expected.',
      '“Now we are waiting for the insurers, and nobody answers the phone.”',
    );
    const [first, second] = expectStatements(a, [
      { speaker: 'Odile Brun', text: 'We lost the whole harvest in one night. The river rose faster than anyone expected.', form: 'direct', cue: 'said' },
      { speaker: 'Odile Brun', text: 'Now we are waiting for the insurers, and nobody answers the phone.', form: 'direct' },
    ]);
    expect(first!.content.block).toBe(0);
    expect(second!.content.block).toBe(1);
  });

  it('an unattributed quote paragraph right after an attributed one continues that speaker', () => {
    const a = run(
      '“The bridge was inspected last spring,” said engineer Karel Voss.',
      '“Nothing in that report suggested a risk.”',
    );
    expectStatements(a, [
      { speaker: 'Karel Voss', text: 'The bridge was inspected last spring,', form: 'direct', cue: 'said' },
      { speaker: 'Karel Voss', text: 'Nothing in that report suggested a risk.', form: 'direct' },
    ]);
    expect(a.actors).toHaveLength(1);
  });
});

describe('headline attribution', () => {
  it('“Source: claim” in a title is a statement by the source', () => {
    const a = run('title:Ruritania: talks have failed', 'Negotiators left the capital on Tuesday evening.');
    expectStatements(a, [{ speaker: 'Ruritania', text: 'talks have failed', form: 'indirect', stance: 'asserts', cue: ':', mention: 'Ruritania' }]);
  });
});
