// Role nouns and descriptions ("the company", "the Halvard campaign", "the president") go to
// the actor the article gave that role, and only when the description fits it: the kind of
// thing it names, every name word it carries, and the post itself (a vice president is not
// "the president"). With no fitting actor the description stays its own source rather than
// crediting a stranger.
import { describe, expect, it } from 'vitest';
import { expectStatement, run } from './engine-helpers';

describe('role nouns and descriptions', () => {
  it('"the Halvard campaign" is not whichever organisation spoke last', () => {
    const a = run(
      'The Grenwick Gazette reported that the rally drew nine thousand people.',
      'The Halvard campaign said the crowd was the largest of the year.',
    );
    const s = a.statements.find((x) => x.text === 'the crowd was the largest of the year');
    expect(s?.speaker.replace(/^the /i, '')).toBe('Halvard campaign');
  });

  it('a name word in the description must belong to the actor', () => {
    const a = run(
      'Senator Ilse Varga of Vermont said the bill would pass.',
      'The Oregon senator said the vote would slip to May.',
    );
    const s = a.statements.find((x) => x.text === 'the vote would slip to May');
    expect(s?.speaker).not.toBe('Ilse Varga');
  });

  it('"the president" is not the vice president', () => {
    const a = run(
      'Vice President Tomas Lind said the budget was balanced.',
      'The president said the talks would resume in June.',
    );
    const s = a.statements.find((x) => x.text === 'the talks would resume in June');
    expect(s?.speaker).not.toBe('Tomas Lind');
  });

  it('an organisation noun does not name the spokesman who speaks for it', () => {
    const a = run(
      'Orrin Pask, a spokesman for the Transport Department, said the line would close.',
      'The department said later that buses would replace the trains.',
    );
    const s = a.statements.find((x) => x.text === 'buses would replace the trains');
    expect(s?.speaker).not.toBe('Orrin Pask');
  });

  it('"the airline" is not the broadcaster that reported the crash', () => {
    const a = run(
      'Radio Nordkap News reported that the flight had landed safely.',
      'The airline said the crew had followed every procedure.',
    );
    const s = a.statements.find((x) => x.text === 'the crew had followed every procedure');
    expect(s?.speaker).not.toBe('Radio Nordkap News');
  });

  it('"the company" still goes to the company just quoted', () => {
    const a = run(
      'Brightwater Foods Inc. said its profits rose by a tenth.',
      'The company said it would hire two hundred workers.',
    );
    expectStatement(a, { text: 'it would hire two hundred workers', speaker: 'Brightwater Foods Inc.' });
  });
});
