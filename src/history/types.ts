// The shapes of the on-device history: one record per analysed article.
import type { ActorKind, Form, Stance } from '../engine/types';

export interface RecordedStatement {
  text: string;
  stance: Stance;
  cue: string;
  /** Direct quote or the reporter's words; absent in records made before it was kept. */
  form?: Form;
}

export interface RecordedActor {
  name: string;
  aliases: string[];
  kind: ActorKind;
  role: string;
  stance: Stance;
  /** Match keys (see names.ts), also indexed on the article. */
  keys: string[];
  statements: RecordedStatement[];
}

export interface ArticleRecord {
  /** http(s) URL without its fragment: the record's key. */
  url: string;
  title: string;
  /** Host name without "www.". */
  site: string;
  /** When the reader opened it (ms since epoch). */
  visited: number;
  /** The page's own publication date when it gives one (ISO text), else "". */
  published: string;
  actors: RecordedActor[];
  /** Union of the actors' keys (multi-entry index). */
  actorKeys: string[];
}

/** A link found in the article next to a statement. */
export interface PageLink {
  statement: number;
  text: string;
  href: string;
}

export interface HistorySettings {
  paused: boolean;
  maxArticles: number;
  maxDays: number;
  /** Host names (without "www.") never written. */
  excludedSites: string[];
}

export const DEFAULT_HISTORY_SETTINGS: HistorySettings = {
  paused: false,
  maxArticles: 5000,
  maxDays: 90,
  excludedSites: [],
};

/** One earlier appearance of an actor, as the popup and the actor page show it. */
export interface Appearance {
  url: string;
  title: string;
  site: string;
  visited: number;
  published: string;
  name: string;
  role: string;
  stance: Stance;
  statements: RecordedStatement[];
}

/** A remembered actor, for the actor list. */
export interface ActorSummary {
  key: string;
  name: string;
  kind: ActorKind;
  articles: number;
  stances: Record<Stance, number>;
  lastSeen: number;
}

/** An actor as named on a page: enough to find them in the history. */
export interface ActorRef {
  name: string;
  aliases: string[];
  kind: ActorKind;
}
