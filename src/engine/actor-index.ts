// Lookups over the actors found so far, kept in maps so that resolving a mention costs the
// same on a page with five speakers as on one with five thousand.
import { isSpaceAt } from './chars';

export interface IndexedActor {
  name: string;
  key: string[];
  kind: string;
  lastBlock: number;
}

export class ActorIndex<A extends IndexedActor> {
  private readonly byKey = new Map<string, number>();
  private readonly byBare = new Map<string, number>();
  private readonly byLast = new Map<string, number[]>();
  private readonly byFirst = new Map<string, number[]>();
  private readonly byAcronym = new Map<string, number>();
  private readonly singleWord = new Map<string, number>();
  private readonly orgFirstWords = new Map<string, number>();
  /** Every mention in reading order, for "most recent actor that …" questions. */
  private readonly touches: { actor: number; block: number }[] = [];

  constructor(private readonly actors: A[], private readonly acronymOf: (name: string) => string) {}

  add(i: number): void {
    const a = this.actors[i]!;
    this.indexKey(i, a.key);
    this.indexBare(i, a.name);
    if (a.kind === 'organization' && a.key.length > 1) {
      setFirst(this.byAcronym, this.acronymOf(a.name), i);
      if (this.orgFirstWords.size < 64) setFirst(this.orgFirstWords, a.key[0]!, i);
    }
  }

  addAlias(i: number, alias: string, aliasKey: string[]): void {
    if (aliasKey.length) setFirst(this.byKey, aliasKey.join(' '), i);
    this.indexBare(i, alias);
  }

  /** Re-files an actor under a new, fuller name. */
  rename(i: number): void {
    this.add(i);
  }

  touch(i: number, block: number): void {
    const last = this.touches[this.touches.length - 1];
    if (last && last.actor === i && last.block === block) return;
    this.touches.push({ actor: i, block });
  }

  /** Lowest-numbered actor known under this key, as a name or an alias. */
  findKey(key: string[]): number {
    return this.byKey.get(key.join(' ')) ?? -1;
  }

  findBare(text: string): number {
    return this.byBare.get(bare(text)) ?? -1;
  }

  /** People whose surname (or, failing that, whose first name word) is `word`. */
  personsByLast(word: string): readonly number[] {
    return this.byLast.get(word) ?? [];
  }

  personsByFirst(word: string): readonly number[] {
    return this.byFirst.get(word) ?? [];
  }

  orgByAcronym(acronym: string): number {
    return this.byAcronym.get(acronym) ?? -1;
  }

  /** An organisation whose name's first word starts with `prefix` ("fed" → "Federal Reserve"). */
  orgByFirstWordPrefix(prefix: string): number {
    for (const [word, i] of this.orgFirstWords) if (word.startsWith(prefix) && word !== prefix) return i;
    return -1;
  }

  singleWordActor(word: string): number {
    return this.singleWord.get(word) ?? -1;
  }

  /** Actors mentioned in the last `window` blocks, most recent first, each once. */
  *recent(block: number, window: number): Generator<number> {
    const seen = new Set<number>();
    for (let t = this.touches.length - 1; t >= 0; t--) {
      const touch = this.touches[t]!;
      if (block - touch.block > window) return;
      if (seen.has(touch.actor)) continue;
      seen.add(touch.actor);
      yield touch.actor;
    }
  }

  private indexKey(i: number, key: string[]): void {
    if (!key.length) return;
    setFirst(this.byKey, key.join(' '), i);
    if (key.length === 1) setFirst(this.singleWord, key[0]!, i);
    const a = this.actors[i]!;
    if (a.kind !== 'person') return;
    pushOnce(this.byLast, key[key.length - 1]!, i);
    if (key.length > 1) pushOnce(this.byFirst, key[0]!, i);
  }

  private indexBare(i: number, text: string): void {
    setFirst(this.byBare, bare(text), i);
  }
}

/** Lower case, without a leading article: "the ministry" and "a ministry" are one description. */
function bare(x: string): string {
  const lower = x.toLowerCase();
  for (const article of ['the', 'a', 'an']) {
    if (!lower.startsWith(article) || !isSpaceAt(lower, article.length)) continue;
    let i = article.length;
    while (i < lower.length && isSpaceAt(lower, i)) i++;
    return lower.slice(i);
  }
  return lower;
}

function setFirst<K, V>(map: Map<K, V>, key: K, value: V): void {
  if (!map.has(key)) map.set(key, value);
}

function pushOnce(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value) && list.length < 16) list.push(value);
}
