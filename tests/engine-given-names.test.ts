// The given-name hint for "he"/"she": one gender per listed name, none for names on both lists.
import { describe, expect, it } from 'vitest';
import { AMBIGUOUS_GIVEN_NAMES, GIVEN_NAME_GENDER } from '../src/engine/lexicon/first-names';

describe('given names', () => {
  it('gives the gender of a name on one list', () => {
    expect(GIVEN_NAME_GENDER.get('kamala')).toBe('f');
    expect(GIVEN_NAME_GENDER.get('hassan')).toBe('m');
    expect(GIVEN_NAME_GENDER.has('ivanka')).toBe(true);
    expect(AMBIGUOUS_GIVEN_NAMES.has('kamala')).toBe(false);
  });
  it('leaves a name on both lists open', () => {
    expect(AMBIGUOUS_GIVEN_NAMES.has('lindsey')).toBe(true);
    expect(GIVEN_NAME_GENDER.has('lindsey')).toBe(true);
  });
  it('knows nothing of other words', () => {
    expect(GIVEN_NAME_GENDER.has('minister')).toBe(false);
    expect(GIVEN_NAME_GENDER.get('minister')).toBeUndefined();
    expect(AMBIGUOUS_GIVEN_NAMES.has('minister')).toBe(false);
  });
});
