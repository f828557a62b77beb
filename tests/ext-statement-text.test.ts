// @vitest-environment happy-dom
// What the reader is shown as a statement's words: quotation marks for direct quotes only, the
// reporter's words (paraphrase, partial quote) set apart without marks of ours, never a doubled
// mark or a doubled full stop; and the popup's structure for screen readers.
import { afterEach, describe, expect, it, vi } from 'vitest';

vi.mock('webextension-polyfill', () => ({ default: {} }));

import { h, render } from 'preact';
import type { Actor, Form, Statement } from '../src/engine/types';
import { Card } from '../src/content/card';
import { ActorGroups } from '../src/popup/ActorGroups';
import { groupActors } from '../src/popup/group';
import { pageMarkdown } from '../src/history/export';
import { buildRecord } from '../src/history/record';
import { enclosedInMarks, sentences, statementShown } from '../src/shared/statement-text';

function statement(id: number, form: Form, text: string, stance: Statement['stance'] = 'denies'): Statement {
  const span = { block: 0, start: 0, end: text.length };
  return { id, actor: 0, speaker: 'Nasser Kanaani', text, content: span, cue: 'said', cueSpan: null, mention: 'Kanaani', mentionSpan: null, form, stance, stanceWhy: [] };
}

function analysisOf(statements: Statement[]) {
  const actor: Actor = { id: 0, name: 'Nasser Kanaani', aliases: [], kind: 'person', role: 'spokesman', stance: 'denies', statements: statements.map((s) => s.id) };
  return { title: 'T', statements, actors: [actor] };
}

function renderGroups(statements: Statement[]): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  render(h(ActorGroups, { groups: groupActors(analysisOf(statements)), onShow: () => {} }), root);
  return root;
}

afterEach(() => {
  document.querySelector('whosaid-ui')?.remove();
  document.body.innerHTML = '';
});

describe('statement words', () => {
  it('puts a direct quote in quotation marks, once', () => {
    expect(statementShown({ form: 'direct', text: 'There is no contract' })).toMatchObject({ text: '“There is no contract”', quoted: true });
    expect(statementShown({ form: 'direct', text: '“There is no contract.”' }).text).toBe('“There is no contract.”');
    expect(statementShown({ form: 'direct', text: '"No," he said."' }).text).toBe('"No," he said."');
    expect(enclosedInMarks('«Non»')).toBe(true);
    expect(enclosedInMarks('“Stop” is what we said')).toBe(false);
  });

  it('shows paraphrase and partial quotes as the reporter\'s words, without marks of ours', () => {
    expect(statementShown({ form: 'indirect', text: 'denied the allegations' })).toEqual({ text: 'denied the allegations', quoted: false, label: 'paraphrase' });
    const mixed = statementShown({ form: 'mixed', text: 'Iran as an “important partner”' });
    expect(mixed).toEqual({ text: 'Iran as an “important partner”', quoted: false, label: 'partial quote' });
    // A statement remembered before its form was kept is not called a quote.
    expect(statementShown({ text: 'denied the allegations' }).quoted).toBe(false);
  });

  it('ends each part of an accessible name with one full stop', () => {
    expect(sentences('Kanaani denies: It is false.', 'Show on page')).toBe('Kanaani denies: It is false. Show on page.');
    expect(sentences('Is it true?', 'Show on page.')).toBe('Is it true? Show on page.');
    expect(sentences('“It is false.”', 'Show on page')).toBe('“It is false.” Show on page.');
    expect(sentences('It is false', 'Show on page')).toBe('It is false. Show on page.');
  });
});

describe('popup', () => {
  it('quotes direct statements only and never doubles a mark', () => {
    const root = renderGroups([
      statement(1, 'direct', 'We never sent missiles'),
      statement(2, 'indirect', 'denied the allegations'),
      statement(3, 'mixed', 'Iran as an “important partner”'),
    ]);
    const texts = Array.from(root.querySelectorAll('.statement-text')).map((e) => [e.getAttribute('data-form'), e.textContent]);
    expect(texts).toEqual([
      ['direct', '“We never sent missiles”'],
      ['indirect', 'paraphrase denied the allegations'],
      ['mixed', 'partial quote Iran as an “important partner”'],
    ]);
    expect(root.textContent).not.toMatch(/““|””|“denied/);
    expect(root.querySelectorAll('.statement-text.reported')).toHaveLength(2);
  });

  it('names each statement button without a doubled full stop', () => {
    const root = renderGroups([statement(1, 'indirect', 'the report was false.'), statement(2, 'direct', 'No.')]);
    const labels = Array.from(root.querySelectorAll('button.statement')).map((b) => b.getAttribute('aria-label') ?? '');
    expect(labels).toEqual([
      'Nasser Kanaani denies, paraphrase: the report was false. Show on page.',
      'Nasser Kanaani denies, quoted: “No.” Show on page.',
    ]);
    for (const l of labels) expect(l).not.toMatch(/\.\s*\./);
  });

  it('gives each actor a heading under its stance heading', () => {
    const root = renderGroups([statement(1, 'direct', 'No')]);
    const section = root.querySelector('section[data-group="denies"]')!;
    expect(section.querySelector('h2')?.textContent).toMatch(/Denies/);
    expect(Array.from(section.querySelectorAll('h3')).map((e) => e.textContent)).toEqual(['Nasser Kanaani']);
  });
});

describe('card', () => {
  const anchor = { left: 10, top: 10, right: 60, bottom: 30, width: 50, height: 20, x: 10, y: 10 } as DOMRect;
  const open = (s: Statement) => {
    new Card().show({ statement: s, actor: analysisOf([s]).actors[0], theme: 'light' }, anchor, false);
    return document.querySelector('whosaid-ui')!.shadowRoot!.querySelector('.card') as HTMLElement;
  };

  it('gives screen readers the stance in words and the statement, quoted only when it is a quote', () => {
    const direct = open(statement(1, 'direct', 'We never sent missiles'));
    expect(direct.getAttribute('aria-label')).toBe('WhoSaid: Nasser Kanaani denies');
    expect(direct.querySelector('#said')?.textContent).toBe('Quote: “We never sent missiles”');
    document.querySelector('whosaid-ui')?.remove();
    const reported = open(statement(2, 'indirect', 'denied the allegations', 'declines'));
    expect(reported.getAttribute('aria-label')).toBe('WhoSaid: Nasser Kanaani declines to confirm');
    expect(reported.querySelector('#said')?.textContent).toBe("In the reporter's words: denied the allegations");
  });
});

describe('exports and history', () => {
  it('quotes only direct statements in Markdown', () => {
    const md = pageMarkdown(analysisOf([statement(1, 'direct', 'No'), statement(2, 'indirect', 'denied it')]), 'https://x.example/a', 'T');
    expect(md).toContain('- (denies) “No” — said');
    expect(md).toContain('- (denies) paraphrase: denied it — said');
    expect(md).not.toContain('“denied it”');
  });

  it('remembers whether a statement was a quote', () => {
    const record = buildRecord(analysisOf([statement(1, 'direct', 'No'), statement(2, 'mixed', 'an “important partner”')]), { url: 'https://x.example/a', title: 'T' }, 0);
    expect(record?.actors[0]?.statements.map((s) => s.form)).toEqual(['direct', 'mixed']);
  });
});
