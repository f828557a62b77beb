import { describe, expect, it } from 'vitest';
import { nameInfo, namedSource, normaliseName, personTokens, properNameShape, sameActor } from '../src/history/names';

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

  it('remembers named people and organizations only, by kind and by the shape of the name', () => {
    // Kinds: a group or an unnamed source is never remembered, however it is written.
    expect(namedSource('officials', 'anonymous')).toBe(false);
    expect(namedSource('Analysts', 'group')).toBe(false);
    expect(namedSource('Western Diplomats', 'group')).toBe(false);
    // Described, not named: a lower-case word or an article, possessive or quantifier in front.
    for (const described of ['US officials', 'A judge', 'a judge', 'Her mother', 'his spokesman', 'Both men', 'The company', 'Two senior aides', 'Several Officials']) {
      expect(namedSource(described, 'person'), described).toBe(false);
    }
    for (const named of ['Peskov', 'Dmitry Peskov', 'Kremlin spokesman Dmitry Peskov', 'Robert F. Kennedy Jr.', "Beto O'Rourke", 'Abdel Fattah al-Sisi', 'Ursula von der Leyen', 'Mohammed bin Salman']) {
      expect(namedSource(named, 'person'), named).toBe(true);
    }
    for (const named of ['NATO', 'The Associated Press', 'Bank of England', 'Procter & Gamble', 'G7', '3M']) {
      expect(namedSource(named, 'organization'), named).toBe(true);
    }
    expect(namedSource('A Kremlin spokesman', 'person')).toBe(false);
    expect(namedSource('Kremlin spokesman Dmitry Peskov', 'organization')).toBe(false);
    expect(properNameShape('Port of')).toBe(false);
    expect(namedSource('X', 'person')).toBe(false);
  });
});
