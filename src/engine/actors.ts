// Turns speaker mentions into actors: one actor per real-world source, named by the
// fullest name the article uses, with pronouns, surnames, acronyms and role nouns
// ("the spokesman") resolved to the actor they refer to.
import type { ActorKind } from './types';
import type { BlockText, RawStatement } from './block';
import {
  ANONYMOUS_HEADS, DETERMINERS, DOCUMENT_NOUNS, GROUP_NOUNS, HONORIFICS, NAME_CONNECTORS, NOT_NAMES, ORG_WORDS, PERSON_PRONOUNS,
  PLURAL_PRONOUNS, SPEAKER_NOUNS, THING_PRONOUNS, TITLES,
} from './lexicon/words';
import { AMBIGUOUS_GIVEN_NAMES, GIVEN_NAME_GENDER } from './lexicon/first-names';
import { VERBS } from './lexicon/verbs';
import { splitRoleAndName } from './phrases';
import { ActorIndex } from './actor-index';
import { pronounFeatures, type PronounContext } from './speaker-features';
import { pickSpeaker } from './speaker-model';
import { isAllCaps, startsUpper } from './chars';
import { endsPossessive, splitNonWord, splitSpaces, withoutPossessive } from './strings';
import { hasWordFrom, someWord } from './word-gate';

type Gender = 'm' | 'f' | '';

export interface DraftActor {
  name: string;
  /** Lower-case words of the name, honorifics removed: the key for surname and alias matching. */
  key: string[];
  aliases: Set<string>;
  kind: ActorKind;
  role: string;
  gender: Gender;
  /** Where the actor was last mentioned: block and character, for pronoun recency. */
  lastBlock: number;
  lastAt: number;
}

export interface Resolution {
  actors: DraftActor[];
  /** Actor index for each raw statement, or -1 when its speaker could not be resolved. */
  actorOf: number[];
  /** The mention string for each raw statement. */
  mentionOf: string[];
}

interface NameOccurrence {
  block: number;
  start: number;
  words: string[];
  /** Preceded by a title or honorific ("Councillor Helga Strand"): a person for sure. */
  titled: boolean;
  gender: Gender;
  /** It opens its sentence, where a subject stands. */
  opens: boolean;
  /** The words either side, lower case ('' at an edge): "with", "said", "'s" tell a subject from an object. */
  before: string;
  after: string;
}

/** How many blocks back the speaker step looks for the person a pronoun means (the rules look 3–4). */
const SPEAKER_WINDOW = 8;

const PLACE_STARTS = new Set(['new', 'north', 'south', 'east', 'west', 'united', 'saudi', 'san', 'los', 'las', 'hong',
  'sri', 'costa', 'el', 'puerto', 'great', 'middle', 'central', 'latin', 'wall', 'white', 'silicon', 'capitol']);
const ORG_HEADS = new Set(['company', 'firm', 'group', 'ministry', 'agency', 'department', 'government', 'organization',
  'organisation', 'bank', 'campaign', 'utility', 'court', 'police', 'committee', 'report', 'statement', 'study',
  'council', 'commission', 'board', 'union', 'party', 'office', 'administration', 'fund', 'airline', 'carrier',
  'network', 'newspaper', 'paper', 'magazine', 'website', 'letter', 'lawsuit', 'complaint', 'poll', 'survey', 'data',
  'document', 'memo', 'filing', 'indictment', 'regime', 'military', 'army', 'embassy', 'kremlin', 'city', 'state']);
const FEMALE_ROLES = new Set(['spokeswoman', 'chairwoman', 'congresswoman', 'councilwoman', 'businesswoman', 'actress', 'queen',
  'princess', 'mother', 'wife', 'daughter', 'sister', 'woman', 'girl', 'grandmother', 'aunt', 'mrs', 'ms', 'miss', 'lady', 'dame']);
/** Roles only a person holds (lower case: tested on lower-cased roles). */
const PERSON_ROLES = new Set(['minister', 'commander', 'president', 'official', 'chief', 'director', 'leader', 'secretary',
  'analyst', 'professor', 'economist', 'lawyer', 'attorney', 'author', 'ceo', 'founder', 'executive', 'member', 'reporter',
  'correspondent', 'doctor', 'dr', 'senator', 'governor', 'mayor', 'judge', 'adviser', 'advisor', 'aide', 'candidate']);
/** A role only a person holds: "spokes…" (spokesman, spokesperson) or one of PERSON_ROLES. */
const isPersonRole = (role: string): boolean =>
  someWord(role.toLowerCase(), (w) => PERSON_ROLES.has(w) || FEMALE_ROLES.has(w) || MALE_ROLES.has(w) || (w.length > 6 && w.startsWith('spokes')));
/** Pronouns, which are never kept as an actor's alias. */
const PRONOUN_ALIASES = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'who']);
const MALE_ROLES = new Set(['spokesman', 'chairman', 'congressman', 'councilman', 'businessman', 'actor', 'king', 'prince',
  'father', 'husband', 'son', 'brother', 'man', 'boy', 'grandfather', 'uncle', 'mr', 'sir', 'lord']);
const PREPOSITION_SPLIT = new Set(['for', 'of', 'at', 'with', 'from', 'in', 'representing', 'on']);

/** Lower case, no possessive, no abbreviation dot, straight apostrophes: a word as a name key. */
function norm(w: string): string {
  let x = w.toLowerCase();
  if (x.endsWith("'s") || x.endsWith('’s')) x = x.slice(0, -2);
  if (x.endsWith('.')) x = x.slice(0, -1);
  return x.includes('’') ? x.replaceAll('’', "'") : x;
}
const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
const keyOf = (words: string[]) => {
  const key = words.map(norm).filter((w) => !HONORIFICS.has(w) && w !== 'the' && w);
  while (key.length > 1 && NAME_SUFFIXES.has(key[key.length - 1]!)) key.pop();
  return key;
};
const isCapitalised = startsUpper;

function acronym(words: string[]): string {
  return words.filter((w) => isCapitalised(w) && !NAME_CONNECTORS.has(w.toLowerCase())).map((w) => w[0]).join('').toLowerCase();
}

function looksLikePersonName(words: string[]): boolean {
  if (words.length < 2 || words.length > 4) return false;
  const lower = words.map(norm);
  if (lower.some((w) => ORG_WORDS.has(w) || SPEAKER_NOUNS.has(w) && !GIVEN_NAME_GENDER.has(w))) return false;
  if (PLACE_STARTS.has(lower[0]!)) return false;
  if (words.some((w) => isAllCaps(w) && w.length > 3)) return false;
  return words.every((w) => isCapitalised(w) || NAME_CONNECTORS.has(w.toLowerCase()));
}

/**
 * A person's gender from the words naming them (a role, an honorific), then from what the
 * page says of that surname elsewhere (`clues`: "Ms. Okafor", "Okafor said her …"), and only
 * then from the first-name list, which guesses.
 */
function genderOf(words: string[], role: string, clues?: ReadonlyMap<string, Gender>): Gender {
  const text = `${role} ${words.join(' ')}`.toLowerCase();
  if (hasWordFrom(text, FEMALE_ROLES)) return 'f';
  if (hasWordFrom(text, MALE_ROLES)) return 'm';
  if (clues?.size && words.length) {
    const clue = clues.get(norm(withoutPossessive(words[words.length - 1]!)));
    if (clue) return clue;
  }
  for (const w of words) {
    const n = norm(w);
    if (AMBIGUOUS_GIVEN_NAMES.has(n)) continue;
    const g = GIVEN_NAME_GENDER.get(n);
    if (g) return g;
  }
  return '';
}

/** A plural group noun phrase ("Opposition lawmakers") and where it stands. */
interface GroupMention {
  start: number;
  words: string[];
}

/**
 * What speaker resolution needs to know of a block once its tokens are gone: the people it
 * names and the groups it mentions, in reading order.
 */
export interface BlockSummary {
  index: number;
  kind: string;
  names: NameOccurrence[];
  groups: GroupMention[];
  /** What the page itself says of a surname's gender: an honorific, or his/her right after the name. */
  genderClues: GenderClue[];
  /** Lone capitalised words that may be a surname named earlier in full ("Fetter"). */
  surnames: NameOccurrence[];
  /** Where each sentence starts, as a character offset: for "in the same sentence" questions. */
  sentenceStarts: number[];
}

interface GenderClue {
  /** The surname, as a name key word. */
  last: string;
  gender: 'm' | 'f';
}

const HONORIFIC_GENDER = new Map<string, 'm' | 'f'>([['mr', 'm'], ['mrs', 'f'], ['ms', 'f'], ['miss', 'f'], ['sir', 'm'], ['dame', 'f']]);
/** Words that may stand between a name and its own his/her: "Okafor said her …", "Okafor and his …". */
const TO_OWN_PRONOUN = new Set(['said', 'says', 'added', 'and', 'with', 'in', 'on', 'told', 'wrote', 'announced', 'defended']);
/** After these, "her" is an object, not a possessive ("told her that"). */
const NOT_POSSESSED = new Set(['that', 'the', 'a', 'an', 'to', 'and', 'or', 'about', 'of', 'in', 'on', 'for', 'as', 'at', 'by', 'with', 'if']);

/** Gender clues in a block's tokens, outside quotations. */
function genderCluesOf(tokens: BlockText['tokens']): GenderClue[] {
  const clues: GenderClue[] = [];
  for (let k = 0; k + 1 < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || t.quote >= 0 || !t.cap) continue;
    // The end of a capitalised run: "Ms. Ada Okafor", "Okafor".
    let e = k;
    while (e + 1 < tokens.length && tokens[e + 1]!.kind === 'word' && tokens[e + 1]!.cap) e++;
    const honorific = HONORIFIC_GENDER.get(t.lower);
    const last = norm(withoutPossessive(tokens[e]!.text));
    if (honorific && e > k) clues.push({ last, gender: honorific });
    else if (!honorific && !NOT_NAMES.has(last) && !TITLES.has(last)) {
      // "Okafor said her company …": the next possessive his/her, a few function words on.
      for (let n = e + 1; n < tokens.length && n <= e + 3; n++) {
        const x = tokens[n]!;
        if (x.kind !== 'word' || x.quote >= 0) break;
        if (x.lower === 'his' || x.lower === 'her') {
          const next = tokens[n + 1];
          if (next?.kind === 'word' && !next.cap && !NOT_POSSESSED.has(next.lower)) clues.push({ last, gender: x.lower === 'his' ? 'm' : 'f' });
          break;
        }
        if (!TO_OWN_PRONOUN.has(x.lower)) break;
      }
    }
    k = e;
  }
  return clues;
}

export function summarizeBlock(b: BlockText): BlockSummary {
  const { tokens } = b;
  const names: NameOccurrence[] = [];
  const surnames: NameOccurrence[] = [];
  const groups: GroupMention[] = [];
  // Names come in reading order, so the sentence they stand in only moves forward.
  let sentence = 0;
  const opensAt = (from: number) => {
    while (sentence + 1 < b.sentences.length && b.sentences[sentence + 1]!.from <= from) sentence++;
    return opensSentence(tokens, b.sentences[sentence]?.from ?? 0, from);
  };
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i]!;
    if (t.kind === 'word' && t.quote < 0 && GROUP_NOUNS.has(t.lower)) {
      let from = i;
      while (from > 0 && i - from < 3 && tokens[from - 1]!.kind === 'word' && tokens[from - 1]!.quote < 0
        && !NOT_NAMES.has(tokens[from - 1]!.lower) && !VERBS.has(tokens[from - 1]!.lower)) from--;
      groups.push({ start: tokens[from]!.start, words: tokens.slice(from, i + 1).map((x) => x.text) });
    }
    if (!(t.kind === 'word' && t.cap)) { i++; continue; }
    let j = i;
    while (j < tokens.length && tokens[j]!.kind === 'word' && !VERBS.has(tokens[j]!.lower) && (tokens[j]!.cap
      || (NAME_CONNECTORS.has(tokens[j]!.lower) && tokens[j]!.lower !== 'and' && tokens[j]!.lower !== 'the' && tokens[j + 1]?.cap))) j++;
    let from = i;
    // Titles and sentence-initial words are not part of the name.
    while (from < j && (TITLES.has(tokens[from]!.lower) || NOT_NAMES.has(tokens[from]!.lower))) from++;
    // Nor is a day's name after it ("Okafor Friday said").
    while (j - 1 > from && DAY_NAMES.has(tokens[j - 1]!.lower)) j--;
    if (j - from >= 2 && j - from <= 5) {
      const run = tokens.slice(from, j).map((x) => withoutPossessive(x.text));
      // "Reporter Lotte Vink": an occupation opening the run is not part of the name.
      const split = splitRoleAndName(run);
      const words = split.name.length >= 2 ? split.name : run;
      if (looksLikePersonName(words)) {
        names.push({ block: b.index, start: tokens[from]!.start, words, titled: from > i, gender: genderOf(words, ''), opens: opensAt(from), ...sides(tokens, i, j) });
      }
    } else if (j - from === 1 && tokens[from]!.quote < 0) {
      // A lone capitalised word may be a surname ("Fetter said"): the speaker step looks it up
      // among the article's full names when a pronoun could mean that person.
      const word = withoutPossessive(tokens[from]!.text);
      const lower = norm(word);
      if (word.length > 2 && !isAllCaps(word) && !NOT_NAMES.has(lower) && !TITLES.has(lower) && !ORG_WORDS.has(lower) && !DAY_NAMES.has(lower)) {
        surnames.push({ block: b.index, start: tokens[from]!.start, words: [word], titled: from > i, gender: '', opens: opensAt(from), ...sides(tokens, i, j) });
      }
    }
    // Group nouns inside a capitalised run ("Officials") are still looked at on the next pass.
    i = j > i + 1 ? j : i + 1;
  }
  const sentenceStarts = b.sentences.map((x) => tokens[x.from]?.start ?? 0);
  return { index: b.index, kind: b.kind, names, surnames, groups, genderClues: genderCluesOf(tokens), sentenceStarts };
}

/** The tokens either side of [from, to): a possessive counts as the word after. */
function sides(tokens: BlockText['tokens'], from: number, to: number): { before: string; after: string } {
  const last = tokens[to - 1]!.text;
  return { before: tokens[from - 1]?.lower ?? '', after: endsPossessive(last) ? "'s" : tokens[to]?.lower ?? '' };
}

/** Only punctuation, titles and sentence-opening words stand between the sentence's start and `at`. */
function opensSentence(tokens: BlockText['tokens'], from: number, at: number): boolean {
  for (let k = from; k < at; k++) {
    const t = tokens[k]!;
    if (t.kind === 'word' && !TITLES.has(t.lower) && !NOT_NAMES.has(t.lower) && !DETERMINERS.has(t.lower)) return false;
  }
  return true;
}

/** The sentence of a block that holds character `at`. */
function sentenceAt(starts: readonly number[], at: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  return Math.max(0, lo);
}

export function resolveSpeakers(blocks: readonly BlockSummary[], raws: RawStatement[]): Resolution {
  const steps = resolveSpeakersInSteps(blocks, raws, Infinity);
  for (let r = steps.next(); ; r = steps.next()) if (r.done) return r.value;
}

/** What the speaker step was offered for one pronoun statement: for training it (src/train/speaker-data.ts). */
export type SpeakerTrace = (raw: RawStatement, candidates: { name: string; features: string[] }[]) => void;

/** The same resolution, pausing every `every` statements so a caller can yield to the page. */
export function* resolveSpeakersInSteps(blocks: readonly BlockSummary[], raws: RawStatement[], every: number, trace?: SpeakerTrace): Generator<void, Resolution> {
  const actors: DraftActor[] = [];
  const actorOf: number[] = [];
  const mentionOf: string[] = [];
  const names = blocks.flatMap((b) => b.names);
  // The page's own word on a surname's gender; a surname the page gives both is left to other evidence.
  const clues = new Map<string, Gender>();
  for (const b of blocks) for (const c of b.genderClues ?? []) clues.set(c.last, clues.has(c.last) && clues.get(c.last) !== c.gender ? '' : c.gender);
  const nameGender = (n: NameOccurrence): Gender => (clues.size ? genderOf(n.words, '', clues) : n.gender);
  const index = new ActorIndex(actors, (name) => acronym(splitSpaces(name)));
  // Full names by surname (and, for surname-first names like "Yoon Suk Yeol", by first word).
  const fullNames = new Map<string, string[][]>();
  const addFull = (k: string, words: string[]) => {
    const list = fullNames.get(k) ?? [];
    if (list.length >= 8) return;
    const same = list.findIndex((w) => w.join(' ') === words.join(' ') || w.length < words.length && words.slice(-w.length).join(' ') === w.join(' ')
      || sameWithMiddle(w, words));
    if (same >= 0) list[same] = words.length > list[same]!.length ? words : list[same]!;
    else if (!list.some((w) => w.slice(-words.length).join(' ') === words.join(' '))) list.push(words);
    fullNames.set(k, list);
  };
  for (const n of names) {
    const key = keyOf(n.words);
    addFull(key[key.length - 1]!, n.words);
    if (!GIVEN_NAME_GENDER.has(key[0]!)) addFull(`^${key[0]}`, n.words);
    else if (key.length > 1) addFull(`=${key[0]}`, n.words);
  }
  /** The article's fuller name for a one-word mention, when it names one person only. */
  /**
   * The article's fuller name for a one-word mention, when it names one person only. A given
   * name counts as a first name only for someone described as a person ("her mother, Greta"):
   * the article calls a relative by first name, and names her in full elsewhere.
   */
  const fullerName = (word: string, gender: Gender, describedPerson = false): string[] | null => {
    const fits = (w: string[]) => { const g = genderOf(w, '', clues); return !gender || !g || g === gender; };
    const byLast = (fullNames.get(word) ?? []).filter(fits);
    if (byLast.length === 1) return byLast[0]!;
    if (byLast.length > 1) return null;
    const byFirst = (fullNames.get(`^${word}`) ?? []).filter(fits);
    if (byFirst.length === 1) return byFirst[0]!;
    const byGiven = describedPerson ? (fullNames.get(`=${word}`) ?? []).filter(fits) : [];
    // Two speakers already of that first name: no telling which one the relative is.
    return byGiven.length === 1 && index.personsByFirst(word).length <= 1 ? byGiven[0]! : null;
  };
  const indexOfRaw = new Map<RawStatement, number>();
  let lastActor = -1;
  let lastBlock = -1;
  /** Statements credited to each actor so far. */
  const spoken: number[] = [];

  const touch = (a: number, raw: RawStatement, alias: string, role: string) => {
    const actor = actors[a]!;
    actor.lastBlock = raw.block;
    actor.lastAt = raw.start;
    if (alias && !PRONOUN_ALIASES.has(alias.toLowerCase()) && !actor.aliases.has(alias)) {
      actor.aliases.add(alias);
      index.addAlias(a, alias, keyOf(splitSpaces(alias)));
    }
    index.touch(a, raw.block);
    if (!actor.role && role) actor.role = role;
    if (!actor.gender && actor.kind === 'person' && role) actor.gender = genderOf(splitSpaces(actor.name), actor.role, clues);
    return a;
  };

  for (let ri = 0; ri < raws.length; ri++) {
    if (ri > 0 && ri % every === 0) yield;
    const raw = raws[ri]!;
    indexOfRaw.set(raw, ri);
    let a = -1;
    let mention = '';
    if (raw.sameSpeakerAs && indexOfRaw.has(raw.sameSpeakerAs) && (!raw.mention || raw.cueKind === 'continuation')) {
      const owner = indexOfRaw.get(raw.sameSpeakerAs)!;
      a = actorOf[owner]!;
      mention = mentionOf[owner]!;
    } else if (raw.mentionWords) {
      mention = raw.mentionText ?? '';
      a = resolveMention(raw.mentionWords, mention, raw);
    } else if (raw.cueKind === 'continuation' && lastActor >= 0 && adjacentProse(lastBlock, raw.block)) {
      // A quote paragraph with no cue goes on with the speaker of the paragraph before.
      a = lastActor;
    }
    actorOf.push(a);
    mentionOf.push(mention);
    if (a >= 0) {
      spoken[a] = (spoken[a] ?? 0) + 1;
      lastActor = a;
      lastBlock = raw.block;
      actors[a]!.lastBlock = raw.block;
      actors[a]!.lastAt = raw.start;
      index.touch(a, raw.block);
    }
  }
  return { actors, actorOf, mentionOf };

  /** Is `to` the next paragraph after `from`, captions and photo credits between them aside? */
  function adjacentProse(from: number, to: number): boolean {
    if (to - from < 1 || to - from > 4) return to === from + 1;
    for (let k = from + 1; k < to; k++) if (blocks[k]!.kind === 'paragraph' || blocks[k]!.kind === 'blockquote') return false;
    return true;
  }

  /**
   * The speaker step's choice among the people a gendered pronoun may mean: each recent speaker
   * and each name before it, once, the rules' own choice first; null when there is nobody.
   */
  function chooseByModel(raw: RawStatement, want: Gender, here: number, named: NameOccurrence | null, best: number,
    seenNames: readonly NameOccurrence[]): { actor: number; words: string[] } | null {
    interface Offer { key: string; actor: number; words: string[]; block: number; at: number; asName: boolean; titled: boolean; opens: boolean; names: number; before: string; after: string }
    const offers = new Map<string, Offer>();
    const pos = (o: { block: number; at: number }) => o.block * 1e7 + o.at;
    const offer = (o: Offer) => {
      const had = offers.get(o.key);
      if (!had) { offers.set(o.key, o); return; }
      had.names += o.names;
      had.titled ||= o.titled;
      if (pos(o) > pos(had)) { had.block = o.block; had.at = o.at; had.asName = o.asName; had.opens = o.opens; had.before = o.before; had.after = o.after; }
    };
    const fits = (g: Gender) => !g || g === want;
    for (const i of index.recent(raw.block, SPEAKER_WINDOW)) {
      const x = actors[i]!;
      if (x.kind !== 'person' || !fits(x.gender) || pos({ block: x.lastBlock, at: x.lastAt }) >= here) continue;
      offer({ key: `a${i}`, actor: i, words: splitSpaces(x.name), block: x.lastBlock, at: x.lastAt, asName: false, titled: false, opens: false, names: 0, before: '', after: '' });
    }
    // A name is looked up once however often it recurs in the window.
    const looked = new Map<string, { key: string; actor: number }>();
    const lookup = (words: string[]) => {
      const text = words.join(' ');
      let found = looked.get(text);
      if (!found) {
        const key = keyOf(words);
        const actor = findByName(key, words);
        found = { key: actor >= 0 ? `a${actor}` : `n${key.join(' ')}`, actor };
        looked.set(text, found);
      }
      return found;
    };
    const nameKey = (n: NameOccurrence) => lookup(n.words).key;
    const offerName = (n: NameOccurrence, words: string[]) => {
      const { key, actor } = lookup(words);
      offer({ key, actor, words, block: n.block, at: n.start, asName: true, titled: n.titled, opens: n.opens, names: 1, before: n.before, after: n.after });
    };
    const fullerOf = new Map<string, string[] | null>();
    for (const n of seenNames) offerName(n, n.words);
    // Further back than the rules look, and people named by surname alone.
    for (let bi = raw.block; bi >= 0 && raw.block - bi <= SPEAKER_WINDOW; bi--) {
      const b = blocks[bi]!;
      if (b.kind === 'caption') continue;
      if (raw.block - bi > 4) {
        for (const n of b.names) if (pos({ block: n.block, at: n.start }) < here && fits(nameGender(n)) && (nameGender(n) || n.titled)) offerName(n, n.words);
      }
      for (const n of b.surnames) {
        if (pos({ block: n.block, at: n.start }) >= here) continue;
        const last = norm(n.words[0]!);
        const known = index.personsByLast(last).filter((i) => actors[i]!.kind === 'person' && fits(actors[i]!.gender));
        if (known.length === 1) { offerName(n, splitSpaces(actors[known[0]!]!.name)); continue; }
        let full: string[] | null = null;
        if (!known.length) {
          if (!fullerOf.has(last)) fullerOf.set(last, fullerName(last, want));
          full = fullerOf.get(last)!;
        }
        if (full && fits(genderOf(full, '', clues))) offerName(n, full);
      }
    }
    const ruleKey = named ? nameKey(named) : best >= 0 ? `a${best}` : lastActor >= 0 ? `a${lastActor}` : '';
    if (ruleKey && !offers.has(ruleKey) && lastActor >= 0 && ruleKey === `a${lastActor}`) {
      const x = actors[lastActor]!;
      offers.set(ruleKey, { key: ruleKey, actor: lastActor, words: splitSpaces(x.name), block: x.lastBlock, at: x.lastAt, asName: false, titled: false, opens: false, names: 0, before: '', after: '' });
    }
    // Nobody spoke before and nobody fits: as with the rules, the statement has no speaker.
    if (!offers.size || !ruleKey) return null;
    const byRecency = [...offers.values()].sort((p, q) => pos(q) - pos(p));
    const ordered = [...byRecency.filter((o) => o.key === ruleKey), ...byRecency.filter((o) => o.key !== ruleKey)];
    const sentenceOf = (block: number, at: number) => sentenceAt(blocks[block]?.sentenceStarts ?? [], at);
    const ownSentence = sentenceOf(raw.block, here - raw.block * 1e7);
    const genders = ordered.map((o) => (o.actor >= 0 ? actors[o.actor]!.gender : genderOf(o.words, '', clues)));
    const context: PronounContext = { pronoun: want === 'm' ? 'he' : 'she', cueAfter: raw.cueStart > raw.start, firstInBlock: lastBlock !== raw.block,
      candidates: ordered.length, agreeing: genders.filter((g) => g === want).length };
    const features = ordered.map((o, i) => {
      const g = genders[i]!;
      const spoke = o.actor >= 0 ? spoken[o.actor] ?? 0 : 0;
      return pronounFeatures({
        ruleChoice: o.key === ruleKey, genderAgrees: g === want, statements: spoke, lastSpeaker: o.actor >= 0 && o.actor === lastActor,
        blockDistance: raw.block - o.block, recency: byRecency.indexOf(o), opensSentence: o.opens,
        sameSentence: o.block === raw.block && sentenceOf(o.block, o.at) === ownSentence, asName: o.asName, titled: o.titled, mentions: o.names + spoke,
        sentenceDistance: o.block === raw.block ? ownSentence - sentenceOf(o.block, o.at) : -1, before: o.before, after: o.after,
      }, context);
    });
    trace?.(raw, ordered.map((o, i) => ({ name: o.actor >= 0 ? actors[o.actor]!.name : o.words.join(' '), features: features[i]! })));
    const chosen = ordered[pickSpeaker(features)]!;
    // As the rules do: a recent speaker of unknown gender taken for "he" is a man from now on.
    if (!named && chosen.actor === best && best >= 0 && !actors[best]!.gender) actors[best]!.gender = want;
    return { actor: chosen.actor, words: chosen.words };
  }

  function lastGroupNamedBefore(raw: RawStatement): string[] | null {
    for (let bi = raw.block; bi >= 0 && raw.block - bi <= 1; bi--) {
      const limit = bi === raw.block ? Math.min(raw.start, raw.cueStart >= 0 ? raw.cueStart : raw.start) : Infinity;
      const { groups } = blocks[bi]!;
      for (let k = groups.length - 1; k >= 0; k--) if (groups[k]!.start < limit) return groups[k]!.words;
    }
    return null;
  }

  function resolvePronoun(pronoun: string, raw: RawStatement): number {
    if (PERSON_PRONOUNS.has(pronoun) || pronoun === 'who') {
      const want: Gender = pronoun === 'he' ? 'm' : pronoun === 'she' ? 'f' : '';
      const fits = (g: Gender) => !want || !g || g === want;
      // Candidates: person actors, and people named in this block or the four before it.
      let best = -1;
      let bestPos = -Infinity;
      let bestExact = false;
      const pos = (block: number, at: number) => block * 1e7 + at;
      const here = pos(raw.block, raw.cueStart >= 0 ? Math.min(raw.cueStart, raw.start) : raw.start);
      for (const i of index.recent(raw.block, 3)) {
        const x = actors[i]!;
        if (x.kind !== 'person' || !fits(x.gender)) continue;
        // The last speaker stays in focus through this paragraph and the next: news writers
        // say "he said" of the person they are quoting, not of whoever was named last.
        const p = pos(x.lastBlock, x.lastAt);
        const exact = !!want && x.gender === want;
        if (p < here && (exact && !bestExact || exact === bestExact && p > bestPos)) { best = i; bestPos = p; bestExact = exact; }
      }
      let named: NameOccurrence | null = null;
      const seenNames: NameOccurrence[] = [];
      for (let bi = raw.block; bi >= 0 && raw.block - bi <= 4; bi--) {
        if (blocks[bi]!.kind === 'caption') continue;
        const list = blocks[bi]!.names;
        // Walk back from the pronoun; the nearest fitting names decide, so a few dozen looks suffice.
        let looked = 0;
        for (let k = list.length - 1; k >= 0 && looked < 40; k--) {
          const n = list[k]!;
          const p = pos(n.block, n.start);
          if (p >= here) continue;
          looked++;
          const g = nameGender(n);
          // Only names that read as a person's ("Muslim Brotherhood" and "Getty Images" do not).
          if (!fits(g) || !g && !n.titled && actors[index.findKey(keyOf(n.words))]?.kind !== 'person') continue;
          seenNames.push(n);
          const exact = !!want && g === want;
          if (exact && !bestExact || exact === bestExact && p > bestPos) { named = n; bestPos = p; bestExact = exact; }
        }
      }
      if (want) {
        const chosen = chooseByModel(raw, want, here, named, best, seenNames);
        if (chosen) return chosen.actor >= 0 ? chosen.actor : newActor(chosen.words, 'person', '', '', raw);
      }
      if (named) {
        const existing = findByName(keyOf(named.words), named.words);
        if (existing >= 0) return existing;
        return newActor(named.words, 'person', '', '', raw);
      }
      if (best >= 0) {
        if (want && !actors[best]!.gender) actors[best]!.gender = want;
        return best;
      }
      return lastActor;
    }
    const wanted: ActorKind[] = PLURAL_PRONOUNS.has(pronoun) ? ['group', 'organization', 'anonymous'] : ['organization'];
    if (lastActor >= 0 && wanted.includes(actors[lastActor]!.kind) && raw.block - actors[lastActor]!.lastBlock <= 2) return lastActor;
    for (const i of index.recent(raw.block, 3)) if (wanted.includes(actors[i]!.kind)) return i;
    // "they" with no speaker before it: the people last named as a group ("the protesters").
    if (PLURAL_PRONOUNS.has(pronoun)) {
      const group = lastGroupNamedBefore(raw);
      if (group) return resolveDescription(group, group.join(' '), raw);
    }
    return lastActor;
  }

  function resolveMention(words: string[], mention: string, raw: RawStatement): number {
    const first = norm(words[0] ?? '');
    const shouted = (words[0] ?? '').length > 1 && words[0] === words[0]!.toUpperCase();
    if (words.length === 1 && !shouted && (PERSON_PRONOUNS.has(first) || PLURAL_PRONOUNS.has(first) || THING_PRONOUNS.has(first) || first === 'who')) {
      const a = resolvePronoun(first, raw);
      return a >= 0 ? touch(a, raw, '', '') : -1;
    }

    // "a spokeswoman for the union", "Alexandra Olgin of South Carolina Public Radio": the head
    // is what comes before the preposition, unless the whole is one organisation's name.
    const split = words.findIndex((w, i) => i > 0 && PREPOSITION_SPLIT.has(w.toLowerCase()));
    if (split > 0) {
      const head = words.slice(0, split);
      const headLower = head.map(norm);
      const lastHead = headLower[headLower.length - 1]!;
      const orgName = ORG_WORDS.has(lastHead) && isCapitalised(head[head.length - 1]!) && isCapitalised(words[split + 1] ?? '')
        || isCapitalised(words[split + 1] ?? '') && head.every(isCapitalised) && !looksLikePersonName(head.filter((w) => !TITLES.has(norm(w))))
          && !GROUP_NOUNS.has(lastHead) && !SPEAKER_NOUNS.has(lastHead);
      // "Wee of the Times": a surname already known as a person, with an affiliation.
      if (head.length === 1 && isCapitalised(head[0]!)) {
        const known = findByName(keyOf(head), head);
        if (known >= 0 && actors[known]!.kind === 'person') return touch(known, raw, mention, words.slice(split).join(' '));
      }
      if (!orgName) {
        if (head.some(isCapitalised) && looksLikePersonName(head.filter((w) => !TITLES.has(norm(w))))) {
          return resolveName(head, mention, raw, words.slice(split).join(' '));
        }
        return resolveDescription(words, mention, raw);
      }
    }

    const body = DETERMINERS.has(first) ? words.slice(1) : words;
    const lastWord = body[body.length - 1] ?? '';
    const headIsName = body.length > 0 && isCapitalised(lastWord) && !(body.length === 1 && SPEAKER_NOUNS.has(norm(lastWord)));
    if (headIsName) return resolveName(words, mention, raw, '');
    return resolveDescription(words, mention, raw);
  }

  function resolveName(words: string[], mention: string, raw: RawStatement, extraRole: string): number {
    let lead = words;
    if (norm(lead[0]!) === 'the') lead = lead.slice(1);
    // "Even Lindsey Graham", "Republican Marco Rubio": a sentence's adverb or a party label
    // before a person's name is not part of it ("Republican National Committee" is a name).
    let party = '';
    const namesPerson = (rest: string[]) => TITLES.has(norm(rest[0]!)) || looksLikePersonName(rest)
      || rest.length === 1 && fullNames.has(norm(withoutPossessive(rest[0]!)));
    while (lead.length > 1 && isCapitalised(lead[1]!) && (LEADING_NOT_NAME.has(norm(lead[0]!))
      || PARTY_LABELS.has(norm(lead[0]!)) && namesPerson(lead.slice(1)))) {
      if (PARTY_LABELS.has(norm(lead[0]!))) party = lead[0]!;
      lead = lead.slice(1);
    }
    // "Facebook Friday", "HuffPollster for Monday": a day's name after a name dates the statement.
    while (lead.length > 1 && DAY_NAMES.has(norm(lead[lead.length - 1]!))) {
      lead = lead.slice(0, norm(lead[lead.length - 2]!) === 'for' && lead.length > 2 ? -2 : -1);
    }
    lead = lead.map((w, i) => (i === lead.length - 1 ? withoutPossessive(w) : w));
    // "NPR’s Feng": the possessive names an affiliation, not the person.
    let affiliation = '';
    let owner = -1;
    for (let k = 0; k < lead.length - 1; k++) if (endsPossessive(lead[k]!)) owner = k;
    if (owner >= 0) {
      affiliation = withoutPossessive(lead.slice(0, owner + 1).join(' '));
      lead = lead.slice(owner + 1);
    }
    // "The Ruritanian Interior Ministry": an organisation's name keeps its "title" words.
    const orgNamed = (ORG_WORDS.has(norm(lead[lead.length - 1]!))
      || lead.some((w) => isCapitalised(w) && ORG_WORDS.has(norm(w))) && !lead.some((w) => TITLES.has(norm(w)) && !ORG_WORDS.has(norm(w))))
      && lead.every((w) => isCapitalised(w) || NAME_CONNECTORS.has(w.toLowerCase()));
    const { role, name } = orgNamed ? { role: [] as string[], name: lead } : splitRoleAndName(lead);
    const roleText = [[party, ...role.filter((w) => !HONORIFICS.has(norm(w)))].filter(Boolean).join(' '), raw.role, extraRole, affiliation].filter(Boolean).join(', ');
    const proper = name.length ? name : lead;
    const honorific = words.some((w) => HONORIFICS.has(norm(w)));
    const hasTitle = role.some((w) => TITLES.has(norm(w)));
    let full = proper;
    if (proper.length === 1 && !ORG_WORDS.has(norm(proper[0]!))) {
      full = fullerName(norm(proper[0]!), genderOf(words, raw.role, clues), isPersonRole(raw.role)) ?? proper;
    }
    const isPerson = honorific || (hasTitle && name.length > 0 && !ORG_WORDS.has(norm(name[name.length - 1]!)))
      || looksLikePersonName(full) || isPersonRole(raw.role) && proper.length <= 3 && !ORG_WORDS.has(norm(proper[proper.length - 1]!))
      || !!party && name.length > 0;
    const found = findByName(keyOf(full), full);
    if (found >= 0) return touch(found, raw, mention, roleText);
    return newActor(full, isPerson ? 'person' : 'organization', roleText, mention, raw);
  }

  function resolveDescription(words: string[], mention: string, raw: RawStatement): number {
    const lower = words.map(norm);
    const det = lower[0]!;
    const head = headNoun(lower);
    if (['the', 'this', 'that', 'his', 'her', 'its', 'their'].includes(det) && lower.length <= 4) {
      // "the spokesman", "the ministry": the most recent actor so described, of the kind the
      // noun names ("the department" is not its spokesman) and carrying every name word the
      // description carries ("the Trump campaign" is no other campaign, "the Florida senator"
      // no other senator).
      const headAt = lower.lastIndexOf(head);
      const namedBy = words.slice(1, headAt).filter(isCapitalised).map(norm);
      // A document speaks for whoever wrote it, person or not.
      const orgNoun = ORG_HEADS.has(head) && !DOCUMENT_NOUNS.has(head) && !isPersonRole(head);
      const personNoun = !orgNoun && (isPersonRole(head) || MALE_ROLES.has(head) || FEMALE_ROLES.has(head));
      for (const i of index.recent(raw.block, 12)) {
        const x = actors[i]!;
        if (orgNoun && x.kind === 'person' || personNoun && x.kind !== 'person' && x.kind !== 'anonymous') continue;
        const roleWords = splitNonWord(x.role.toLowerCase());
        if (!(roleWords.includes(head) || x.key.includes(head) || sameRole(roleWords, head))) continue;
        if (!namedBy.every((w) => describes(x, w)) || otherPost(roleWords, head, lower)) continue;
        return touch(i, raw, mention, '');
      }
      // With no name words, "the company" is the organisation last in view: one named in this
      // paragraph or the one before, of the right sort (a newspaper is no airline, nor an
      // airline a newspaper), and not a lone word that names a person elsewhere in the article.
      if (orgNoun && !namedBy.length && !DOCUMENT_NOUNS.has(head)) {
        const mediaNoun = MEDIA_NOUNS.has(head);
        // "the agency" is a news agency as often as a government one.
        const eitherSort = head === 'agency';
        for (const i of index.recent(raw.block, 2)) {
          const x = actors[i]!;
          if (x.kind !== 'organization' || DOCUMENT_NOUNS.has(x.key[x.key.length - 1]!) || !eitherSort && isMedia(x) !== mediaNoun) continue;
          if (x.key.length === 1 && !isAllCaps(x.name) && (GIVEN_NAME_GENDER.has(x.key[0]!) || fullNames.has(x.key[0]!) || index.personsByLast(x.key[0]!).length)) continue;
          return touch(i, raw, mention, '');
        }
      }
    }
    // "data from MarketAxess", "a report by the IMF": the named source speaks.
    const via = lower.findIndex((w, i) => i > 0 && (w === 'from' || w === 'by'));
    if (DOCUMENT_NOUNS.has(head) && via > 0 && isCapitalised(words[via + 1] === 'the' || words[via + 1] === 'The' ? words[via + 2] ?? '' : words[via + 1] ?? '')) {
      const named = words.slice(via + 1).filter((w, i) => i > 0 || norm(w) !== 'the');
      return resolveName(named, named.join(' '), raw, '');
    }
    // "the IMF report" speaks for the IMF.
    if (DOCUMENT_NOUNS.has(head)) {
      for (const w of words.slice(0, -1)) {
        if (!isCapitalised(w)) continue;
        const owner = findByName(keyOf([withoutPossessive(w)]), [w]);
        if (owner >= 0 && actors[owner]!.kind === 'organization') return touch(owner, raw, '', '');
      }
    }
    const existing = index.findBare(mention);
    if (existing >= 0) return touch(existing, raw, mention, '');
    const indefinite = DETERMINERS.has(det) && !['the', 'his', 'her', 'its', 'their', 'this', 'that'].includes(det);
    const kind: ActorKind = (indefinite || lower.includes('anonymity') || lower.includes('familiar') || lower.includes('named'))
      && ANONYMOUS_HEADS.has(head) ? 'anonymous'
      : head === 'sources' ? 'anonymous'
        : ORG_HEADS.has(head) ? 'organization'
          : GROUP_NOUNS.has(head) || head.endsWith('s') && !head.endsWith('ss') ? 'group'
            : 'person';
    return newActor(words, kind, raw.role, mention, raw);
  }

  function newActor(words: string[], kind: ActorKind, role: string, mention: string, raw: RawStatement): number {
    const name = withoutPossessive(words.join(' '));
    actors.push({ name, key: keyOf(words), aliases: new Set(mention ? [mention] : []), kind, role,
      gender: kind === 'person' ? genderOf(words, role, clues) : '', lastBlock: raw.block, lastAt: raw.start });
    const i = actors.length - 1;
    index.add(i);
    if (mention) index.addAlias(i, mention, keyOf(splitSpaces(mention)));
    index.touch(i, raw.block);
    return i;
  }

  function findByName(key: string[], words: string[]): number {
    if (!key.length) return -1;
    let i = index.findKey(key);
    if (i >= 0) return i;
    if (key.length === 1) {
      // A surname, a surname written first ("Yoon" for "Yoon Suk Yeol"), or an acronym ("EU").
      const byLast = index.personsByLast(key[0]!);
      if (byLast.length) return byLast[0]!;
      if (!GIVEN_NAME_GENDER.has(key[0]!)) {
        const byFirst = index.personsByFirst(key[0]!);
        if (byFirst.length) return byFirst[0]!;
      }
      i = index.orgByAcronym(key[0]!);
      if (i >= 0) return i;
      // A clipped name: "the Fed" for "Federal Reserve".
      if (key[0]!.length >= 3 && startsUpper(words[words.length - 1] ?? '')) {
        i = index.orgByFirstWordPrefix(key[0]!);
        if (i >= 0) return i;
      }
    }
    if (words.length > 1) {
      i = index.singleWordActor(acronym(words));
      if (i >= 0) return i;
      // "Te Kaurinui" for "Te Kaurinui Robert Parata": the opening words of a longer name.
      for (const c of index.personsByFirst(key[0]!)) {
        const a = actors[c]!;
        if (a.key.length > key.length && key.every((k, n) => a.key[n] === k)) return c;
      }
      // "Dmitry Peskov" after "Peskov": the longer name wins.
      if (looksLikePersonName(words)) {
        for (const c of index.personsByLast(key[key.length - 1]!)) {
          const a = actors[c]!;
          if (!a.key.every((k) => key.includes(k))) continue;
          if (words.length > splitSpaces(a.name).length) {
            a.name = words.join(' ');
            a.key = key;
            index.rename(c);
          }
          return c;
        }
      }
    }
    return -1;
  }
}

/**
 * "Donald Trump" and "Donald J. Trump": the same first and last word, one name only adding
 * middle names or initials, is one person, not two who share a surname.
 */
function sameWithMiddle(a: string[], b: string[]): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < 2 || short.length === long.length || short[0] !== long[0] || short[short.length - 1] !== long[long.length - 1]) return false;
  let k = 1;
  for (let i = 1; i < long.length - 1 && k < short.length - 1; i++) if (long[i] === short[k]) k++;
  return k === short.length - 1;
}

const DAY_NAMES = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Capitalised sentence adverbs that open a mention but never a name: "Even Lindsey Graham said". */
const LEADING_NOT_NAME = new Set(['even', 'only', 'also', 'both', 'then', 'now', 'still', 'yet', 'perhaps', 'indeed']);
/** Party labels written before a name: "Democrat Zephyr Teachout", "GOP Sen. …". */
const PARTY_LABELS = new Set(['republican', 'democrat', 'democratic', 'gop', 'independent', 'libertarian', 'conservative',
  'labour', 'tory', 'socialist']);

/** Role nouns writers use interchangeably for the same post. */
const ROLE_SYNONYMS = [
  ['chief', 'chair', 'chairman', 'chairwoman', 'chairperson', 'head', 'leader', 'boss'],
  ['spokesman', 'spokeswoman', 'spokesperson'],
  ['lawyer', 'attorney', 'counsel'],
  ['minister', 'secretary'],
  ['company', 'firm', 'corporation', 'group'],
];
function sameRole(roleWords: string[], head: string): boolean {
  const set = ROLE_SYNONYMS.find((s) => s.includes(head));
  return !!set && roleWords.some((w) => set.includes(w));
}

/** Nouns for a news outlet: "the newspaper" is the outlet last named, never the company it covers. */
const MEDIA_NOUNS = new Set(['newspaper', 'paper', 'magazine', 'network', 'website', 'outlet', 'station', 'channel',
  'broadcaster', 'publication']);
/** Words and names that mark an organisation as a news outlet. */
const MEDIA_NAMES = new Set(['news', 'press', 'times', 'post', 'journal', 'tribune', 'herald', 'gazette', 'telegraph',
  'guardian', 'tv', 'radio', 'broadcasting', 'magazine', 'daily', 'reuters', 'bloomberg', 'cnn', 'bbc', 'nbc', 'abc',
  'cbs', 'fox', 'msnbc', 'npr', 'ap', 'afp', 'politico', 'axios', 'huffpost', 'huffington', 'breitbart', 'bfmtv']);
function isMedia(x: DraftActor): boolean {
  return x.key.some((w) => MEDIA_NAMES.has(w) || w.endsWith('tv') && isAllCaps(x.name));
}

/** Does the actor's name, an alias or its role carry this (lower-case) word? */
function describes(x: DraftActor, word: string): boolean {
  if (x.key.includes(word) || someWord(x.role.toLowerCase(), (w) => norm(w) === word)) return true;
  for (const alias of x.aliases) if (someWord(alias.toLowerCase(), (w) => norm(w) === word)) return true;
  return false;
}

/** Words that make a different post of a role noun: a vice president is not "the president". */
const OTHER_POST = new Set(['vice', 'deputy', 'assistant', 'associate', 'co', 'lieutenant', 'under']);
function otherPost(roleWords: string[], head: string, description: string[]): boolean {
  const at = roleWords.indexOf(head);
  const before = at > 0 ? roleWords[at - 1]! : '';
  return OTHER_POST.has(before) && !description.includes(before);
}

function headNoun(lower: string[]): string {
  // The head is the last word before a post-modifier ("official" in "an official who asked …").
  for (let i = 1; i < lower.length; i++) {
    if (['who', 'familiar', 'close', 'with', 'speaking', 'briefed', 'in', 'at', 'from', 'for', 'of', 'on', 'that', 'representing'].includes(lower[i]!)) return lower[i - 1]!;
  }
  return lower[lower.length - 1]!;
}
