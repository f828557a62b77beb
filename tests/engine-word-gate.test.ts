// The word gates in front of the stance patterns are a speed measure only: a gate that
// closes on text its pattern would match silently changes a stance. Checked on written
// examples of every alternative, and on every paragraph of PolNeAR train when present.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { GATED_CONTENT_PATTERNS } from '../src/engine/stance';
import { gateOpen, testPhrases, wordsIn, type GatedPattern, type PhraseList } from '../src/engine/word-gate';

const EXAMPLES: Record<keyof typeof GATED_CONTENT_PATTERNS, string[]> = {
  DENIAL_CONTENT: [
    'the claim is not credible', 'we have no knowledge of it', 'at no time did we', 'Absolutely not.',
    'we had nothing to do with the fire', 'the firm is not responsible', 'there is no intention to sell',
    'he never met them', 'there is no reason to believe it', 'It certainly does not.', 'that is not true',
    'It is untrue.', 'These are falsehoods.', 'pure fake news', 'a baseless report', 'Groundless.',
    'unfounded rumours', 'a fabrication from start to finish', 'it is all lies', 'that is a lie', 'they are lying',
    'the reports are utterly preposterous', 'a hoax', 'there is no truth in it', 'without any foundation',
    'we were never involved', 'not involved', 'there was no involvement', 'it did not happen', 'It never happened.',
    'there is no basis for it', 'categorically', 'he is innocent', 'we did nothing wrong', 'not guilty',
    'there was no wrongdoing',
  ],
  DECLINE_CONTENT: [
    'we are not going to comment', 'that is outside the scope of the inquiry', 'he would not say',
    'the figures may not always be accurate', "we couldn't independently confirm it", 'we cannot verify that',
    'officials were unable to immediately confirm', 'not in a position to discuss', 'No comment.',
    'we neither confirm nor deny', 'it is too early to tell', 'he declined to', 'we are not aware of any plan',
  ],
  SELF_NEGATION: ["I didn't take the money", 'we never met him', 'They had no part in it', 'he did not know whether', 'Our team has no plans'],
  CONFIRM_CONTENT: [
    'the report is true', 'It did happen.', 'We did it.', 'We are responsible', 'we take full responsibility',
    "That's correct.", 'we made some mistakes', 'We deeply regret the error', 'I apologise', 'we apologize',
  ],
};

const polnear = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', '..', 'shared', 'polnear', 'train', 'text');
if (!existsSync(polnear)) console.warn(`word-gate corpus check skipped: no PolNeAR at ${polnear} (it sits beside the repo in CI)`);

const listOf = (p: GatedPattern | PhraseList): PhraseList => ('re' in p ? [p] : p);
const NAMES = Object.keys(GATED_CONTENT_PATTERNS) as (keyof typeof GATED_CONTENT_PATTERNS)[];

describe('word gates of the stance patterns', () => {
  for (const name of NAMES) {
    it(`${name}: every written example is found through the gates`, () => {
      const list = listOf(GATED_CONTENT_PATTERNS[name]);
      for (const text of EXAMPLES[name]) {
        // The stance step runs the patterns on lower-cased text.
        const lower = text.toLowerCase();
        expect(testPhrases(list, lower, wordsIn(lower)), `${name} misses "${text}"`).toBe(true);
      }
    });

    it(`${name}: every pattern of the list has an example of its own`, () => {
      for (const pattern of listOf(GATED_CONTENT_PATTERNS[name])) {
        const own = EXAMPLES[name].filter((t) => new RegExp(pattern.re.source, pattern.re.flags).test(t.toLowerCase()));
        expect(own.length, `${name}: no example for ${pattern.re.source.slice(0, 60)}`).toBeGreaterThan(0);
      }
    });
  }

  it('a text with none of the words keeps the gates shut', () => {
    const plain = wordsIn('the ministry said the talks would resume on monday in geneva.');
    for (const pattern of [...GATED_CONTENT_PATTERNS.DENIAL_CONTENT, ...GATED_CONTENT_PATTERNS.CONFIRM_CONTENT]) {
      expect(gateOpen(pattern, plain), pattern.re.source.slice(0, 60)).toBe(false);
    }
  });

  it.skipIf(!existsSync(polnear))('no paragraph of PolNeAR train matches a pattern behind a closed gate', () => {
    let checked = 0;
    const misses: string[] = [];
    for (const f of readdirSync(polnear)) {
      for (const para of readFileSync(resolve(polnear, f), 'utf8').split(/\n+/)) {
        const lower = para.toLowerCase();
        const words = wordsIn(lower);
        for (const name of NAMES) {
          for (const pattern of listOf(GATED_CONTENT_PATTERNS[name])) {
            checked++;
            if (pattern.re.test(lower) && !gateOpen(pattern, words)) misses.push(`${name}: ${para.slice(0, 120)}`);
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(10_000);
    expect(misses).toEqual([]);
  });
});
