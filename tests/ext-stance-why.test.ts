// @vitest-environment happy-dom
// The card and the popup say what decided a statement's stance, from words that come from the
// page: shown as text only, and not at all for a plain "said" that asserts.
import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: {} }));

import { h, render } from 'preact';
import type { Actor, Statement } from '../src/engine/types';
import { Card } from '../src/content/card';
import { ActorGroups } from '../src/popup/ActorGroups';
import { groupActors } from '../src/popup/group';
import { stanceWhyLine } from '../src/shared/stances';

function statement(stance: Statement['stance'], stanceWhy: string[], cue = 'said'): Statement {
  const text = 'The report is not true';
  const span = { block: 0, start: 0, end: text.length };
  return { id: 7, actor: 0, speaker: 'Nasser Kanaani', text, content: span, cue, cueSpan: null, mention: 'Kanaani', mentionSpan: null, form: 'indirect', stance, stanceWhy };
}

function actorFor(s: Statement): Actor {
  return { id: 0, name: s.speaker, aliases: [], kind: 'person', role: 'spokesman', stance: s.stance, statements: [s.id] };
}

const anchor = { left: 10, top: 10, right: 60, bottom: 30, width: 50, height: 20, x: 10, y: 10 } as DOMRect;

/** Opens the card for a statement and returns its box inside the shadow root. */
function openCard(s: Statement): HTMLElement {
  new Card().show({ statement: s, actor: actorFor(s), theme: 'light' }, anchor, false);
  const box = document.querySelector('whosaid-ui')?.shadowRoot?.querySelector('.card');
  if (!(box instanceof HTMLElement)) throw new Error('no card');
  return box;
}

afterEach(() => {
  document.querySelector('whosaid-ui')?.remove();
  document.body.innerHTML = '';
});

describe('stance "why" line', () => {
  it('names the stance and quotes at most three words', () => {
    expect(stanceWhyLine('denies', ['rejected', 'no evidence'])).toBe('Denies — decided by “rejected”, “no evidence”');
    expect(stanceWhyLine('confirms', ['a', 'b', 'c', 'd'])).toBe('Confirms — decided by “a”, “b”, “c”');
    expect(stanceWhyLine('asserts', [])).toBe('');
    expect(stanceWhyLine('asserts', ['  '])).toBe('');
    expect(stanceWhyLine('declines', [])).toMatch(/^Declines to confirm — /);
    expect(stanceWhyLine('asserts', ['announced'])).toBe('Says — decided by “announced”');
  });

  it('cuts a runaway phrase short', () => {
    const line = stanceWhyLine('denies', ['x'.repeat(500)]);
    expect(line.length).toBeLessThan(80);
    expect(line).toContain('…”');
  });
});

describe('card', () => {
  it('shows what decided a denial, and says the stance in words to screen readers', () => {
    const box = openCard(statement('denies', ['rejected', 'no evidence', 'not true'], 'rejected'));
    const why = box.querySelector('.why');
    expect(why?.textContent).toBe('Denies — decided by “rejected”, “no evidence”, “not true”');
    expect(box.getAttribute('aria-label')).toBe('WhoSaid: Nasser Kanaani denies');
    // Described by what was said, then by what decided the stance.
    expect(box.getAttribute('aria-describedby')?.split(' ')).toEqual(['said', why?.id]);
    expect(why?.id).toBeTruthy();
  });

  it('adds nothing for a plain assertion with no words that stood out', () => {
    const box = openCard(statement('asserts', []));
    expect(box.querySelector('.why')).toBeNull();
    expect(box.getAttribute('aria-describedby')).toBe('said');
    expect(box.textContent).not.toMatch(/decided|stood out/);
  });

  it('drops the line when the next statement it opens for has none', () => {
    const card = new Card();
    const denial = statement('denies', ['rejected']);
    card.show({ statement: denial, actor: actorFor(denial), theme: 'dark' }, anchor, false);
    const plain = statement('asserts', []);
    card.show({ statement: plain, actor: actorFor(plain), theme: 'dark' }, anchor, false);
    const box = document.querySelector('whosaid-ui')!.shadowRoot!.querySelector('.card')!;
    expect(box.querySelector('.why')).toBeNull();
    expect(box.getAttribute('aria-describedby')).toBe('said');
  });

  it('sets page words as text, never as markup', () => {
    const hostile = '<img src=x onerror=alert(1)><b>no</b>';
    const box = openCard(statement('denies', [hostile]));
    const why = box.querySelector('.why')!;
    expect(why.textContent).toContain(hostile);
    expect(why.children).toHaveLength(0);
    expect(box.querySelector('img, b')).toBeNull();
  });
});

describe('popup', () => {
  function renderGroups(s: Statement): HTMLElement {
    const root = document.createElement('div');
    document.body.append(root);
    const analysis = { title: 'T', statements: [s], actors: [actorFor(s)] };
    render(h(ActorGroups, { groups: groupActors(analysis), onShow: () => {} }), root);
    return root;
  }

  it('shows the why as a secondary line that is the button\'s description', () => {
    const root = renderGroups(statement('denies', ['rejected', '<i>no</i> evidence']));
    const button = root.querySelector('button.statement')!;
    const why = button.querySelector('.statement-why')!;
    expect(why.textContent).toBe('Denies — decided by “rejected”, “<i>no</i> evidence”');
    expect(why.querySelector('i')).toBeNull();
    expect(button.getAttribute('aria-describedby')).toBe(why.id);
    expect(root.querySelector(`#${why.id}`)).toBe(why);
  });

  it('shows nothing extra for a plain assertion', () => {
    const root = renderGroups(statement('asserts', []));
    const button = root.querySelector('button.statement')!;
    expect(button.querySelector('.statement-why')).toBeNull();
    expect(button.hasAttribute('aria-describedby')).toBe(false);
  });
});
