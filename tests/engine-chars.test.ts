// The hand-written character tests must agree with the Unicode-property patterns they replace.
import { describe, expect, it } from 'vitest';
import {
  isAllCaps, isDigitAt, isDottedInitialism, isLetterAt, isSingleCapital, isSpaceAt, isUpperAt, isWordCharAt, startsUpper,
} from '../src/engine/chars';

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

  it('finds letters exactly where \\p{L} does, general punctuation and astral letters included', () => {
    const text = SAMPLES.join(' ') + ' “quoted” – em—dash … ‘x’ ‰ ′ \u2028 \u206f ⁰ ⅓ ¼ 𝐀 😀 \u00a0 ß ñ';
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xdc00 && c <= 0xdfff) continue; // the second half of a pair is not a character start
      const ch = c >= 0xd800 && c <= 0xdbff ? text.slice(i, i + 2) : text[i]!;
      expect(isLetterAt(text, i), `isLetterAt ${JSON.stringify(ch)}`).toBe(/^\p{L}$/u.test(ch));
    }
    for (let c = 0x2000; c <= 0x206f; c++) expect(/\p{L}/u.test(String.fromCharCode(c))).toBe(false);
  });

  it('every fast path agrees with its pattern on the whole Basic Multilingual Plane', () => {
    const wrong: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue; // surrogate halves are tested as pairs above
      const ch = String.fromCharCode(c);
      const hex = c.toString(16);
      if (isLetterAt(ch, 0) !== /\p{L}/u.test(ch)) wrong.push(`letter ${hex}`);
      if (isUpperAt(ch, 0) !== /\p{Lu}/u.test(ch)) wrong.push(`upper ${hex}`);
      if (isWordCharAt(ch, 0) !== /[\p{L}\p{M}\p{N}]/u.test(ch)) wrong.push(`word ${hex}`);
      if (isDigitAt(ch, 0) !== /\p{N}/u.test(ch)) wrong.push(`digit ${hex}`);
      if (isSpaceAt(ch, 0) !== /\s/.test(ch)) wrong.push(`space ${hex}`);
    }
    expect(wrong).toEqual([]);
  });
});
