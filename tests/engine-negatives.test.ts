// What is not an attributed statement: quotation marks with no speaker, reporters'
// questions, speech that has not happened yet, the author's own claims, and inputs with
// no text at all. Each false statement would put a wrong name on the reader's panel.
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/engine';
import { expectNoStatements, expectStatements, run } from './engine-helpers';

describe('quotation marks without a speaker', () => {
  it('an event called or a prize claimed reports no words; a label still does', () => {
    const a = run('The mayor called a press conference on Friday.', 'The premier called elections for May.',
      'Senator Ruth Calloway claimed victory in the primary.', 'The storm claimed the lives of four fishermen.', 'The mayor called the vote a sham.');
    expect(a.statements.map((s) => s.text)).toEqual(['the vote a sham']);
  });

  it('scare quotes: the so-called “deal of the century”', () => {
    expectNoStatements(run('The minister presented the so-called “deal of the century” to parliament on Tuesday.'));
  });

  it('a title in quotation marks', () => {
    expectNoStatements(run('Her novel “Winter Harbour” has sold a million copies since March.'));
  });

  it('a word quoted as a word', () => {
    expectNoStatements(run('The word “ceasefire” did not appear anywhere in the final communiqué.'));
  });
});

describe('headline labels before a colon', () => {
  // A running-news series title is no source: "The Latest" did not say what follows it.
  it('The Latest: … names no speaker', () => {
    expectNoStatements(run('title:The Latest: Ferry service resumes after the storm'));
  });
});

describe('questions put by reporters', () => {
  it('a reporter asking is not a source; the answer is', () => {
    const a = run('“Will the border close?” a reporter asked.', '“Not this week,” said Anton Vesely.');
    expectStatements(a, [{ speaker: 'Anton Vesely', text: 'Not this week,', form: 'direct', cue: 'said' }]);
  });

  it('a reported question', () => {
    expectNoStatements(run('Reporters asked whether the border would close before the holidays.'));
  });
});

describe('speech that has not happened', () => {
  it('he is expected to say', () => {
    expectNoStatements(run('Anton Vesely is expected to say that the border will reopen next week.'));
  });

  it('will announce on Friday', () => {
    expectNoStatements(run('Anton Vesely will announce the new border rules on Friday.'));
  });
});

describe('the author’s own claims', () => {
  it('plain narration', () => {
    expectNoStatements(run(
      'title:Border crossing stays shut for a third week',
      'The Ruritanian border has been closed since March. Trade through the valley has fallen by half.',
      'Lorries now queue for up to two days at the last open crossing.',
    ));
  });

  // "Recall" is a speech verb only when it means remembering aloud.
  it('recalling an ambassador is not speech', () => {
    expectNoStatements(run('Ruritania recalled its ambassador on Friday.'));
  });
});

describe('inputs with no text', () => {
  it('an empty block list', () => {
    const a = analyze([]);
    expect(a).toEqual({ title: '', statements: [], actors: [] });
  });

  it('blocks of whitespace only', () => {
    const a = run('title:   ', '', ' ', '\n\t ', '\u00a0\u2003');
    expectNoStatements(a);
  });
});
