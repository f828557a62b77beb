// Title words are split without a pattern; they must split where the pattern did.
import { describe, expect, it } from 'vitest';
import { cleanTitle, isTitleSeparator, titleWords } from '../src/page/title';

const SEPARATOR_CLASS = /[\s!-/:-@[-`{-~\u00a0-\u00bf\u2000-\u206f]/;

describe('title words', () => {
  it('separators are exactly the white space and punctuation of the pattern, on the whole BMP', () => {
    const wrong: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      if (isTitleSeparator(c) !== SEPARATOR_CLASS.test(String.fromCharCode(c))) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  it('splits a headline into lower-case words', () => {
    expect(titleWords('Iran denies — again — supplying “missiles” to Russia | Site')).toEqual(
      ['iran', 'denies', 'again', 'supplying', 'missiles', 'to', 'russia', 'site']);
  });

  it('cuts the site name off a document title', () => {
    expect(cleanTitle('Iran denies supplying missiles to Russia - The Daily Example')).toBe('Iran denies supplying missiles to Russia');
    expect(cleanTitle('Example News | Iran denies supplying missiles to Russia')).toBe('Iran denies supplying missiles to Russia');
  });
});
