// Actors across articles: normalised names, match keys and the same-person test.
// "Peskov", "Dmitry Peskov" and "Kremlin spokesman Dmitry Peskov" are one person;
// "Dmitry Peskov" and "Anna Peskov" are not.
import type { ActorKind } from '../engine/types';

/** Lower case, no diacritics, no possessive, punctuation as spaces, single spaces. */
export function normaliseName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’]s\b/gi, '')
    .toLocaleLowerCase('en')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Titles and role words that may precede a person's name. */
const TITLES = new Set(
  (
    'mr mrs ms miss dr prof sir dame lord lady rev fr gen col maj capt lt sgt adm sen rep gov pres ' +
    'president prime minister chancellor secretary spokesman spokeswoman spokesperson general colonel ' +
    'senator governor mayor judge justice king queen prince princess pope ambassador chief director ' +
    'deputy foreign defence defense interior finance state press official officer commander leader ' +
    'chairman chairwoman chair ceo founder professor doctor envoy minister-president'
  ).split(' '),
);
const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

function words(raw: string): string[] {
  return raw
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}.'’-]+/u)
    .map((w) => w.replace(/^[.'’-]+|[.'’-]+$/g, ''))
    .filter(Boolean);
}

/**
 * The person's own name out of a mention: the last run of capitalised words that are
 * not titles ("Kremlin spokesman Dmitry Peskov" -> ["dmitry", "peskov"]).
 */
export function personTokens(raw: string): string[] {
  const ws = words(raw);
  let end = ws.length;
  while (end > 0 && SUFFIXES.has((ws[end - 1] as string).toLowerCase().replace(/\./g, ''))) end--;
  let start = end;
  while (start > 0) {
    const w = ws[start - 1] as string;
    const lower = w.toLowerCase().replace(/\./g, '');
    const capital = /^\p{Lu}/u.test(w);
    if (!capital || TITLES.has(lower)) break;
    start--;
  }
  return ws.slice(start, end).map((w) => w.toLowerCase().replace(/\./g, ''));
}

export interface NameInfo {
  keys: string[];
  /** For people: given names seen (first tokens), to keep two people of one surname apart. */
  given: string[];
  person: boolean;
}

function isPerson(kind: ActorKind): boolean {
  return kind === 'person';
}

/** Match keys for an actor: "p:<surname>" for people, "o:<normalised name>" for every other name and alias. */
export function nameInfo(name: string, aliases: readonly string[], kind: ActorKind): NameInfo {
  const all = [name, ...aliases].filter((n) => typeof n === 'string' && n.trim());
  if (isPerson(kind)) {
    const keys = new Set<string>();
    const given = new Set<string>();
    for (const n of all) {
      let t = personTokens(n);
      if (t.length === 0) t = normaliseName(n).split(' ').filter(Boolean).slice(-1);
      if (t.length === 0) continue;
      keys.add(`p:${t[t.length - 1]}`);
      if (t.length > 1) given.add(t[0] as string);
    }
    return { keys: [...keys], given: [...given], person: true };
  }
  const keys = new Set<string>();
  for (const n of all) {
    const norm = normaliseName(n).replace(/^the /, '');
    if (norm) keys.add(`o:${norm}`);
  }
  return { keys: [...keys], given: [], person: false };
}

function givenCompatible(a: string, b: string): boolean {
  if (a === b) return true;
  // An initial matches the name it abbreviates.
  if (a.length === 1) return b.startsWith(a);
  if (b.length === 1) return a.startsWith(b);
  return false;
}

/** Whether two actors (from different articles) are the same source. */
export function sameActor(a: NameInfo, b: NameInfo): boolean {
  if (a.person !== b.person) return false;
  if (!a.keys.some((k) => b.keys.includes(k))) return false;
  if (!a.person) return true;
  if (a.given.length === 0 || b.given.length === 0) return true;
  return a.given.some((x) => b.given.some((y) => givenCompatible(x, y)));
}

/**
 * Small words that may stand lower-case inside a proper name ("Bank of England", "Ursula von
 * der Leyen", "Ahmed bin Salman", "Procter & Gamble").
 */
const NAME_PARTICLES = new Set('of the and for on in at to de del della di da das dos du des la le van von der den ter ten bin al el y &'.split(' '));

/**
 * Words that open a description, never a name: articles, possessives, demonstratives and
 * quantifiers ("A judge", "Her mother", "Both men"). A closed class of English grammar, so a
 * name cannot start with one even when the page capitalises it at a sentence start.
 */
const DESCRIPTION_OPENERS = new Set(
  'a an his her their its our my your both some many several few most all each every these those this that such other another one two three no any'.split(' '),
);

function nameWords(name: string): string[] {
  return name.normalize('NFC').trim().split(/\s+/).map((w) => w.replace(/^[("“‘'\[]+|[)"”’'\],.;:!?]+$/g, '')).filter(Boolean);
}

/** A capitalised word (or a number); a lower-case prefix such as "al-" or "d'" does not count against it. */
function capitalised(word: string): boolean {
  return /^[\p{Lu}\p{Lt}\p{N}]/u.test(word.replace(/^\p{Ll}{1,3}[-’'](?=\p{Lu})/u, ''));
}

const opensDescription = (words: readonly string[]) => DESCRIPTION_OPENERS.has((words[0] ?? '').toLocaleLowerCase('en'));

/**
 * Whether a name has the shape of a proper name: every word capitalised (or a number, or a
 * small particle inside it), and no article or possessive in front. "Dmitry Peskov", "NATO",
 * "Bank of England" pass; "US officials", "a judge", "her mother", "Both men" do not.
 */
export function properNameShape(name: string): boolean {
  const ws = nameWords(name);
  if (ws.length === 0 || opensDescription(ws)) return false;
  return ws.every((w, i) => capitalised(w) || (i > 0 && i < ws.length - 1 && NAME_PARTICLES.has(w.toLocaleLowerCase('en'))));
}

/**
 * A person's name after their post: "Kremlin spokesman Dmitry Peskov", "Former president Joe
 * Biden". It opens with a capital and ends in at least two capitalised words; "A Kremlin
 * spokesman" and "Her mother" end in a lower-case word and are no names.
 */
function titledName(name: string): boolean {
  const ws = nameWords(name);
  if (ws.length < 3 || opensDescription(ws) || !capitalised(ws[0] as string)) return false;
  let tail = 0;
  while (tail < ws.length && capitalised(ws[ws.length - 1 - tail] as string)) tail++;
  return tail >= 2 && tail < ws.length;
}

/**
 * Whether a source is remembered across articles: a named person or organization. Groups and
 * unnamed sources are not, whatever words the page used for them, and neither is a person or
 * organization the page only described ("a judge", "his spokesman").
 */
export function namedSource(name: string, kind: ActorKind): boolean {
  if (kind !== 'person' && kind !== 'organization') return false;
  if (!properNameShape(name) && !(kind === 'person' && titledName(name))) return false;
  // At least two letters or digits: no initial alone.
  return /[\p{L}\p{N}]{2}/u.test(normaliseName(name).replace(/\s/g, ''));
}
