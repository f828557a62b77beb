// The hand-written character tests must agree with the Unicode-property patterns they replace.
import { describe, expect, it } from 'vitest';
import { isAllCaps, isDottedInitialism, isSingleCapital, startsUpper } from '../src/engine/chars';

const SAMPLES = [
  '', 'U.S', 'U.S.', 'e.g', 'Ö.K', 'U', 'US', 'NATO', 'Nato', 'ÖVP', 'ÉLYSÉE', 'Élysée', 'élysée', 'A1', 'AT&T', 'R-S',
  '𝐀𝐁', '𝐀', 'Σ', 'σ', 'İ', 'ǅ', '.', 'U..S', 'U.', '.U', 'a.b.c', 'Ж.Д', '中.国', 'Kremlin', 'kremlin', '1.2',
];

describe('character tests', () => {
  it('agree with the \\p{…} patterns on ASCII, accented, Greek, Cyrillic, CJK and astral samples', () => {
    for (const w of SAMPLES) {
      expect(startsUpper(w), `startsUpper ${w}`).toBe(/^\p{Lu}/u.test(w));
      expect(isAllCaps(w), `isAllCaps ${w}`).toBe(/^\p{Lu}{2,}$/u.test(w));
      expect(isSingleCapital(w), `isSingleCapital ${w}`).toBe(/^\p{Lu}$/u.test(w));
      expect(isDottedInitialism(w), `isDottedInitialism ${w}`).toBe(/^(?:\p{L}\.)+\p{L}$/u.test(w));
    }
  });
});
