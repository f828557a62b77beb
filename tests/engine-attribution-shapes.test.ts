// Attributions that sit in awkward places: inside their sentence, before a long description of
// the speaker, or with a role word the phrase reader does not know between modifier and name.
import { describe, expect, it } from 'vitest';
import { expectStatement, expectStatements, run } from './engine-helpers';

describe('inverted attributions', () => {
  it('an age and a description between commas, or a party label in parentheses, stand between the name and its cue', () => {
    const a = run('Marit Olsen, 27, a ferry pilot in Bergen, said the crossings would be cut.', 'Rep. Tomas Brandt (D-Ore.), chair of the harbour committee, said the vote was close.');
    expectStatement(a, { speaker: 'Marit Olsen', text: 'the crossings would be cut' });
    expectStatement(a, { speaker: 'Tomas Brandt', text: 'the vote was close' });
  });

  it('…, said Liberal strategist Ansel Krupp. keeps the whole name after an unlisted role noun', () => {
    const a = run('The toll could matter more for the outer districts than for the centre, said Liberal strategist Ansel Krupp.');
    expectStatement(a, { text: 'The toll could matter more for the outer districts than for the centre', cue: 'said', speaker: 'Ansel Krupp' });
  });

  it('…, said X, a description with verbs of its own … still ends the content before the attribution', () => {
    const a = run('The tunnel will not be finished before the winter, said Berit Lund, a councillor whose group has broken away from the other parties and endorsed the mayor.');
    expectStatements(a, [{ text: 'The tunnel will not be finished before the winter', cue: 'said', speaker: 'Berit Lund' }]);
  });

  it('a stretch with a finite verb before ", said X" is content, not an appositive of the noun before it', () => {
    const a = run('In a year when tolls are unpopular with drivers, councillors have more room to drop the project, said Berit Lund, a planner working for the city.');
    expectStatement(a, { text: 'In a year when tolls are unpopular with drivers, councillors have more room to drop the project', speaker: 'Berit Lund' });
  });
});

describe('attributions inside their sentence', () => {
  it('In the end, X said, … : the content is what follows, not the scene-setting lead', () => {
    const a = run('In the end, Mr. Krupp said, drivers almost always end up paying the toll.');
    expectStatements(a, [{ text: 'drivers almost always end up paying the toll', cue: 'said', speaker: 'Krupp' }]);
  });

  it('If …, X said, … : the subordinate clause and the main clause are both said', () => {
    const a = run('If the tunnel has never been inspected, Berit Lund said, there is a simple explanation for it.');
    expectStatements(a, [
      { text: 'If the tunnel has never been inspected', cue: 'said', speaker: 'Berit Lund' },
      { text: 'there is a simple explanation for it', cue: 'said', speaker: 'Berit Lund' },
    ]);
  });

  it('a main clause before ", X said, a … that …" stays the content; the noun phrase after only describes it', () => {
    const a = run('Divers would be paid for the extra hours, Berit Lund said, a change that could keep the harbour open.');
    expectStatements(a, [{ text: 'Divers would be paid for the extra hours', cue: 'said', speaker: 'Berit Lund' }]);
  });

  it('a main clause before ", X said, and …" stays the content', () => {
    const a = run('The tolls will rise next year, Berit Lund said, and the deficit will shrink.');
    expect(a.statements[0]?.text).toBe('The tolls will rise next year');
  });
});

describe('records that show or find', () => {
  it('Footage from … shows …: a record with a prepositional tail speaks', () => {
    const a = run('Footage from the council meeting shows that several members left before the vote.');
    expectStatement(a, { text: 'several members left before the vote', cue: 'shows', mention: 'Footage from the council meeting' });
  });

  it('A video of … shows …, where "shows" could be a noun after "the …"', () => {
    const a = run('A video of the episode shows the mayor shouting at a bus driver.');
    expectStatement(a, { text: 'the mayor shouting at a bus driver', cue: 'shows', mention: 'A video of the episode' });
  });

  it('A poll, conducted …, shows …: the record is named up to its first comma', () => {
    const a = run('A Harbour Gazette poll, conducted jointly with two research firms, shows Lund with 47 percent.');
    expectStatement(a, { text: 'Lund with 47 percent', cue: 'shows', mention: 'A Harbour Gazette poll' });
  });

  it('a person who finds something is still no record', () => {
    const a = run('Divers found the wreck of the ferry near the harbour mouth.');
    expect(a.statements).toHaveLength(0);
  });
});

describe('subjects a cue reaches past something', () => {
  it('X on Sunday defended …: a time phrase between subject and verb', () => {
    const a = run('Evan Tull, who runs the harbour, on Sunday defended the decision to close the port.');
    expectStatement(a, { text: 'the decision to close the port', cue: 'defended', speaker: 'Evan Tull' });
  });

  it('The mayor met her and praised …: a coordinated learned cue takes a determined subject', () => {
    const a = run('The mayor met the divers and praised their work in the harbour.');
    expectStatement(a, { text: 'their work in the harbour', cue: 'praised', mention: 'The mayor' });
  });

  it('a learned cue keeps a two-word object: "defended the budget"', () => {
    const a = run('Berit Lund defended the budget and said taxes would not rise.');
    expectStatement(a, { text: 'the budget', cue: 'defended', speaker: 'Berit Lund' });
    expectStatement(a, { text: 'taxes would not rise', cue: 'said', speaker: 'Berit Lund' });
  });
});

describe('subject spans that must not run through a clause', () => {
  it('the object of one verb and the subject of an infinitive is not the speaker of a later cue', () => {
    const a = run('The ferry union expects the harbour board to dial back the new fees and said it would strike.');
    for (const s of a.statements) expect(s.mention, `engine found a clause as a speaker: ${s.mention}`).not.toMatch(/ to | and$/);
    expectStatement(a, { text: 'it would strike', cue: 'said', mention: 'The ferry union' });
  });

  it('a relative clause with an infinitive inside: the speaker is the noun it hangs on', () => {
    const a = run('Many dock workers who came to Bergen to protest the closure say they will strike anyway.');
    expectStatement(a, { text: 'they will strike anyway', cue: 'say', mention: 'Many dock workers' });
  });

  it('voters who say …: a relative "who" with no comma speaks for the noun right before it', () => {
    const a = run('Berit Lund said the ferry was late. She met the dock workers who say the new pier is unsafe.');
    expectStatement(a, { text: 'the new pier is unsafe', cue: 'say', mention: 'the dock workers' });
  });

  it('X did something and said …: a bare name opening the sentence with a past verb is the subject', () => {
    const a = run('Harbourwatch obtained a copy of the survey and said the pier was unsafe.');
    expectStatement(a, { text: 'the pier was unsafe', cue: 'said', mention: 'Harbourwatch' });
  });

  it('But the court … overruled and said …: the opening conjunction is no part of the subject', () => {
    const a = run('A lower judge agreed with the fishermen. But the Court of Appeals overruled and said the quay could close.');
    expectStatement(a, { text: 'the quay could close', cue: 'said', mention: 'the Court of Appeals' });
  });
});

describe('places after a preposition are not the speaker', () => {
  it('X, at a meeting in City, Region, said …: the subject is before the aside', () => {
    const a = run('Berit Lund, at a town meeting in Tromsø, Norway, said the ferry would run all winter.');
    expectStatement(a, { text: 'the ferry would run all winter', cue: 'said', speaker: 'Berit Lund' });
  });

  it('Worried by the storm in Place, Title Name, the role, said …: the place opens no appositive chain', () => {
    const a = run('Worried by the storm in Bergen, Mayor Evan Tull, the council leader, said the quay would close.');
    expectStatement(a, { text: 'the quay would close', cue: 'said', speaker: 'Evan Tull' });
  });

  it('his secretary of State, Name, said …: a role with "of" still names the person after it', () => {
    const a = run('In the last campaign, the governor and his secretary of State, Ansel Krupp, said the tax was unfair.');
    expectStatement(a, { text: 'the tax was unfair', cue: 'said', speaker: 'Ansel Krupp' });
  });
});

describe('opening adverbials and datelines before the subject', () => {
  it('Ultimately, X did … and refused …: the sentence adverb is no name', () => {
    const a = run('Ultimately, Berit Lund ignored the advice and refused to sign the ferry contract.');
    expectStatement(a, { text: 'refused to sign the ferry contract', cue: 'refused', speaker: 'Berit Lund' });
  });

  it('Similarly, Name, a role, said …: the adverb opens no appositive chain', () => {
    const a = run('Similarly, Evan Tull, a former harbour master, said he could not back the plan.');
    expectStatement(a, { text: 'he could not back the plan', cue: 'said', speaker: 'Evan Tull' });
  });

  it('Moreover, Name, a role, noted …: a discourse connective is no name', () => {
    const a = run('Moreover, Evan Tull, a former harbour master, noted that the pier was never inspected.');
    expectStatement(a, { text: 'the pier was never inspected', cue: 'noted', speaker: 'Evan Tull' });
  });

  it('Asked about the vote, X pointed to … and praised …: an -ed participle opening', () => {
    const a = run('Asked about the vote, Berit Lund pointed to the new budget and praised the council for its patience.');
    expectStatement(a, { text: 'the council for its patience', cue: 'praised', speaker: 'Berit Lund' });
  });

  it('Speaking in City, Region, X went …, calling …: the participle phrase and the place are skipped', () => {
    const a = run('Speaking at a rally in Tromsø, Norway, Lund went after the council, calling it “a total shambles.”');
    expectStatement(a, { text: 'a total shambles.', mention: 'Lund' });
  });

  it('CITY — X rallied …, saying …: a dateline is no speaker', () => {
    const a = run('BERGEN — The ferry union rallied its members on Monday, saying the strike would go ahead.');
    expectStatement(a, { text: 'the strike would go ahead', cue: 'saying', mention: 'The ferry union' });
  });
});

describe('a capitalised modifier is not where a description ends', () => {
  it('“…,” said one former Harbour Board planning aide.', () => {
    const a = run('“The tunnel is a mess,” said one former Harbour Board planning aide.');
    expectStatement(a, { text: 'The tunnel is a mess,', cue: 'said', mention: 'one former Harbour Board planning aide' });
  });

  it('The former Labour council candidate continued, saying …', () => {
    const a = run('The former Labour council candidate continued, saying the ferry fares were too high.');
    expectStatement(a, { text: 'the ferry fares were too high', cue: 'saying', mention: 'The former Labour council candidate' });
  });
});

describe('floating quantifiers', () => {
  it('X and Y have both argued …: "both" stands for the people named before it', () => {
    const a = run('Berit Lund and Evan Tull have both argued the tunnel is unsafe.');
    expectStatement(a, { text: 'the tunnel is unsafe', cue: 'argued', speaker: 'Evan Tull' });
  });
});

describe('sentence openings and quotes next door', () => {
  it('The … magnate says …: a determined opening with plain modifiers is the subject of a strong cue', () => {
    const a = run('The retired harbour pilot says the new channel is too shallow for the ferries.');
    expectStatement(a, { text: 'the new channel is too shallow for the ferries', cue: 'says', mention: 'The retired harbour pilot' });
  });

  it('a quote closing the last sentence is not the next cue’s when that cue has its own clause', () => {
    const a = run('Berit Lund says “the tunnel is a mess” because “nobody checked the plans.” She says the inspectors were never paid.');
    expectStatement(a, { text: 'the inspectors were never paid', cue: 'says', speaker: 'Berit Lund' });
  });
});

describe('according to a source with no name', () => {
  it('…, according to the results. / According to recent polls, …', () => {
    const a = run('Lund received 37 percent and Krupp had 36 percent, according to the results.', 'According to recent polls, the tunnel has lost its majority.');
    expectStatement(a, { text: 'Lund received 37 percent and Krupp had 36 percent', cue: 'according to', mention: 'the results' });
    expectStatement(a, { text: 'the tunnel has lost its majority', cue: 'According to', mention: 'recent polls' });
  });

  it('according to plan names no source', () => {
    const a = run('The tunnel boring machine broke through the last wall according to plan.');
    expect(a.statements).toHaveLength(0);
  });
});
