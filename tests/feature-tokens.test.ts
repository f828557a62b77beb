// The feature tokeniser is scanned by hand for speed; it must split every text exactly as the
// pattern it replaced (words of letters and digits with apostrophe-joined letters, and a few
// marks), or the shipped models would read other features than they were trained on.
import { describe, expect, it } from 'vitest';
import { featureTokens } from '../src/engine/stance-features';
import { randomStrings } from './random-strings';

function byPattern(text: string): string[] {
  const out: string[] = [];
  for (const m of text.toLowerCase().matchAll(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*|[.,;:!?—–()]/gu)) {
    const t = m[0].replace(/’/g, "'");
    if (t.endsWith("n't") && t.length > 3) {
      const stem = t.slice(0, -3);
      out.push(stem === 'ca' ? 'can' : stem === 'wo' ? 'will' : stem, 'not');
    } else if (t === 'cannot') out.push('can', 'not');
    else out.push(t);
  }
  return out;
}

describe('featureTokens', () => {
  it('splits words, contractions and marks', () => {
    expect(featureTokens("The Mayor didn’t say; O'Brien can't, won't — 2,500 cannot!")).toEqual(
      ['the', 'mayor', 'did', 'not', 'say', ';', "o'brien", 'can', 'not', ',', 'will', 'not', '—', '2', ',', '500', 'can', 'not', '!']);
  });

  it('matches the pattern on random texts of letters, digits, apostrophes, marks and other scripts', () => {
    const alphabet = "aZé9 '’.,;:!?—–()\"“”-ÉİΣς²¼𝒜\u0301ﬁ\u00a0\nnt";
    for (const text of randomStrings(alphabet, 5000, 20261205, 24)) expect(featureTokens(text), JSON.stringify(text)).toEqual(byPattern(text));
  });
});
