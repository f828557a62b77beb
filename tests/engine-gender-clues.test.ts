// A pronoun's gender comes from what the page says of the person (an honorific, "her" right
// after the name) before the first-name list, which only guesses: "Jordan", "Kim" and
// "Robin" are given to men and women alike, and the list may simply be wrong.
import { describe, expect, it } from 'vitest';
import { expectStatement, run } from './engine-helpers';

describe('gender from the page', () => {
  it('"Ms." makes a listed man\'s name a woman\'s', () => {
    const a = run(
      'Robert Alvane said the clinic would open in March.',
      'Peter Hollis said the permits were ready.',
      'Ms. Alvane has run the clinic board since 2010.',
      'She added that two doctors had been hired.',
    );
    expectStatement(a, { speaker: 'Robert Alvane', text: 'two doctors had been hired', mention: 'She', cue: 'added' });
  });

  it('"her" right after the name tells the gender', () => {
    const a = run(
      'John Vetterlein said her company would cut prices in May.',
      'Mark Osgood said the market was slowing.',
      'She added that the new plant was nearly built.',
    );
    expectStatement(a, { speaker: 'John Vetterlein', text: 'the new plant was nearly built', mention: 'She', cue: 'added' });
  });

  it('"Mr." sends "he" past a nearer woman', () => {
    const a = run(
      'Sasha Brenner said the vote was close.',
      'Mr. Brenner has led the council since 2019.',
      'Ms. Dana Kell, his deputy, said the count would be checked.',
      'He added that turnout had been high.',
    );
    const s = a.statements.find((x) => x.text === 'turnout had been high');
    expect(s?.speaker).toBe('Sasha Brenner');
  });
});
