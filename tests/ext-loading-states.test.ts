// @vitest-environment happy-dom
// While the background has not answered yet, the settings page and the actor page show a neutral
// placeholder, never a state that is not known ("History unavailable.", "not set", "None.",
// defaults drawn as if they were the reader's own settings).
import { afterEach, describe, expect, it, vi } from 'vitest';

/** Every answer is on its way and none has come (hoisted with the mocks that use it). */
const { pending } = vi.hoisted(() => ({ pending: () => new Promise<never>(() => {}) }));

vi.mock('webextension-polyfill', () => ({
  default: {
    runtime: { getManifest: () => ({ content_scripts: [{ matches: ['https://*.example.com/*'] }] }), getURL: (p: string) => `ext:/${p}` },
    storage: { local: { get: pending, set: pending } },
  },
}));
vi.mock('../src/shared/messages', () => ({ send: pending }));

import { h, render } from 'preact';
import { App as Options } from '../src/options/App';
import { App as ActorPage } from '../src/actor/App';

const flush = () => new Promise((r) => setTimeout(r, 200));

afterEach(() => {
  document.body.innerHTML = '';
});

function mount(component: () => unknown): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  render(h(component as never, {}), root);
  return root;
}

describe('before the first answer', () => {
  it('the settings page claims nothing it does not know', async () => {
    const root = mount(Options);
    await flush();
    const text = root.textContent ?? '';
    expect(text).not.toContain('History unavailable');
    expect(text).not.toContain('not set');
    expect(text).not.toMatch(/None\./);
    expect(root.querySelector('[data-testid="history-count"]')?.textContent).toMatch(/^…/);
    expect(root.querySelector('[data-testid="shortcuts"]')?.getAttribute('aria-busy')).toBe('true');
    // No stance switch drawn on or off before the stored settings are read.
    expect(root.querySelectorAll('fieldset input[type="checkbox"]')).toHaveLength(0);
    expect((root.querySelector('[data-testid="history-pause"]') as HTMLInputElement).disabled).toBe(true);
  });

  it('the actor page names the person asked for and waits without "Loading…"', async () => {
    history.replaceState(null, '', '/src/actor/index.html?name=Ilse+Marchetti&kind=person');
    const root = mount(ActorPage);
    await flush();
    expect(root.querySelector('h1')?.textContent).toBe('Ilse Marchetti');
    expect(root.textContent).not.toContain('Loading');
    expect(root.querySelector('[aria-busy="true"]')).not.toBeNull();
  });
});
