// The engine's pattern-free string helpers must answer as the patterns they replaced.
import { describe, expect, it } from 'vitest';
import { endsPossessive, isDigits, splitNonWord, splitSpaces, withoutPossessive } from '../src/engine/strings';
import { randomStrings } from './random-strings';

describe('string helpers', () => {
  it('splitSpaces splits as /\\s+/ does, empty ends included', () => {
    for (const s of randomStrings('ab \t\n\u00a0\u2009\u3000.', 3000, 11)) expect(splitSpaces(s), JSON.stringify(s)).toEqual(s.split(/\s+/));
  });

  it('splitNonWord splits as /\\W+/ does, empty ends included', () => {
    for (const s of randomStrings('aZ9_ -é.\t', 3000, 12)) expect(splitNonWord(s), JSON.stringify(s)).toEqual(s.split(/\W+/));
  });

  it('possessives end in a straight or curly apostrophe and s', () => {
    for (const s of randomStrings("s'’ab", 3000, 13)) {
      expect(endsPossessive(s), s).toBe(/[’']s$/.test(s));
      expect(withoutPossessive(s), s).toBe(s.replace(/[’']s$/, ''));
    }
  });

  it('isDigits is /^\\d+$/', () => {
    for (const s of randomStrings('09a٣ ', 3000, 14)) expect(isDigits(s), s).toBe(/^\d+$/.test(s));
  });
});
