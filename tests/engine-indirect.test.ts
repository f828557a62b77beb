// Indirect (reported) speech. Per the guide the text is the reported clause without the
// speaker, the cue or a leading "that"; a statement with no clause of its own ("denied
// the allegations") is the reporting phrase, cue included.
import { describe, it } from 'vitest';
import { expectStatement, expectStatements, run, type Expected } from './engine-helpers';

type VerbCase = [verb: string, sentence: string, expected: Expected];

const VERBS: VerbCase[] = [
  ['says', 'Ansel Krupp says the tunnel will be finished by June.',
    { speaker: 'Ansel Krupp', text: 'the tunnel will be finished by June', cue: 'says', stance: 'asserts' }],
  ['said that', 'Ansel Krupp said that the tunnel would be finished by June.',
    { speaker: 'Ansel Krupp', text: 'the tunnel would be finished by June', cue: 'said', stance: 'asserts' }],
  ['tells', 'Ansel Krupp tells residents the tunnel is safe.',
    { speaker: 'Ansel Krupp', text: 'the tunnel is safe', stance: 'asserts' }],
  ['told', 'Ansel Krupp told residents that the tunnel was safe.',
    { speaker: 'Ansel Krupp', text: 'the tunnel was safe', stance: 'asserts' }],
  ['added', 'Ansel Krupp added that the toll would be dropped next year.',
    { speaker: 'Ansel Krupp', text: 'the toll would be dropped next year', cue: 'added', stance: 'asserts' }],
  ['noted', 'Ansel Krupp noted that traffic in the old town had fallen by a third.',
    { speaker: 'Ansel Krupp', text: 'traffic in the old town had fallen by a third', cue: 'noted', stance: 'asserts' }],
  ['argued', 'Berit Lund argued that the tunnel was far too expensive.',
    { speaker: 'Berit Lund', text: 'the tunnel was far too expensive', cue: 'argued', stance: 'asserts' }],
  ['warned', 'Berit Lund warned that tolls would rise again in the spring.',
    { speaker: 'Berit Lund', text: 'tolls would rise again in the spring', cue: 'warned', stance: 'asserts' }],
  ['warns', 'Berit Lund warns that tolls will rise again in the spring.',
    { speaker: 'Berit Lund', text: 'tolls will rise again in the spring', cue: 'warns', stance: 'asserts' }],
  ['argues', 'Berit Lund argues the tunnel is far too expensive.',
    { speaker: 'Berit Lund', text: 'the tunnel is far too expensive', cue: 'argues', stance: 'asserts' }],
  ['claimed', 'Berit Lund claimed the construction contract had been rigged.',
    { speaker: 'Berit Lund', text: 'the construction contract had been rigged', cue: 'claimed', stance: 'asserts' }],
  ['insisted', 'Ansel Krupp insisted the contract was awarded in an open tender.',
    { speaker: 'Ansel Krupp', text: 'the contract was awarded in an open tender', cue: 'insisted', stance: 'asserts' }],
  ['insists', 'Ansel Krupp insists the contract was awarded in an open tender.',
    { speaker: 'Ansel Krupp', text: 'the contract was awarded in an open tender', cue: 'insists', stance: 'asserts' }],
  ['announced', 'Ansel Krupp announced that the tunnel would open on Monday.',
    { speaker: 'Ansel Krupp', text: 'the tunnel would open on Monday', cue: 'announced', stance: 'asserts' }],
  // Acknowledging and admitting a fact affirm it as true.
  ['acknowledged', 'Ansel Krupp acknowledged that the project was two years late.',
    { speaker: 'Ansel Krupp', text: 'the project was two years late', cue: 'acknowledged', stance: 'confirms' }],
  ['admitted', 'Ansel Krupp admitted that the budget had been exceeded.',
    { speaker: 'Ansel Krupp', text: 'the budget had been exceeded', cue: 'admitted', stance: 'confirms' }],
  ['admits', 'Ansel Krupp admits that the budget has been exceeded.',
    { speaker: 'Ansel Krupp', text: 'the budget has been exceeded', cue: 'admits', stance: 'confirms' }],
  ['denies that', 'Berit Lund denies that she leaked the contract.',
    { speaker: 'Berit Lund', text: 'she leaked the contract', cue: 'denies', stance: 'denies' }],
  ['denied that', 'Berit Lund denied that she had leaked the contract.',
    { speaker: 'Berit Lund', text: 'she had leaked the contract', cue: 'denied', stance: 'denies' }],
  ['rejected', 'Ansel Krupp rejected the accusation.',
    { speaker: 'Ansel Krupp', text: 'rejected the accusation', cue: 'rejected', stance: 'denies' }],
  ['dismissed', 'Ansel Krupp dismissed the allegations of bribery.',
    { speaker: 'Ansel Krupp', text: 'dismissed the allegations of bribery', cue: 'dismissed', stance: 'denies' }],
  ['confirmed', 'Irja Sand confirmed that two people had been arrested.',
    { speaker: 'Irja Sand', text: 'two people had been arrested', cue: 'confirmed', stance: 'confirms' }],
  ['declined', 'Irja Sand declined to name the suspects.',
    { speaker: 'Irja Sand', text: 'declined to name the suspects', stance: 'declines' }],
  ['refused', 'Irja Sand refused to comment on the arrests.',
    { speaker: 'Irja Sand', text: 'refused to comment on the arrests', stance: 'declines' }],
];

describe('indirect speech: reporting verbs', () => {
  it.each(VERBS)('%s', (_verb, sentence, expected) => {
    expectStatements(run(sentence), [{ form: 'indirect', ...expected }]);
  });
});

describe('indirect speech: according to', () => {
  it('according to X, … (source first)', () => {
    const a = run('According to Irja Sand, the suspects were released on bail.');
    expectStatements(a, [{ speaker: 'Irja Sand', text: 'the suspects were released on bail', cue: 'According to', mention: 'Irja Sand', form: 'indirect', stance: 'asserts' }]);
  });

  it('…, according to X. (source last)', () => {
    const a = run('The suspects were released on bail, according to Irja Sand.');
    expectStatements(a, [{ speaker: 'Irja Sand', text: 'The suspects were released on bail', cue: 'according to', mention: 'Irja Sand', form: 'indirect', stance: 'asserts' }]);
  });
});

describe('indirect speech: reporting phrases', () => {
  it('X told reporters …', () => {
    const a = run('Ansel Krupp told reporters the tunnel had passed every safety test.');
    expectStatements(a, [{ speaker: 'Ansel Krupp', text: 'the tunnel had passed every safety test', cue: 'told reporters', mention: 'Ansel Krupp', form: 'indirect', stance: 'asserts' }]);
  });

  it('X said in a statement that …', () => {
    const a = run('The Vallis Transport Authority said in a statement that the tunnel would close for maintenance.');
    expectStatements(a, [{ speaker: 'Vallis Transport Authority', text: 'the tunnel would close for maintenance', cue: 'said in a statement', form: 'indirect', stance: 'asserts' }]);
  });
});

describe('indirect speech: participles', () => {
  // The main clause reports no speech here, so the participle is the only statement.
  it('…, saying that … shares the main clause’s subject', () => {
    // What is tested is who speaks; the content is kept plainly assertive ("had been a mistake"
    // reads as an admission or as criticism depending on who built the tunnel).
    const a = run('Berit Lund voted against the budget, saying that the tunnel would cost more than the bridge.');
    expectStatements(a, [{ speaker: 'Berit Lund', text: 'the tunnel would cost more than the bridge', cue: 'saying', form: 'indirect', stance: 'asserts' }]);
  });

  it('a participle after a quoted phrase’s comma or after a dash hangs off the main clause too', () => {
    const a = run('Berit Lund defended the “harbour first,” saying the tunnel would cost more than the bridge.');
    expectStatement(a, { speaker: 'Berit Lund', text: 'the tunnel would cost more than the bridge', cue: 'saying' });
    const b = run('Tomas Brandt changed his vote on the spot – saying the ferry would be cheaper after all.');
    expectStatement(b, { speaker: 'Tomas Brandt', text: 'the ferry would be cheaper after all', cue: 'saying' });
  });

  it('…, calling them “…” is a mixed statement holding the quoted words', () => {
    const a = run('Berit Lund voted against the new tolls, calling them “daylight robbery”.');
    expectStatements(a, [{ speaker: 'Berit Lund', text: 'daylight robbery', cue: 'calling them', form: 'mixed', stance: 'asserts' }]);
  });

  it('a participle after a said-clause keeps the same speaker', () => {
    const a = run('Ansel Krupp said the tunnel was safe, adding that inspectors had found no cracks.');
    expectStatements(a, [
      { speaker: 'Ansel Krupp', text: 'the tunnel was safe', cue: 'said', form: 'indirect' },
      { speaker: 'Ansel Krupp', text: 'inspectors had found no cracks', cue: 'adding', form: 'indirect' },
    ]);
  });
});

describe('indirect speech: nominal form', () => {
  it('following European Union claims of … is a claim by the European Union', () => {
    const a = run('Ruritania recalled its ambassador on Friday following European Union claims of illegal fishing in Ruritanian waters.');
    expectStatement(a, { speaker: 'European Union', text: 'illegal fishing in Ruritanian waters', cue: 'claims', mention: 'European Union', form: 'indirect', stance: 'asserts' });
  });

  // The guide names an actor by the fullest name the article uses: here only "EU".
  it('following EU claims of … is a claim by the EU', () => {
    const a = run('Ruritania recalled its ambassador on Friday following EU claims of illegal fishing in Ruritanian waters.');
    expectStatement(a, { speaker: 'EU', text: 'illegal fishing in Ruritanian waters', cue: 'claims', mention: 'EU', form: 'indirect', stance: 'asserts' });
  });
});
