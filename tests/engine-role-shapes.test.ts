// What readers see as a speaker's name and role must be noun phrases: a sentence adverb set off
// by commas is no role, a relative clause is no part of a name, and a relative described by
// kinship is the person the article names in full.
import { describe, expect, it } from 'vitest';
import { run } from './engine-helpers';

const speakerOf = (a: ReturnType<typeof run>, text: string) => a.statements.find((s) => s.text.replace(/[,.]$/, '') === text);
const actorOf = (a: ReturnType<typeof run>, text: string) => {
  const s = speakerOf(a, text);
  return s ? a.actors[s.actor] : undefined;
};

describe('roles are noun phrases', () => {
  it('a sentence adverb or discourse marker between commas is no role', () => {
    const a = run(
      'Governor Anneli Roos, however, said the bridge would reopen in May.',
      'The port authority, meanwhile, said the ferries would keep running.',
      'Dockworkers, though, said they had not been paid.',
      'Halvor Brenn, in turn, said the union would strike.',
      'Councillor Pia Lunde, naturally, said she would vote against it.',
    );
    expect(actorOf(a, 'the bridge would reopen in May')?.role).toBe('Governor');
    expect(actorOf(a, 'the ferries would keep running')?.role).toBe('');
    expect(actorOf(a, 'they had not been paid')?.role).toBe('');
    expect(actorOf(a, 'the union would strike')?.role).toBe('');
    expect(actorOf(a, 'she would vote against it')?.role).toBe('Councillor');
  });

  it('a sentence adverb without commas between the subject and its verb leaves both in place', () => {
    const a = run('Governor Anneli Roos however said the bridge would reopen in May.', 'The dockworkers meanwhile said they had not been paid.');
    expect(speakerOf(a, 'the bridge would reopen in May')?.speaker).toBe('Anneli Roos');
    expect(speakerOf(a, 'they had not been paid')?.speaker).toBe('The dockworkers');
  });

  it('an emphatic reflexive after the subject, and ", then says" after a first clause, keep the subject', () => {
    const a = run('Anneli Roos herself said the bridge would reopen in May.', 'Tomas Brandt toured the harbour on Monday, then says the ferries will keep running.');
    expect(speakerOf(a, 'the bridge would reopen in May')?.speaker).toBe('Anneli Roos');
    expect(speakerOf(a, 'the ferries will keep running')?.speaker).toBe('Tomas Brandt');
  });

  it('a real description between commas is still the role', () => {
    const a = run('Halvor Brenn, a crane operator, said the union would strike.');
    expect(actorOf(a, 'the union would strike')?.role).toBe('a crane operator');
  });
});

describe('names are noun phrases', () => {
  it('a relative clause is cut from the name', () => {
    const a = run('A man whose boat was sunk in the storm said he would build another.');
    expect(actorOf(a, 'he would build another')?.name.toLowerCase()).toBe('a man');
  });

  it('the speaker is the noun a relative clause hangs on, not a noun inside the clause', () => {
    const a = run(
      'A fisherman who lost his nets to the harbour master on Friday said the rules were unfair.',
      'Officials who met the mayor said the plan was ready.',
    );
    expect(actorOf(a, 'the rules were unfair')?.name.toLowerCase()).toBe('a fisherman');
    expect(actorOf(a, 'the plan was ready')?.name).toBe('Officials');
  });
});

describe('kinship descriptions', () => {
  it('"her father, Ivo," is the Ivo the article names in full, with the kinship as role', () => {
    const a = run(
      'Mirela Sandu, 19, was hurt when the roof fell.',
      '"She is lucky to be alive," her father, Ivo, said.',
      'Ivo Sandu said the landlord had been warned about the roof.',
    );
    const father = actorOf(a, 'She is lucky to be alive');
    expect(speakerOf(a, 'She is lucky to be alive')?.form).toBe('direct');
    expect(father?.name).toBe('Ivo Sandu');
    expect(father?.kind).toBe('person');
    expect(father?.role).toBe('her father');
    expect(actorOf(a, 'the landlord had been warned about the roof')).toBe(father);
  });

  it('a given name alone is not joined to a stranger who shares it', () => {
    const a = run(
      'Astrid Petran, the mayor, said the roads were clear.',
      'Astrid Sandu said the landlord had been warned.',
      '"She is in shock," her sister, Astrid, said.',
    );
    expect(actorOf(a, 'She is in shock')?.name).toBe('Astrid');
  });
});

describe('kinship descriptions with a common given name', () => {
  it('"her mother, Greta," joins Greta Marsh, whom the article names', () => {
    const a = run(
      'Lina Marsh lost her home in the flood.',
      '"We have nothing left," her mother, Greta, said.',
      'Greta Marsh said the council had ignored their letters.',
    );
    const mother = actorOf(a, 'We have nothing left');
    expect(mother?.name).toBe('Greta Marsh');
    expect(mother?.role).toBe('her mother');
    expect(a.actors.filter((x) => x.name.includes('Greta'))).toHaveLength(1);
  });
});
