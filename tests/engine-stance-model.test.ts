// The shipped stance model: the file the engine loads, what it decides and how it explains it.
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/engine/analyze';
import { decideStance, STANCE_FEATURES_VERSION } from '../src/engine/stance-model';
import { stanceFeatures, featureTokens } from '../src/engine/stance-features';
import type { StanceContext } from '../src/engine/stance-context';

const repo = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const file = resolve(repo, 'src', 'engine', 'models', 'stance.json');

function ctx(block: string, content: string, cue: string, previous = ''): StanceContext {
  const start = block.indexOf(content);
  const cueStart = block.indexOf(cue);
  return { block, start, end: start + content.length, cueStart, cueEnd: cueStart + cue.length, form: 'indirect', previous, mention: '' };
}

const statementsOf = (text: string) => analyze([{ id: 'b0', kind: 'paragraph', text }]).statements;

describe('shipped stance model', () => {
  it('matches its feature function, records its training and stays within 300 KB gzipped', () => {
    const raw = readFileSync(file);
    const data = JSON.parse(raw.toString('utf8'));
    expect(data.version).toBe(STANCE_FEATURES_VERSION);
    expect(data.classes).toEqual(['denies', 'confirms', 'declines', 'asserts']);
    expect(data.trained.settings).toBeTruthy();
    expect(gzipSync(raw).length).toBeLessThanOrEqual(300 * 1024);
  });

  it('decides the shapes the guide names', () => {
    expect(statementsOf('The ministry denied the report.')[0]!.stance).toBe('denies');
    expect(statementsOf('The senator told reporters the allegations were “completely false”.')[0]!.stance).toBe('denies');
    expect(statementsOf('Kremlin spokesman Dmitry Peskov said he could not confirm the report.')[0]!.stance).toBe('declines');
    expect(statementsOf('The company declined to comment.')[0]!.stance).toBe('declines');
    expect(statementsOf('Police confirmed that two people had been arrested.')[0]!.stance).toBe('confirms');
    expect(statementsOf('The mayor said the bridge would open in May.')[0]!.stance).toBe('asserts');
  });

  it('settles pleas by the guide’s definition', () => {
    expect(decideStance(ctx('Anton Vesely pleaded not guilty to smuggling.', 'pleaded not guilty to smuggling', 'pleaded'))).toEqual({ stance: 'denies', why: ['pleaded not guilty'] });
    expect(decideStance(ctx('Anton Vesely pleaded guilty to smuggling.', 'pleaded guilty to smuggling', 'pleaded')).stance).toBe('confirms');
  });

  it('says why with words of the page, at most three, none for a plain assertion', () => {
    const [denial] = statementsOf('The senator told reporters the allegations were “completely false”.');
    expect(denial!.stanceWhy.length).toBeGreaterThan(0);
    expect(denial!.stanceWhy.length).toBeLessThanOrEqual(3);
    expect(denial!.stanceWhy.some((w) => /false/.test(w))).toBe(true);
    const [decline] = statementsOf('Kremlin spokesman Dmitry Peskov said he could not confirm the report.');
    expect(decline!.stanceWhy).toContain('could not confirm');
    expect(statementsOf('The mayor said the bridge would open in May.')[0]!.stanceWhy).toEqual([]);
  });

  it('reads negation as a word of its own and marks what it reaches', () => {
    expect(featureTokens('He didn’t say; they can’t, won’t.')).toEqual(['he', 'did', 'not', 'say', ';', 'they', 'can', 'not', ',', 'will', 'not', '.']);
    const f = stanceFeatures(ctx('She said the report was not true, officials said.', 'the report was not true', 'said'));
    expect(f).toContain('nw:true');
    expect(f).toContain('b:not true');
    expect(f).toContain('r:denies');
    expect(f).not.toContain('nw:officials');
  });

  it('reads the setting before a statement: accusations and the words they share', () => {
    const previous = 'Critics accused the campaign of breaking finance laws.';
    const f = stanceFeatures(ctx('The campaign said it never broke finance laws.', 'it never broke finance laws', 'said', previous));
    expect(f).toContain('p:accusation');
    expect(f).toContain('p:accusation&neg');
    expect(f.some((x) => x.startsWith('echo:high') || x.startsWith('echo:mid'))).toBe(true);
  });
});
