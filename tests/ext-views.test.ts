// Popup grouping, badge and shortcut logic on a fake Analysis.
import { describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: {} }));

import type { Analysis, Statement } from '../src/engine/types';
import { groupActors } from '../src/popup/group';
import { badgeFor } from '../src/background/badge';
import type { TabState } from '../src/shared/messages';
import { onceWithin } from '../src/content/shortcut';
import { parseShortcut } from '../src/shared/shortcut-keys';
import { debounce } from '../src/content/slice';
import { highlightCss, highlightName } from '../src/content/highlight-style';

function statement(id: number, actor: number, speaker: string, stance: Statement['stance'], text: string): Statement {
  const span = { block: 1, start: 0, end: text.length };
  return { id, actor, speaker, text, content: span, cue: 'said', cueSpan: null, mention: speaker, mentionSpan: null, form: 'indirect', stance, stanceWhy: [] };
}

const analysis: Analysis = {
  title: 'Fake',
  statements: [
    statement(0, 0, 'Fazlollah Nozari', 'denies', 'psychological warfare'),
    statement(1, 1, 'Nasser Kanaani', 'denies', 'Tehran is not involved'),
    statement(2, 2, 'Dmitry Peskov', 'declines', 'may not always be accurate'),
    statement(3, 3, 'John Kirby', 'declines', 'could not confirm the transfer'),
    statement(4, 1, 'Nasser Kanaani', 'denies', 'critics are arms suppliers'),
  ],
  actors: [
    { id: 0, name: 'Fazlollah Nozari', aliases: ['Nozari'], kind: 'person', role: 'commander', stance: 'denies', statements: [0] },
    { id: 1, name: 'Nasser Kanaani', aliases: [], kind: 'person', role: 'spokesman', stance: 'denies', statements: [1, 4] },
    { id: 2, name: 'Dmitry Peskov', aliases: [], kind: 'person', role: 'Kremlin spokesman', stance: 'declines', statements: [2] },
    { id: 3, name: 'John Kirby', aliases: [], kind: 'person', role: '', stance: 'declines', statements: [3] },
  ],
};

describe('popup grouping', () => {
  it('groups by stance in display order, most quoted first', () => {
    const groups = groupActors(analysis);
    expect(groups.map((g) => g.stance)).toEqual(['denies', 'declines']);
    expect(groups[0]!.actors.map((a) => a.actor.name)).toEqual(['Nasser Kanaani', 'Fazlollah Nozari']);
  });

  it('filters by actor or by words, ignoring case and accents', () => {
    expect(groupActors(analysis, 'kremlin').flatMap((g) => g.actors.map((a) => a.actor.name))).toEqual(['Dmitry Peskov']);
    const byWords = groupActors(analysis, 'ARMS');
    expect(byWords).toHaveLength(1);
    expect(byWords[0]!.actors[0]!.statements.map((s) => s.id)).toEqual([4]);
    expect(groupActors(analysis, 'nothing like this')).toEqual([]);
  });
});

describe('badge', () => {
  const state = (a: Analysis | null, status: TabState['status'] = 'done'): TabState => ({
    tabId: 1, url: 'https://x/', title: 't', status, hasArticle: a !== null, analysis: a, highlightsOn: true, updatedAt: 0,
  });

  it('counts the sources the page quotes, whatever their stance, in one colour', () => {
    const view = badgeFor(state(analysis));
    expect(view.text).toBe('4');
    expect(view.title).toBe('WhoSaid: the number is how many sources this page quotes: 4 sources (5 statements); 2 of them deny');
    const noDeny = { ...analysis, actors: analysis.actors.filter((a) => a.stance !== 'denies') };
    const calm = badgeFor(state(noDeny));
    expect(calm.text).toBe('2');
    expect(calm.title).toMatch(/none of them denies/);
    // A denial never changes the colour: the badge means one thing.
    expect(calm.color).toBe(view.color);
  });

  it('shows nothing without quoted sources, and says why in the title', () => {
    expect(badgeFor(state({ title: '', statements: [], actors: [] })).text).toBe('');
    expect(badgeFor(state(null, 'no-article')).title).toMatch(/no article/);
    expect(badgeFor(null).text).toBe('');
  });
});

describe('shortcut', () => {
  it('parses the commands API form', () => {
    expect(parseShortcut('Alt+Shift+H')).toEqual({ alt: true, ctrl: false, shift: true, meta: false, code: 'KeyH' });
    expect(parseShortcut('Ctrl+Shift+7')?.code).toBe('Digit7');
    expect(parseShortcut('')).toBeNull();
    expect(parseShortcut('⌥⇧H')).toBeNull();
  });

  it('takes two toggles within the window as one', () => {
    let n = 0;
    const toggle = onceWithin(10_000, () => n++);
    expect(toggle()).toBe(true);
    expect(toggle()).toBe(false);
    expect(n).toBe(1);
  });
});

describe('debounce', () => {
  it('fires once after quiet, and at the latest after maxWait', () => {
    vi.useFakeTimers();
    let n = 0;
    const call = debounce(() => n++, 100, 250);
    call();
    vi.advanceTimersByTime(50);
    call();
    vi.advanceTimersByTime(99);
    expect(n).toBe(0);
    vi.advanceTimersByTime(1);
    expect(n).toBe(1);
    for (let t = 0; t < 300; t += 50) {
      call();
      vi.advanceTimersByTime(50);
    }
    expect(n).toBe(2);
    vi.useRealTimers();
  });
});

describe('highlight styles', () => {
  it('gives every stance its own underline style in both palettes', () => {
    const css = highlightCss();
    for (const theme of ['light', 'dark'] as const) {
      for (const stance of ['denies', 'declines', 'confirms', 'asserts'] as const) {
        expect(css).toContain(`::highlight(${highlightName(theme, stance)})`);
      }
    }
    for (const style of ['wavy', 'dashed', 'double', 'dotted']) expect(css).toContain(`text-decoration-style: ${style}`);
  });
});
