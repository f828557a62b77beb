// README says what the product does: the shortcuts the manifest suggests (and no other), the
// badge's meaning as the badge's own title words it, and only npm scripts that exist.
import { describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';

vi.mock('webextension-polyfill', () => ({ default: {} }));

import { badgeFor } from '../src/background/badge';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const manifest = JSON.parse(readFileSync(new URL('../manifest.json', import.meta.url), 'utf8')) as {
  commands: Record<string, { suggested_key: { default: string } }>;
};
const scripts = Object.keys(JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).scripts as object);

describe('README', () => {
  it('names every shortcut the manifest suggests, and no other as a shortcut', () => {
    const suggested = Object.values(manifest.commands).map((c) => c.suggested_key.default);
    for (const key of suggested) expect(readme).toContain(`**${key}**`);
    const named = [...readme.matchAll(/\*\*((?:Alt|Ctrl|Shift|Command)\+[^*]+)\*\*/g)].map((m) => m[1]);
    expect(named.filter((k) => !suggested.includes(k!))).toEqual([]);
  });

  it('says what the badge counts in the words of its title', () => {
    const state = {
      tabId: 1, url: 'https://x/', title: 't', status: 'done' as const, hasArticle: true, highlightsOn: true, updatedAt: 0,
      analysis: { title: 't', statements: [], actors: [{ id: 0, name: 'A', aliases: [], kind: 'person' as const, role: '', stance: 'denies' as const, statements: [0] }] },
    };
    const meaning = /the number is how many sources this page quotes/.exec(badgeFor(state).title)?.[0];
    expect(meaning).toBeTruthy();
    expect(readme.replace(/\s+/g, ' ')).toContain(meaning!);
    expect(readme).not.toMatch(/badge counts the sources who deny/);
  });

  it('mentions only npm scripts that exist, including the test build', () => {
    const mentioned = [...readme.matchAll(/npm run (?:-s )?([\w:-]+)/g)].map((m) => m[1]!);
    expect(mentioned).toContain('build:e2e');
    expect(mentioned.filter((s) => !scripts.includes(s))).toEqual([]);
  });
});
