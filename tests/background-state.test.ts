// The per-tab state survives a restart of the background through storage.session; results too
// large for its quota leave the page known (and marked, so that it is asked again) instead of lost.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { TabState } from '../src/shared/messages';

const QUOTA_BYTES = 2_000;
const session = new Map<string, unknown>();
vi.mock('webextension-polyfill', () => ({
  default: {
    storage: {
      session: {
        async get() {
          return Object.fromEntries(session);
        },
        async set(items: Record<string, unknown>) {
          for (const [key, value] of Object.entries(items)) {
            if (JSON.stringify(value).length > QUOTA_BYTES) throw new Error('Session storage quota bytes exceeded');
            session.set(key, JSON.parse(JSON.stringify(value)));
          }
        },
        async remove(key: string) {
          session.delete(key);
        },
      },
    },
  },
}));

const { getTab, setTab } = await import('../src/background/state');

function state(tabId: number, statements: number): TabState {
  const text = 'The ministry said the report was false. '.repeat(2);
  return {
    tabId,
    url: `https://news.example/story-${tabId}`,
    title: 'Story',
    status: 'done',
    hasArticle: true,
    analysis: {
      title: 'Story',
      actors: [],
      statements: Array.from({ length: statements }, (_, id) => ({
        id, actor: 0, speaker: 'The ministry', text, content: { block: 1, start: 0, end: text.length }, cue: 'said',
        cueSpan: null, mention: 'The ministry', mentionSpan: null, form: 'indirect' as const, stance: 'asserts' as const, stanceWhy: [],
      })),
    },
    highlightsOn: true,
    updatedAt: 1,
  };
}

describe('tab state', () => {
  beforeEach(() => session.clear());

  it('keeps a state whole when it fits', async () => {
    await setTab(state(1, 2));
    expect(session.get('tab:1')).toMatchObject({ url: 'https://news.example/story-1', status: 'done' });
    expect((session.get('tab:1') as TabState).trimmed).toBeUndefined();
  });

  it('keeps a huge page known, without its results, and serves them from memory meanwhile', async () => {
    const big = state(2, 200);
    await setTab(big);
    const stored = session.get('tab:2') as TabState;
    expect(stored).toMatchObject({ url: big.url, analysis: null, trimmed: true });
    expect((await getTab(2))?.analysis?.statements).toHaveLength(200);
  });
});
