// "Always run" sites get the content script with the packaged highlight styles, and a
// registration left by an older version without them is brought up to date.
import { beforeEach, describe, expect, it, vi } from 'vitest';

interface Registration {
  id: string;
  matches: string[];
  js?: string[];
  css?: string[];
}

const registrations = new Map<string, Registration>();
const local = new Map<string, unknown>();

vi.mock('../src/content/main.ts?script', () => ({ default: 'src/content/main.js' }));
vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: { getManifest: () => ({ content_scripts: [{ matches: ['https://news.example/*'] }] }) },
    permissions: { contains: async () => true },
    storage: {
      local: {
        get: async (key: string) => (local.has(key) ? { [key]: local.get(key) } : {}),
        set: async (items: Record<string, unknown>) => {
          for (const [k, v] of Object.entries(items)) local.set(k, v);
        },
      },
    },
    scripting: {
      getRegisteredContentScripts: async () => [...registrations.values()].map((r) => ({ ...r })),
      registerContentScripts: async (list: Registration[]) => {
        for (const r of list) registrations.set(r.id, { ...r });
      },
      unregisterContentScripts: async ({ ids }: { ids: string[] }) => {
        for (const id of ids) registrations.delete(id);
      },
      updateContentScripts: async (list: Partial<Registration>[]) => {
        for (const r of list) registrations.set(r.id!, { ...registrations.get(r.id!)!, ...r });
      },
    },
  },
}));

const { syncAlways } = await import('../src/background/access');
const { HIGHLIGHTS_FILE } = await import('../src/shared/page-styles');

describe('always-run registrations', () => {
  beforeEach(() => {
    registrations.clear();
    local.clear();
  });

  it('registers a new site with the script and the highlight styles', async () => {
    local.set('alwaysSites', ['https://blog.example']);
    await syncAlways();
    const r = registrations.get('always:https://blog.example');
    expect(r?.js).toEqual(['src/content/main.js']);
    expect(r?.css).toEqual([HIGHLIGHTS_FILE]);
  });

  it('adds the styles to a registration made before they existed, and leaves current ones alone', async () => {
    local.set('alwaysSites', ['https://old.example', 'https://new.example']);
    registrations.set('always:https://old.example', { id: 'always:https://old.example', matches: ['https://old.example/*'], js: ['src/content/main.js'] });
    registrations.set('always:https://new.example', { id: 'always:https://new.example', matches: ['https://new.example/*'], js: ['src/content/main.js'], css: [`/${HIGHLIGHTS_FILE}`] });
    await syncAlways();
    expect(registrations.get('always:https://old.example')?.css).toEqual([HIGHLIGHTS_FILE]);
    expect(registrations.get('always:https://new.example')?.css).toEqual([`/${HIGHLIGHTS_FILE}`]);
  });
});
