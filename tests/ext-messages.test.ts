// The typed message helpers over a fake runtime: what crosses between contexts is JSON text,
// and requests, replies and errors arrive whole.
import { beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (message: unknown, sender: unknown) => Promise<unknown> | undefined;
const listeners: Listener[] = [];
const wire: unknown[] = [];

async function deliver(message: unknown): Promise<unknown> {
  wire.push(message);
  for (const l of listeners) {
    const reply = l(message, { tab: { id: 7 }, frameId: 0 });
    if (reply) {
      const value = await reply;
      wire.push(value);
      return value;
    }
  }
  return undefined;
}

vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: {
      sendMessage: (m: unknown) => deliver(m),
      onMessage: {
        addListener: (l: Listener) => listeners.push(l),
        removeListener: (l: Listener) => listeners.splice(listeners.indexOf(l), 1),
      },
    },
    tabs: { sendMessage: (_tab: number, m: unknown) => deliver(m) },
  },
}));

const { onMessage, send, sendToTab, timeReplies } = await import('../src/shared/messages');

/** Every value on the wire, depth first: strings, numbers, booleans and plain objects only. */
function shallowValues(x: unknown): unknown[] {
  if (x && typeof x === 'object') return Object.values(x).flatMap((v) => (v && typeof v === 'object' ? [v, ...shallowValues(v)] : [v]));
  return [x];
}

describe('typed messages', () => {
  beforeEach(() => {
    listeners.length = 0;
    wire.length = 0;
  });

  it('carries a request and its reply as JSON text, not as object trees', async () => {
    const seen: unknown[] = [];
    const off = onMessage({
      'analysis/report': (req, sender) => {
        seen.push(req, (sender as { tab?: { id?: number } }).tab?.id);
        return { ok: true };
      },
    });
    const analysis = {
      title: 'T',
      statements: [],
      actors: [{ id: 0, name: 'Ana “Quoted” Ruiz', aliases: ['Ruiz'], kind: 'person' as const, role: '', stance: 'denies' as const, statements: [] }],
    };
    const res = await send('analysis/report', { url: 'https://example.org/a', title: 'T', status: 'done', hasArticle: true, analysis });
    expect(res).toEqual({ ok: true });
    expect(seen).toEqual([{ url: 'https://example.org/a', title: 'T', status: 'done', hasArticle: true, analysis }, 7]);
    // Request and reply envelopes: no nested object on the wire, the payload is one string.
    expect(wire).toHaveLength(2);
    for (const m of wire) expect(shallowValues(m).every((v) => v === null || typeof v !== 'object')).toBe(true);
    expect(typeof (wire[0] as { body: unknown }).body).toBe('string');
    off();
  });

  it("tells the content script's meter how long each reply took to read", async () => {
    const read: number[] = [];
    timeReplies((ms) => read.push(ms));
    onMessage({ 'content/ping': () => ({ alive: true }) });
    await send('content/ping', {});
    await send('content/ping', {});
    expect(read).toHaveLength(2);
    for (const ms of read) expect(ms).toBeGreaterThanOrEqual(0);
  });

  it('reports a handler error to the sender', async () => {
    onMessage({
      'content/scroll-to': () => {
        throw new Error('no such statement');
      },
    });
    await expect(sendToTab(3, 'content/scroll-to', { statement: 99 })).rejects.toThrow('no such statement');
  });

  it('says so when nobody answers, and leaves foreign messages to other listeners', async () => {
    await expect(send('settings/get', {})).rejects.toThrow('no receiver answered settings/get');
    onMessage({ 'settings/get': () => ({ highlights: true, stances: { denies: true, declines: true, confirms: true, asserts: true } }) });
    expect(listeners[0]!({ hello: 1 }, {})).toBeUndefined();
    expect(listeners[0]!({ whosaid: 1, type: 'settings/get', req: {} }, {})).toBeUndefined();
  });
});
