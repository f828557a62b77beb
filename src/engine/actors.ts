// Turns speaker mentions into actors: one actor per real-world source, named by the
// fullest name the article uses, with pronouns, surnames, acronyms and role nouns
// ("the spokesman") resolved to the actor they refer to.
import type { ActorKind } from './types';
import type { BlockText, RawStatement } from './extract';
import {
  ANONYMOUS_HEADS, DETERMINERS, GROUP_NOUNS, HONORIFICS, NAME_CONNECTORS, NOT_NAMES, ORG_WORDS, PERSON_PRONOUNS,
  PLURAL_PRONOUNS, THING_PRONOUNS, TITLES,
} from './lexicon/words';
import { VERBS } from './lexicon/verbs';
import { splitRoleAndName } from './phrases';

export interface DraftActor {
  name: string;
  /** Lower-case words of the name, honorifics removed: the key for surname and alias matching. */
  key: string[];
  aliases: Set<string>;
  kind: ActorKind;
  role: string;
  lastSeen: number;
}

export interface Resolution {
  actors: DraftActor[];
  /** Actor index for each raw statement, or -1 when its speaker could not be resolved. */
  actorOf: number[];
  /** The mention string for each raw statement. */
  mentionOf: string[];
}

const PLACE_STARTS = new Set(['new', 'north', 'south', 'east', 'west', 'united', 'saudi', 'san', 'los', 'las', 'hong',
  'sri', 'costa', 'el', 'puerto', 'great', 'middle', 'central', 'latin', 'wall', 'white', 'silicon', 'capitol']);

const norm = (w: string) => w.toLowerCase().replace(/[’']s$/, '').replace(/\.$/, '').replace(/’/g, "'");
const keyOf = (words: string[]) => words.map(norm).filter((w) => !HONORIFICS.has(w) && w !== 'the' && w);

function acronym(words: string[]): string {
  return words.filter((w) => /^\p{Lu}/u.test(w) && !NAME_CONNECTORS.has(w.toLowerCase())).map((w) => w[0]).join('').toLowerCase();
}

function looksLikePersonName(words: string[]): boolean {
  if (words.length < 2 || words.length > 4) return false;
  const lower = words.map(norm);
  if (lower.some((w) => ORG_WORDS.has(w))) return false;
  if (PLACE_STARTS.has(lower[0]!)) return false;
  if (words.some((w) => /^\p{Lu}{2,}$/u.test(w) && w.length > 3)) return false;
  return words.every((w) => /^\p{Lu}/u.test(w) || NAME_CONNECTORS.has(w.toLowerCase()));
}

/** Full person names anywhere in the article, so "Peskov said" can be named "Dmitry Peskov". */
function collectPersonNames(blocks: BlockText[]): Map<string, string[]> {
  const byLast = new Map<string, string[]>();
  for (const b of blocks) {
    const { tokens } = b;
    let i = 0;
    while (i < tokens.length) {
      if (!(tokens[i]!.kind === 'word' && tokens[i]!.cap)) { i++; continue; }
      let j = i;
      while (j < tokens.length && tokens[j]!.kind === 'word' && !VERBS.has(tokens[j]!.lower) && (tokens[j]!.cap || (NAME_CONNECTORS.has(tokens[j]!.lower)
        && tokens[j]!.lower !== 'and' && tokens[j]!.lower !== 'the' && tokens[j + 1]?.cap))) j++;
      let words = tokens.slice(i, j).map((t) => t.text);
      // Titles and sentence-initial words are not part of the name.
      while (words.length && (TITLES.has(norm(words[0]!)) || NOT_NAMES.has(norm(words[0]!)) || VERBS.has(norm(words[0]!)))) words = words.slice(1);
      if (looksLikePersonName(words)) {
        const last = norm(words[words.length - 1]!);
        const prev = byLast.get(last);
        if (!prev || words.length > prev.length) byLast.set(last, words);
      }
      i = Math.max(j, i + 1);
    }
  }
  return byLast;
}

export function resolveSpeakers(blocks: BlockText[], raws: RawStatement[]): Resolution {
  const actors: DraftActor[] = [];
  const actorOf: number[] = [];
  const mentionOf: string[] = [];
  const personNames = collectPersonNames(blocks);
  const indexOfRaw = new Map<RawStatement, number>();
  let lastActor = -1;
  let lastBlock = -1;

  const touch = (a: number, at: number, alias: string, role: string) => {
    const actor = actors[a]!;
    actor.lastSeen = at;
    if (alias && !/^(?:he|she|they|it|we|i|who)$/i.test(alias)) actor.aliases.add(alias);
    if (!actor.role && role) actor.role = role;
    return a;
  };
  const recent = (pred: (a: DraftActor) => boolean): number => {
    let best = -1;
    actors.forEach((a, i) => { if (pred(a) && (best < 0 || a.lastSeen > actors[best]!.lastSeen)) best = i; });
    return best;
  };

  raws.forEach((raw, ri) => {
    indexOfRaw.set(raw, ri);
    const b = blocks[raw.block]!;
    let a = -1;
    let mention = '';
    if (raw.sameSpeakerAs && indexOfRaw.has(raw.sameSpeakerAs) && !raw.mention) {
      const owner = indexOfRaw.get(raw.sameSpeakerAs)!;
      a = actorOf[owner]!;
      mention = mentionOf[owner]!;
    } else if (raw.mention) {
      const mtoks = b.tokens.slice(raw.mention.from, raw.mention.to);
      mention = b.text.slice(mtoks[0]!.start, mtoks[mtoks.length - 1]!.end);
      a = resolveMention(mtoks.map((t) => t.text), mention, raw);
    } else if (raw.cueKind === 'continuation' && lastActor >= 0 && raw.block - lastBlock <= 1) {
      // A quote paragraph with no cue goes on with the speaker of the paragraph before.
      a = lastActor;
      mention = '';
    }
    actorOf.push(a);
    mentionOf.push(mention);
    if (a >= 0) {
      lastActor = a;
      lastBlock = raw.block;
      actors[a]!.lastSeen = ri;
    }
  });
  return { actors, actorOf, mentionOf };

  function resolveMention(words: string[], mention: string, raw: RawStatement): number {
    const at = actorOf.length;
    const first = norm(words[0] ?? '');
    if (words.length === 1 && (PERSON_PRONOUNS.has(first) || PLURAL_PRONOUNS.has(first) || THING_PRONOUNS.has(first) || first === 'who')) {
      const wanted: ActorKind[] = PERSON_PRONOUNS.has(first) || first === 'who' ? ['person']
        : PLURAL_PRONOUNS.has(first) ? ['group', 'organization', 'anonymous'] : ['organization'];
      let a = lastActor >= 0 && wanted.includes(actors[lastActor]!.kind) ? lastActor : recent((x) => wanted.includes(x.kind));
      if (a < 0 && lastActor >= 0) a = lastActor;
      if (a < 0 && PERSON_PRONOUNS.has(first)) {
        // Nobody has spoken yet: the pronoun points at the last person named in the text.
        const named = lastPersonNamedBefore(raw);
        if (named) a = newActor(named, 'person', '', named.join(' '), at);
      }
      return a >= 0 ? touch(a, at, '', '') : -1;
    }

    const capitalised = words.filter((w) => /^\p{Lu}/u.test(w));
    const headIsName = /^\p{Lu}/u.test(words[words.length - 1] ?? '') || (words.length > 1 && capitalised.length >= words.length - 1);
    if (headIsName) {
      let lead = words;
      if (norm(lead[0]!) === 'the') lead = lead.slice(1);
      const { role, name } = splitRoleAndName(lead);
      const roleText = [raw.role, role.join(' ')].filter(Boolean).join(', ') || role.join(' ');
      const proper = name.length ? name : lead;
      const key = keyOf(proper);
      const found = findByName(key, proper);
      if (found >= 0) return touch(found, at, mention, raw.role || role.join(' '));
      const honorific = words.some((w) => HONORIFICS.has(norm(w)));
      const hasTitle = role.some((w) => TITLES.has(norm(w)));
      let full = proper;
      if (proper.length === 1) {
        const longer = personNames.get(norm(proper[0]!));
        if (longer && (honorific || hasTitle || !ORG_WORDS.has(norm(proper[0]!)))) full = longer;
      }
      const isPerson = honorific || (hasTitle && name.length > 0) || looksLikePersonName(full) || !!raw.role && /\b(?:spokes\w+|minister|commander|president|official|chief|director|leader|secretary|analyst|professor|economist|lawyer|attorney|author|ceo|founder|executive)\b/i.test(raw.role) && proper.length <= 3;
      const lowerKey = keyOf(full);
      const existing = findByName(lowerKey, full);
      if (existing >= 0) return touch(existing, at, mention, roleText);
      return newActor(full, isPerson ? 'person' : 'organization', roleText, mention, at);
    }

    // A description: "the spokesman", "a senior official who asked not to be named", "officials".
    const lower = words.map(norm);
    const det = lower[0]!;
    const head = headNoun(lower);
    if (det === 'the' || det === 'this' || det === 'that' || det === 'his' || det === 'her' || det === 'its' || det === 'their') {
      const byRole = recent((x) => x.role.toLowerCase().split(/\W+/).includes(head) || x.key.includes(head));
      if (byRole >= 0) return touch(byRole, at, mention, '');
      if (['company', 'firm', 'group', 'ministry', 'agency', 'department', 'government', 'organization', 'organisation', 'bank', 'campaign'].includes(head)) {
        const org = recent((x) => x.kind === 'organization');
        if (org >= 0) return touch(org, at, mention, '');
      }
    }
    const existing = actors.findIndex((x) => x.name.toLowerCase() === mention.toLowerCase());
    if (existing >= 0) return touch(existing, at, mention, '');
    const indefinite = DETERMINERS.has(det) && det !== 'the' && !['his', 'her', 'its', 'their', 'this', 'that'].includes(det);
    const kind: ActorKind = (indefinite || lower.includes('anonymity') || lower.includes('familiar')) && ANONYMOUS_HEADS.has(head) ? 'anonymous'
      : GROUP_NOUNS.has(head) && !ORG_WORDS.has(head) ? (head === 'sources' ? 'anonymous' : 'group')
        : ['company', 'firm', 'ministry', 'agency', 'department', 'government', 'bank', 'court', 'police', 'committee', 'report', 'statement', 'study'].includes(head) ? 'organization'
          : 'person';
    return newActor(words, kind, raw.role, mention, at);
  }

  function newActor(words: string[], kind: ActorKind, role: string, mention: string, at: number): number {
    const name = words.join(' ').replace(/[’']s$/, '');
    actors.push({ name, key: keyOf(words), aliases: new Set(mention ? [mention] : []), kind, role, lastSeen: at });
    return actors.length - 1;
  }

  function findByName(key: string[], words: string[]): number {
    if (!key.length) return -1;
    const joined = key.join(' ');
    let i = actors.findIndex((a) => a.key.join(' ') === joined || [...a.aliases].some((al) => keyOf(al.split(/\s+/)).join(' ') === joined));
    if (i >= 0) return i;
    if (key.length === 1) {
      // A surname, or an acronym of an organisation's name ("EU").
      i = actors.findIndex((a) => a.kind === 'person' && a.key[a.key.length - 1] === key[0]);
      if (i >= 0) return i;
      i = actors.findIndex((a) => a.kind === 'organization' && a.key.length > 1 && acronym(a.name.split(/\s+/)) === key[0]);
      if (i >= 0) return i;
    }
    if (words.length > 1) {
      const ac = words.length > 1 ? acronym(words) : '';
      i = actors.findIndex((a) => a.key.length === 1 && a.key[0] === ac);
      if (i >= 0) return i;
      // "Dmitry Peskov" after "Peskov": the longer name wins.
      i = actors.findIndex((a) => a.kind === 'person' && a.key.length === 1 && key[key.length - 1] === a.key[0] && looksLikePersonName(words));
      if (i >= 0) {
        actors[i]!.name = words.join(' ');
        actors[i]!.key = key;
        return i;
      }
    }
    return -1;
  }

  function lastPersonNamedBefore(raw: RawStatement): string[] | null {
    for (let bi = raw.block; bi >= 0 && raw.block - bi <= 2; bi--) {
      const b = blocks[bi]!;
      const limit = bi === raw.block ? raw.cueStart : Infinity;
      let best: string[] | null = null;
      for (const words of personNames.values()) {
        const idx = b.text.lastIndexOf(words.join(' '));
        if (idx >= 0 && idx < limit) best = words;
      }
      if (best) return best;
    }
    return null;
  }
}

function headNoun(lower: string[]): string {
  // The head is the last word before a post-modifier ("official" in "an official who asked …").
  for (let i = 0; i < lower.length; i++) {
    const w = lower[i]!;
    if (['who', 'familiar', 'close', 'with', 'speaking', 'briefed', 'in', 'at', 'from', 'for', 'of', 'on', 'that'].includes(w) && i > 0) return lower[i - 1]!;
  }
  return lower[lower.length - 1]!;
}
