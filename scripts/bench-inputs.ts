// Builds the bench's inputs: the shared corpus pages and PolNeAR dev texts turned into
// TextBlocks the same way the extension and CLI would, or an invented stand-in set when
// ../shared is not checked out, so the bench still runs anywhere.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readHtml } from '../src/cli/analyze-file';
import type { TextBlock } from '../src/engine/types';
import { textToBlocks } from '../src/page/text-blocks';
import { mulberry32 } from './seeded-random';

export interface BenchPage {
  id: string;
  set: 'corpus' | 'polnear-dev' | 'generated';
  blocks: TextBlock[];
  /** The block texts joined as a plain article, which is what compromise is given. */
  text: string;
  words: number;
}

export interface BenchInputs {
  pages: BenchPage[];
  /** Which code turned HTML/text into blocks, so a reader of the output knows what was measured. */
  reader: string;
  source: 'shared' | 'generated';
  notes: string[];
}

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export function countWords(text: string): number {
  let n = 0;
  for (const _ of text.matchAll(/\S+/g)) n++;
  return n;
}

export function joinBlocks(blocks: readonly TextBlock[]): string {
  return blocks.map((b) => b.text).join('\n\n');
}

function page(id: string, set: BenchPage['set'], blocks: TextBlock[]): BenchPage {
  const text = joinBlocks(blocks);
  return { id, set, blocks, text, words: countWords(text) };
}

export function loadInputs(opts: { sharedDir?: string; limit?: number } = {}): BenchInputs {
  const shared = opts.sharedDir ?? process.env.WHOSAID_SHARED ?? resolve(repoRoot, '..', 'shared');
  const pagesDir = join(shared, 'corpus', 'pages');
  const devDir = join(shared, 'polnear', 'dev', 'text');
  const notes: string[] = [];
  const haveShared = existsSync(pagesDir) || existsSync(devDir);
  if (!haveShared) {
    notes.push(`${shared} not found: texts are INVENTED by scripts/bench-inputs.ts, not real news`);
    const pages = generatePages(opts.limit ?? 105);
    return { pages, reader: 'generated blocks (no page reading)', source: 'generated', notes };
  }

  // The CLI's own readers, so the bench times what `whosaid analyze` would analyse.
  const reader = 'src/cli/analyze-file.ts readHtml (linkedom + readArticle) + src/page/text-blocks.ts textToBlocks';

  const pages: BenchPage[] = [];
  const list = (dir: string, ext: string) =>
    existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(ext)).sort() : [];
  for (const f of list(pagesDir, '.html')) {
    const blocks = readHtml(readFileSync(join(pagesDir, f), 'utf8')).blocks;
    pages.push(page(basename(f, '.html'), 'corpus', blocks));
  }
  for (const f of list(devDir, '.txt')) {
    pages.push(page(basename(f, '.txt'), 'polnear-dev', textToBlocks(readFileSync(join(devDir, f), 'utf8'))));
  }
  const empty = pages.filter((p) => p.words === 0).length;
  if (empty) notes.push(`${empty} page(s) gave no text and are still timed`);
  return {
    pages: opts.limit ? pages.slice(0, opts.limit) : pages,
    reader,
    source: 'shared',
    notes,
  };
}

/**
 * One page of `minWords` or more, made of whole paragraphs taken in order from the inputs
 * and cycled when they run out, so the long and short pages read like real articles.
 */
export function buildPage(pages: readonly BenchPage[], minWords: number, id: string): BenchPage {
  const paras = pages.flatMap((p) => p.blocks.filter((b) => b.kind !== 'title' && countWords(b.text) > 0));
  if (paras.length === 0) throw new Error('no paragraphs to build a page from');
  const blocks: TextBlock[] = [{ id: 'b0', kind: 'title', text: `Bench page of ${minWords} words` }];
  let words = 0;
  for (let i = 0; words < minWords; i++) {
    const src = paras[i % paras.length]!;
    blocks.push({ id: `b${blocks.length}`, kind: src.kind, text: src.text });
    words += countWords(src.text);
  }
  return page(id, pages[0]?.set ?? 'generated', blocks);
}

// ---- invented texts for when ../shared is absent ----


const FIRST = ['Maria', 'Jonas', 'Priya', 'Tomasz', 'Aiko', 'Daniel', 'Fatima', 'Oliver', 'Grace', 'Hugo'];
const LAST = ['Okafor', 'Lindqvist', 'Ramirez', 'Novak', 'Tanaka', 'Hughes', 'Haddad', 'Brennan', 'Moreau', 'Castillo'];
const ROLE = ['the finance minister', 'a company spokeswoman', 'the mayor', 'an aide', 'the union leader'];
const ORG = ['the ministry', 'the city council', 'Northwind Holdings', 'the regulator', 'the harbour authority'];
const CLAIM = [
  'the plan was never approved',
  'the budget would be cut by a third',
  'talks had stalled over the weekend',
  'the factory would close next spring',
  'no laws had been broken',
  'more inspections were needed',
];
const NARRATION = [
  'The decision came after months of negotiation.',
  'Officials met on Tuesday behind closed doors.',
  'Residents gathered outside the building in the afternoon.',
  'The figures were published late on Friday.',
  'Shares fell sharply in early trading.',
];

function generatePages(n: number): BenchPage[] {
  const rnd = mulberry32(20261124);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const sentence = (): string => {
    const name = `${pick(FIRST)} ${pick(LAST)}`;
    const claim = pick(CLAIM);
    switch (Math.floor(rnd() * 7)) {
      case 0: return `“${claim[0]!.toUpperCase()}${claim.slice(1)},” said ${name}, ${pick(ROLE)}.`;
      case 1: return `${name} denied that ${claim}.`;
      case 2: return `According to ${pick(ORG)}, ${claim}.`;
      case 3: return `${name} told reporters that ${claim}, but declined to give details.`;
      case 4: return `“We have seen nothing to suggest that,” ${name} said. “Nothing at all.”`;
      case 5: return `A spokesman for ${pick(ORG)} confirmed that ${claim}.`;
      default: return pick(NARRATION);
    }
  };
  const pages: BenchPage[] = [];
  for (let i = 0; i < n; i++) {
    const blocks: TextBlock[] = [{ id: 'b0', kind: 'title', text: `${pick(LAST)} ${pick(['denies', 'confirms', 'defends'])} ${pick(CLAIM).split(' ').slice(1, 4).join(' ')}` }];
    const paras = 8 + Math.floor(rnd() * 25);
    for (let p = 0; p < paras; p++) {
      const len = 1 + Math.floor(rnd() * 4);
      blocks.push({ id: `b${blocks.length}`, kind: 'paragraph', text: Array.from({ length: len }, sentence).join(' ') });
    }
    pages.push(page(`generated-${i + 1}`, 'generated', blocks));
  }
  return pages;
}
