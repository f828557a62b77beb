// The cue a reader sees: words as they are, a headline's colon and a signature's dash as the
// kind of attribution they are, never bare punctuation ("— :").
import { describe, expect, it } from 'vitest';
import { cueLine, cueShort } from '../src/shared/cue-label';
import { run } from './engine-helpers';

describe('cue labels', () => {
  it('a headline "Name: words" is shown as a headline attribution, not as a ":" cue', () => {
    const a = run('title: Tobin Hale: "The pier will not be sold"', 'The council met on Monday.');
    const s = a.statements.find((x) => x.text.includes('The pier will not be sold'));
    expect(s?.speaker).toBe('Tobin Hale');
    expect(cueShort(s!.cue)).toBe('headline');
    expect(cueLine(s!.cue)).toBe('Attributed in a headline (“Name: …”)');
    expect(`${cueShort(s!.cue)}${cueLine(s!.cue)}`).not.toMatch(/[“ ]:[” ]|^:/);
  });

  it('word cues are shown as they are; a dash is a signed quote; nothing shows nothing', () => {
    expect(cueShort('denied')).toBe('denied');
    expect(cueLine('said')).toBe('Cue: “said”');
    expect(cueShort('—')).toBe('signed');
    expect(cueLine('―')).toBe('Signed quote (“— Name”)');
    expect(cueShort('')).toBe('');
    expect(cueLine('  ')).toBe('');
  });
});
