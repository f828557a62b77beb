// The project's seed article, read end to end the way the CLI reads it (page reader over
// linkedom, then the engine): each source must come out as one actor holding the stance
// the annotation guide gives it toward the article's claim.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { analyzeHtml } from '../src/cli/analyze-file';
import type { Actor, Analysis, Stance, TextBlock } from '../src/engine';
import { expectSpansSliceBack } from './engine-helpers';

// Resolved from this file, not the working directory, so the suite runs from anywhere.
const PAGE = fileURLToPath(new URL('../../shared/corpus/pages/seed__russia-iran.html', import.meta.url));

type Matcher = (name: string) => boolean;
const has = (part: string): Matcher => (name) => name.includes(part);

// Surname or name substring, except where a substring would also catch another source
// ("Iran" is inside "Iranian …"; "EU" is the short name of the European Union).
const TABLE: [label: string, match: Matcher, stance: Stance][] = [
  ['Nozari', has('Nozari'), 'denies'],
  ['Kanaani', has('Kanaani'), 'denies'],
  ['Iran', (n) => n === 'Iran', 'denies'],
  ['European Union', (n) => n.includes('European Union') || n === 'EU', 'confirms'],
  ['Peskov', has('Peskov'), 'declines'],
  ['Kirby', has('Kirby'), 'declines'],
  ['NATO', has('NATO'), 'declines'],
  ['Wall Street Journal', has('Wall Street Journal'), 'asserts'],
  ['Kyiv', has('Kyiv'), 'asserts'],
];

describe.skipIf(!existsSync(PAGE))(`seed page seed__russia-iran (needs ${PAGE}: the shared corpus checkout is missing)`, () => {
  let cached: { analysis: Analysis; blocks: TextBlock[] } | null = null;
  const page = () => {
    if (!cached) {
      const { article, analysis } = analyzeHtml(readFileSync(PAGE, 'utf8'));
      cached = { analysis, blocks: article.blocks };
    }
    return cached;
  };

  it('reads an article with statements, every span slicing back to its string', () => {
    const { analysis, blocks } = page();
    expect(analysis.statements.length).toBeGreaterThan(0);
    expectSpansSliceBack(blocks, analysis);
  });

  it.each(TABLE)('%s is one actor and %s', (label, match, stance) => {
    const { analysis } = page();
    const found: Actor[] = analysis.actors.filter((a) => match(a.name));
    const table = analysis.actors.map((a) => `${a.name}: ${a.stance}`).join(', ');
    expect(found.map((a) => a.name), `one actor for ${label}; actors: ${table}`).toHaveLength(1);
    expect(found[0]!.stance, `stance of ${found[0]!.name}; actors: ${table}`).toBe(stance);
  });
});
