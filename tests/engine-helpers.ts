// Shared by the engine construct tests. Every analysis goes through `run`, which also
// checks that each statement's spans slice back to its text, cue and mention: the
// extension highlights by span, so a span that disagrees with its string is a bug in
// every test, not just the ones about spans.
import { expect } from 'vitest';
import { analyze, type Actor, type Analysis, type BlockKind, type Span, type Statement, type TextBlock } from '../src/engine';

/** A block list from strings; a `kind:` prefix ("title:", "blockquote:") sets the kind, default paragraph. */
export function blocks(...texts: string[]): TextBlock[] {
  return texts.map((t, i) => {
    const m = /^(title|heading|paragraph|blockquote|caption|list-item):\s?/.exec(t);
    return { id: `b${i}`, kind: (m?.[1] ?? 'paragraph') as BlockKind, text: m ? t.slice(m[0].length) : t };
  });
}

function slice(input: readonly TextBlock[], span: Span): string | undefined {
  return input[span.block]?.text.slice(span.start, span.end);
}

/** One line per statement, so a failing lookup shows what the engine did find. */
export function summary(a: Analysis): string {
  if (!a.statements.length) return '(no statements)';
  return a.statements
    .map((s) => `[${s.speaker}] ${s.form}/${s.stance} cue=${JSON.stringify(s.cue)} mention=${JSON.stringify(s.mention)} text=${JSON.stringify(s.text)}`)
    .join('\n');
}

export function expectSpansSliceBack(input: readonly TextBlock[], a: Analysis): void {
  for (const s of a.statements) {
    expect(slice(input, s.content), `content span of ${JSON.stringify(s.text)}`).toBe(s.text);
    if (s.cueSpan) expect(slice(input, s.cueSpan), `cue span of ${JSON.stringify(s.text)}`).toBe(s.cue);
    if (s.mentionSpan) expect(slice(input, s.mentionSpan), `mention span of ${JSON.stringify(s.text)}`).toBe(s.mention);
  }
}

/** Analyse block texts (see `blocks` for kind prefixes), checking every span on the way. */
export function run(...texts: string[]): Analysis {
  const list = blocks(...texts);
  const a = analyze(list);
  expectSpansSliceBack(list, a);
  return a;
}

export interface Expected {
  speaker?: string;
  text: string;
  form?: Statement['form'];
  stance?: Statement['stance'];
  cue?: string;
  mention?: string;
}

/**
 * The statement whose text is exactly `e.text`, with the other given fields as expected.
 * Fails listing everything the engine found, so a wrong boundary reads as such.
 */
export function expectStatement(a: Analysis, e: Expected): Statement {
  const s = a.statements.find((x) => x.text === e.text);
  expect(s, `no statement with text ${JSON.stringify(e.text)}; engine found:\n${summary(a)}`).toBeDefined();
  const got: Record<string, string> = { text: s!.text };
  for (const k of ['speaker', 'form', 'stance', 'cue', 'mention'] as const) if (e[k] !== undefined) got[k] = s![k];
  expect(got, `engine found:\n${summary(a)}`).toEqual(e);
  return s!;
}

/** Exactly these statements, in reading order (for constructs where a count matters). */
export function expectStatements(a: Analysis, es: Expected[]): Statement[] {
  expect(a.statements.map((s) => s.text), `engine found:\n${summary(a)}`).toEqual(es.map((e) => e.text));
  return es.map((e) => expectStatement(a, e));
}

/** The statement with the given text, when only its stance is at issue. */
export function stanceOf(a: Analysis, text: string): Statement['stance'] {
  return expectStatement(a, { text }).stance;
}

export function actorNamed(a: Analysis, name: string): Actor {
  const actor = a.actors.find((x) => x.name === name);
  expect(actor, `no actor named ${JSON.stringify(name)}; actors: ${JSON.stringify(a.actors.map((x) => x.name))}`).toBeDefined();
  return actor!;
}

export function expectNoStatements(a: Analysis): void {
  // Compared as the one-line summary so a failure reads as the statements found.
  expect(summary(a)).toBe('(no statements)');
  expect(a.actors.map((x) => x.name)).toEqual([]);
}
