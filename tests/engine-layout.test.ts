// Constructs that come from how news pages are laid out rather than from grammar: signed
// quotes, transcript lines, colon-introduced lists, typewriter quote marks, "per" sources, appositive chains.
import { describe, expect, it } from 'vitest';
import { expectStatement, run } from './engine-helpers';

describe('layout-driven attributions', () => {
  it('a quote signed with a dash belongs to the name after it', () => {
    const a = run('“The new bridge has cut my commute in half.” ― Marta Olsen, 41, Lisbon');
    expectStatement(a, { speaker: 'Marta Olsen', text: 'The new bridge has cut my commute in half.', form: 'direct', cue: '―' });
  });

  it('signed quotes listed one after another each belong to their own signature', () => {
    const a = run('“The night buses are never on time any more.”― Rui Campos “Since the new timetable I walk to work every day.”― Ines Vale.');
    expectStatement(a, { speaker: 'Rui Campos', text: 'The night buses are never on time any more.', form: 'direct' });
    expectStatement(a, { speaker: 'Ines Vale', text: 'Since the new timetable I walk to work every day.', form: 'direct' });
  });

  it('a quote right after someone’s reported words goes on with them; further back it does not', () => {
    const a = run('Ilse Brandt said the ferry would keep running. “We have found the money and we will not cut a single crossing.”');
    expectStatement(a, { speaker: 'Ilse Brandt', text: 'We have found the money and we will not cut a single crossing.', form: 'direct' });
    const b = run('Ilse Brandt said the ferry would keep running. The tolls rose in May. “Nobody asked us about any of this at all.”');
    expect(b.statements.some((s) => /Nobody asked us/.test(s.text))).toBe(false);
  });

  it('a transcript line is the words of the speaker named in capitals before the colon', () => {
    const a = run('HOLM: Let me start with the ferry budget, because the vote is on Friday.', '"BRANDT: We have found the money and the ferry will keep running.', 'UPDATE: This story was changed on Tuesday.');
    expectStatement(a, { speaker: 'HOLM', text: 'Let me start with the ferry budget, because the vote is on Friday.', form: 'direct', cue: ':' });
    expectStatement(a, { speaker: 'BRANDT', text: 'We have found the money and the ferry will keep running.', form: 'direct' });
    expect(a.statements.some((s) => /story was changed/.test(s.text))).toBe(false);
  });

  it('list items under "X also said:" are X’s statements', () => {
    const a = run('Governor Ilse Brandt also said:', 'list-item: The ferry will run until midnight', 'list-item: Tolls will not rise this year');
    expectStatement(a, { speaker: 'Ilse Brandt', text: 'The ferry will run until midnight' });
    expectStatement(a, { speaker: 'Ilse Brandt', text: 'Tolls will not rise this year' });
  });

  it("typewriter quotes (''…'') are quotes", () => {
    const a = run("''We are not leaving the harbour,'' said Captain Joris Maas.");
    expectStatement(a, { speaker: 'Joris Maas', text: 'We are not leaving the harbour,', form: 'direct' });
  });

  it('"per" names the source of the sentence around it', () => {
    const a = run('The harbour will reopen on Monday, per the Port Authority, after repairs to the lock.');
    const s = a.statements.find((x) => /reopen on Monday/.test(x.text));
    expect(s?.speaker).toMatch(/Port Authority/);
  });

  it('an appositive chain keeps the person, not the place inside it', () => {
    const a = run('Pieter Kolk, 58, of Zandvoort, a town west of the capital, denied the charges on Monday.');
    expectStatement(a, { speaker: 'Pieter Kolk', text: 'denied the charges', stance: 'denies' });
  });

  it('a time phrase after the name is not part of the speaker', () => {
    const a = run('Ms. Anke de Wit on Tuesday said the tunnel would open next spring.');
    expectStatement(a, { speaker: 'Anke de Wit', text: 'the tunnel would open next spring' });
  });

  it('a possessive affiliation is not part of the name', () => {
    const a = run('Reporter Lotte Vink covered the vote.', 'Radio Noord’s Vink said the count had been delayed.');
    expectStatement(a, { speaker: 'Lotte Vink', text: 'the count had been delayed' });
  });
});
