// How a person is named across an article: middle initials, a party label or a sentence
// adverb before the name, a day's name after it. Each form is the same actor as the full
// name, and a person, so pronouns and later mentions find them.
import { describe, expect, it } from 'vitest';
import { run } from './engine-helpers';

describe('name forms', () => {
  it('"Orla Penhallow" and "Orla K. Penhallow" are one person, and "Penhallow" is her', () => {
    const a = run(
      'Orla Penhallow, the mayor, opened the new bridge on Monday.',
      'Later that day Orla K. Penhallow met the council.',
      'Penhallow said the bridge had come in under budget.',
    );
    const s = a.statements.find((x) => x.text === 'the bridge had come in under budget');
    expect(s?.speaker).toBe('Orla K. Penhallow');
    expect(a.actors.find((x) => x.name === 'Orla K. Penhallow')?.kind).toBe('person');
  });

  it('a party label before a name is a role, not part of the name', () => {
    const a = run('Republican Dorian Matheson said the tax would hurt farmers.');
    const s = a.statements.find((x) => x.text === 'the tax would hurt farmers');
    expect(s?.speaker).toBe('Dorian Matheson');
    const actor = a.actors.find((x) => x.name === 'Dorian Matheson');
    expect(actor?.kind).toBe('person');
    expect(actor?.role).toContain('Republican');
  });

  it('a party word opening an organisation\'s name stays in it', () => {
    const a = run('The Democratic National Committee said the debate would move to April.');
    const s = a.statements.find((x) => x.text === 'the debate would move to April');
    expect(s?.speaker).toMatch(/Democratic National Committee$/);
  });

  it('"Even Ferris Oakhampton" is Ferris Oakhampton', () => {
    const a = run(
      'Senator Ferris Oakhampton spoke first at the hearing.',
      'Even Ferris Oakhampton said the plan had gone too far.',
    );
    const s = a.statements.find((x) => x.text === 'the plan had gone too far');
    expect(s?.speaker).toBe('Ferris Oakhampton');
  });

  it('a day\'s name after a name dates the statement and is no part of the name', () => {
    const a = run('"The plant will stay open," said Halvard Oakes Friday.');
    expect(a.statements[0]?.speaker).toBe('Halvard Oakes');
  });
});
