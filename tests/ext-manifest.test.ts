// The manifest a careful reader accepts, for both browsers from one file.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { manifestFor } from '../vite.config';

const source = JSON.parse(readFileSync(new URL('../manifest.json', import.meta.url), 'utf8'));

describe('manifest.json', () => {
  it('asks for no host at install beyond the news list', () => {
    expect(source.permissions.sort()).toEqual(['activeTab', 'scripting', 'storage']);
    expect(source.host_permissions ?? []).toEqual([]);
    expect(JSON.stringify(source)).not.toContain('<all_urls>');
    expect(source.optional_host_permissions).toEqual(['https://*/*', 'http://*/*']);
  });

  it('declares content scripts on at least 60 news sites, each a concrete domain', () => {
    const matches: string[] = source.content_scripts.flatMap((s: { matches: string[] }) => s.matches);
    expect(matches.length).toBeGreaterThanOrEqual(60);
    expect(new Set(matches).size).toBe(matches.length);
    for (const m of matches) expect(m).toMatch(/^https:\/\/(\*\.)?[a-z0-9-]+(\.[a-z0-9-]+)+\/\*$/);
  });

  it('has a toggle command and both background keys', () => {
    expect(source.commands['toggle-highlights'].suggested_key.default).toBe('Alt+Shift+H');
    expect(source.background.service_worker).toBeTruthy();
    expect(source.background.scripts).toHaveLength(1);
  });

  it('gives Firefox its id and data-collection statement, and Chrome no gecko keys', () => {
    const firefox = manifestFor('firefox');
    expect(firefox.browser_specific_settings.gecko.id).toMatch(/@/);
    expect(firefox.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    expect(manifestFor('chrome').browser_specific_settings).toBeUndefined();
  });

  it('asks Chrome for its own browser namespace (148 and later), which the builds use', () => {
    expect(manifestFor('chrome').minimum_chrome_version).toBe('148');
    expect(manifestFor('firefox').minimum_chrome_version).toBeUndefined();
  });

  it('holds host permission for exactly the news list, nothing more', () => {
    for (const browser of ['chrome', 'firefox'] as const) {
      const built = manifestFor(browser);
      expect([...built.host_permissions].sort()).toEqual([...built.content_scripts[0].matches].sort());
    }
  });

  it('adds test origins only when asked', () => {
    const plain = manifestFor('chrome').content_scripts[0].matches;
    const e2e = manifestFor('chrome', ['http://127.0.0.1/*']).content_scripts[0].matches;
    expect(plain).not.toContain('http://127.0.0.1/*');
    expect(e2e).toContain('http://127.0.0.1/*');
  });
});
