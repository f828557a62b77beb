import { describe, expect, it } from 'vitest';
import { nameInfo, normaliseName, personTokens, rememberable, sameActor } from '../src/history/names';

const person = (name: string, aliases: string[] = []) => nameInfo(name, aliases, 'person');
const org = (name: string, aliases: string[] = []) => nameInfo(name, aliases, 'organization');

describe('actor names', () => {
  it('normalises case, diacritics, possessives and punctuation', () => {
    expect(normaliseName('  Kremlin’s  Spokesman, Dmítry  PESKOV ')).toBe('kremlin spokesman dmitry peskov');
  });

  it('takes the person out of a title or role', () => {
    expect(personTokens('Kremlin spokesman Dmitry Peskov')).toEqual(['dmitry', 'peskov']);
    expect(personTokens('President Joe Biden')).toEqual(['joe', 'biden']);
    expect(personTokens('Robert F. Kennedy Jr.')).toEqual(['robert', 'f', 'kennedy']);
    expect(personTokens('Peskov')).toEqual(['peskov']);
  });

  it('matches Peskov, Dmitry Peskov and Kremlin spokesman Dmitry Peskov', () => {
    const a = person('Peskov');
    const b = person('Dmitry Peskov');
    const c = person('Kremlin spokesman Dmitry Peskov');
    expect(sameActor(a, b)).toBe(true);
    expect(sameActor(b, c)).toBe(true);
    expect(sameActor(a, c)).toBe(true);
    expect(sameActor(person('Peskov', ['Dmitry Peskov']), person('D. Peskov'))).toBe(true);
  });

  it('keeps apart two people who share a surname', () => {
    expect(sameActor(person('Dmitry Peskov'), person('Anna Peskov'))).toBe(false);
    expect(sameActor(person('Dmitry Peskov'), person('Dmitry Medvedev'))).toBe(false);
  });

  it('matches organisations by any name or alias, never a person with an organisation', () => {
    expect(sameActor(org('NATO', ['North Atlantic Treaty Organization']), org('the North Atlantic Treaty Organization'))).toBe(true);
    expect(sameActor(org('Reuters'), org('Reuters'))).toBe(true);
    expect(sameActor(org('Reuters'), person('Reuters'))).toBe(false);
    expect(sameActor(org('European Union'), org('European Commission'))).toBe(false);
  });

  it('does not remember anonymous sources', () => {
    expect(rememberable('officials', 'anonymous')).toBe(false);
    expect(rememberable('Peskov', 'person')).toBe(true);
  });
});
