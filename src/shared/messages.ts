// The one map of every message exchanged between the extension's contexts
// (content script, background, popup, options), with typed send/receive helpers.
// Each entry says who answers it. Payloads are plain JSON; they travel as JSON text (see Envelope).
import browser, { type Runtime } from 'webextension-polyfill';
import type { Actor, Analysis, Statement, TextBlock } from '../engine/types';
import type { Settings } from './settings';
import type { KeyCombo, PageCommand } from './shortcut-keys';
import type { ActorRef, ActorSummary, Appearance, HistorySettings, PageLink } from '../history/types';
import type { StorageFull } from '../history/room';

export type TabStatus = 'running' | 'done' | 'no-article' | 'error';

/** What the extension knows about one tab. Owned by the background. */
export interface TabState {
  tabId: number;
  url: string;
  title: string;
  status: TabStatus;
  hasArticle: boolean;
  analysis: Analysis | null;
  highlightsOn: boolean;
  error?: string;
  updatedAt: number;
  /** http(s) links in the article next to statements (history feature). */
  links?: PageLink[];
  /** Kept without its results (too large for session storage); the page is asked again. */
  trimmed?: boolean;
}

/** The background's answer to 'engine/analyze'; `known: false` when it lacks the batch or some of its parts. */
export type EngineAnswer =
  | { known: false }
  | {
    known: true;
    title: string;
    actors: Actor[];
    /** The first statements; `total` in all. */
    statements: Statement[];
    total: number;
    /** How long the engine ran in the background, in ms. */
    engineMs: number;
  };

/** Whether WhoSaid runs on a page by itself, and why (or why not). */
export interface SiteAccess {
  origin: string | null;
  /** http(s) page: something WhoSaid can read at all. */
  readable: boolean;
  /** In the built-in news list. */
  listed: boolean;
  /** The user switched on "Always run on this site". */
  always: boolean;
}

export interface Messages {
  // ---- answered by the background ----
  /**
   * Content script -> background: the text blocks of its page, in parts of bounded size (see
   * src/content/remote-engine.ts), `seq` 0, 1, 2… of one batch. A block longer than a part is cut:
   * `open` says the last block goes on at the start of the next part. `known: false` means the
   * background has no such batch (it restarted, or a part went missing): the page starts over.
   */
  'engine/blocks': { req: { batch: string; seq: number; blocks: TextBlock[]; open?: boolean }; res: { known: boolean } };
  /**
   * Content script -> background: analyse the first `blocks` blocks of a batch, once its first
   * `parts` parts arrived: the opening of a long article first, then the `whole` (every part
   * sent, every block analysed: what the page reports as its result). The answer
   * holds the first statements; `total` says how many there are, the rest come with 'engine/result'.
   */
  'engine/analyze': {
    req: {
      batch: string; parts: number; blocks: number; whole: boolean;
      /** The part sent just before the question rides with it: one round trip less (a page of one part needs only this message). */
      part?: Req<'engine/blocks'>;
    };
    res: EngineAnswer;
  };
  /**
   * Content script -> background, as the script starts: a stopped background (the service worker
   * sleeps after 30 s idle) starts, and parses the engine, while the page is still being read.
   */
  'engine/warm': { req: Record<string, never>; res: { ok: true } };
  /** Content script -> background: statements of an answer from `from` on, one part a message. */
  'engine/result': { req: { batch: string; blocks: number; from: number }; res: { known: false } | { known: true; statements: Statement[] } };
  /** Content script -> background: the result (or progress) of analysing its page. */
  'analysis/report': {
    req: {
      url: string; title: string; status: TabStatus; hasArticle: boolean; error?: string; links?: PageLink[]; published?: string;
      /** Only when the background never saw it (an empty analysis of a page without an article). */
      analysis: Analysis | null;
      /** The batch whose whole analysis the background made: the report does not carry it back. */
      batch?: string;
    };
    /** `missing`: the background no longer has that batch's analysis (it restarted): the page asks again. */
    res: { ok: true; missing?: boolean };
  };
  /** Popup -> background: the state of a tab, or null if its page was never analysed. */
  'analysis/get': { req: { tabId: number }; res: TabState | null };
  /** Popup -> background: inject the content script now (activeTab or a granted host). */
  'analysis/run': { req: { tabId: number }; res: { ok: boolean; error?: string } };
  /** Content script -> background: highlights were shown or hidden. */
  'highlights/changed': { req: { on: boolean }; res: { ok: true } };
  /** Popup/options -> background: the site's access for a tab or an origin. */
  'site/access': { req: { tabId?: number; url?: string }; res: SiteAccess };
  /** Popup/options -> background: after the user granted (or removed) an origin, (un)register the content script. */
  'site/always': { req: { origin: string; on: boolean; tabId?: number }; res: { ok: boolean; error?: string } };
  /** Options -> background: the sites the user switched on (origins without ports). */
  'site/list': { req: Record<string, never>; res: { origins: string[] } };
  /**
   * Content script -> background: the user's settings. The background answers from its own
   * storage read, so a content script touches no storage API before its first paint (in
   * Firefox that first touch sets up the storage API and its database in the page's process).
   */
  'settings/get': { req: Record<string, never>; res: Settings };
  /**
   * Options/content script -> background: the keys bound to each command, as the browser names
   * them ('' when none), and, for the commands a page acts on, the parsed keys (the in-page fallback).
   */
  'shortcut/get': {
    req: Record<string, never>;
    res: { toggle: string; panel: string; next: string; previous: string; pageKeys: Record<PageCommand, KeyCombo | null> };
  };

  /** Popup -> background: each actor's appearances in other remembered articles. */
  'history/related': { req: { url: string; actors: ActorRef[] }; res: { related: Appearance[][] } };
  /** Actor page -> background: one actor across the history. */
  'history/actor': { req: ActorRef; res: { name: string; appearances: Appearance[] } };
  /** Actor page -> background: every remembered actor, filtered by name. */
  'history/actors': { req: { query: string }; res: { actors: ActorSummary[] } };
  /** Options -> background: how many articles are remembered, and the last time storage was full (until dismissed). */
  'history/count': { req: Record<string, never>; res: { articles: number; full: StorageFull | null } };
  /** Options -> background: the reader read the storage-full notice. */
  'history/dismiss-full': { req: Record<string, never>; res: { ok: true } };
  /** Options -> background: forget everything. */
  'history/clear': { req: Record<string, never>; res: { ok: true } };
  /** Options -> background: the whole history as a JSON document. */
  'history/export': { req: Record<string, never>; res: { json: string } };
  /**
   * Options -> background: merge an exported history file (parsed JSON), checked whole before
   * anything is written; `refused` says why nothing was imported.
   */
  'history/import': { req: { data: unknown }; res: { imported: number; skipped: number } | { refused: string } };
  /** Options -> background: settings changed; apply the new limits now. */
  'history/settings': { req: HistorySettings; res: { ok: true; articles: number } };

  // ---- answered by the content script (sent with sendToTab) ----
  /** Is a content script alive in this tab? */
  'content/ping': { req: Record<string, never>; res: { alive: true } };
  /** Scroll the page to a statement and flash it. */
  'content/scroll-to': { req: { statement: number }; res: { ok: boolean } };
  /** Show, hide or flip the highlights. */
  'content/toggle': { req: { on?: boolean }; res: { on: boolean } };
  /** Move to the next (1) or previous (-1) statement in reading order, open its card and focus it. */
  'content/step': { req: { by: 1 | -1 }; res: { statement: number | null } };
  /** Background -> every tab: the settings changed (pushed, so pages need no storage listener). */
  'content/settings': { req: Settings; res: { ok: true } };
  /** Analyse the page again (e.g. after "analyse now" on an already injected page). */
  'content/reanalyze': { req: Record<string, never>; res: { ok: true } };
}

export type MessageName = keyof Messages;
export type Req<K extends MessageName> = Messages[K]['req'];
export type Res<K extends MessageName> = Messages[K]['res'];

/**
 * A message on the wire: its payload as JSON text, not as an object. Chromium converts an
 * object payload to its own value tree member by member inside the sender's task; the full
 * analysis of a 100,000-word page (some 2,000 statements) held a page's main thread for 60 ms
 * that way, while JSON.stringify of the same data takes a few, and a string crosses as one value.
 */
interface Envelope<K extends MessageName = MessageName> {
  whosaid: 1;
  type: K;
  /** JSON of the Req<K>. */
  body: string;
}

/** A reply on the wire; `body` is JSON of the Res. */
type Reply = { ok: true; body: string } | { ok: false; error: string };

function isEnvelope(value: unknown): value is Envelope {
  return (
    typeof value === 'object' &&
    value !== null &&
    (value as { whosaid?: unknown }).whosaid === 1 &&
    typeof (value as { type?: unknown }).type === 'string' &&
    typeof (value as { body?: unknown }).body === 'string'
  );
}

function envelope<K extends MessageName>(type: K, req: Req<K>): Envelope<K> {
  return { whosaid: 1, type, body: JSON.stringify(req ?? {}) };
}

function unwrap<T>(reply: unknown, type: string): T {
  if (reply === undefined) throw new Error(`no receiver answered ${type}`);
  const r = reply as Reply;
  if (!r.ok) throw new Error(r.error);
  return JSON.parse(r.body) as T;
}

/** Told how long reading each reply took: the content script counts it as its own main-thread time. */
let replyRead: ((ms: number) => void) | null = null;

export function timeReplies(onRead: (ms: number) => void): void {
  replyRead = onRead;
}

/** Sends to the extension's own pages and background (runtime.sendMessage). */
export async function send<K extends MessageName>(type: K, req: Req<K>): Promise<Res<K>> {
  const reply: unknown = await browser.runtime.sendMessage(envelope(type, req));
  const started = performance.now();
  try {
    return unwrap<Res<K>>(reply, type);
  } finally {
    replyRead?.(performance.now() - started);
  }
}

/** Sends to the content script of one tab (top frame unless a frame is given). */
export async function sendToTab<K extends MessageName>(
  tabId: number,
  type: K,
  req: Req<K>,
  frameId = 0,
): Promise<Res<K>> {
  return unwrap<Res<K>>(await browser.tabs.sendMessage(tabId, envelope(type, req), { frameId }), type);
}

export type Handlers = {
  [K in MessageName]?: (req: Req<K>, sender: Runtime.MessageSender) => Res<K> | Promise<Res<K>>;
};

/**
 * Answers the messages named in `handlers`; other messages are left for other
 * listeners. Errors thrown by a handler travel back to the sender as errors.
 * Returns a function that removes the listener.
 */
export function onMessage(handlers: Handlers): () => void {
  const listener = (message: unknown, sender: Runtime.MessageSender): Promise<Reply> | undefined => {
    if (!isEnvelope(message)) return undefined;
    const handler = handlers[message.type] as
      | ((req: unknown, sender: Runtime.MessageSender) => unknown)
      | undefined;
    if (!handler) return undefined;
    return (async (): Promise<Reply> => {
      try {
        const value = await handler(JSON.parse(message.body), sender);
        return { ok: true, body: JSON.stringify(value ?? null) };
      } catch (err) {
        return { ok: false, error: err instanceof Error ? err.message : String(err) };
      }
    })();
  };
  browser.runtime.onMessage.addListener(listener as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
  return () => browser.runtime.onMessage.removeListener(listener as Parameters<typeof browser.runtime.onMessage.addListener>[0]);
}
