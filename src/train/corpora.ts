// The labelled documents models learn from and are measured on: PolNeAR splits (plain text)
// and the WhoSaid dev pages (saved HTML), each read by the same code the CLI uses.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Form, Stance, TextBlock } from '../engine/types';
import { readHtml } from '../cli/analyze-file';
import { textToBlocks } from '../page/text-blocks';

export interface GoldStatement {
  speaker: string;
  mention: string;
  cue: string;
  form: Form;
  stance: Stance;
  text: string;
}

/** A labelled actor: the canonical name its statements' `speaker` gives, and every other name. */
export interface GoldActor {
  name: string;
  aliases?: string[];
  /** 'person', 'organization', …; 'unresolved' where the labels name no one (a bare pronoun). */
  kind: string;
}

export interface LabelledDoc {
  id: string;
  /** Where it comes from: 'polnear-train', 'polnear-dev', 'pages'. */
  set: string;
  blocks: TextBlock[];
  gold: GoldStatement[];
  actors: GoldActor[];
}

interface GoldFile { id: string; statements: GoldStatement[]; actors?: GoldActor[] }

/** ../shared beside the repository, where the labelled data lives. */
export function sharedDir(repo: string): string {
  return join(repo, '..', 'shared');
}

function readGold(path: string): GoldFile {
  return JSON.parse(readFileSync(path, 'utf8')) as GoldFile;
}

/** A PolNeAR split: `dir/text/ID.txt` with `dir/gold/ID.json`. */
export function loadPolnear(dir: string, set: string, limit = Infinity): LabelledDoc[] {
  const files = readdirSync(join(dir, 'gold')).filter((f) => f.endsWith('.json')).sort().slice(0, limit);
  return files.map((f) => {
    const id = f.slice(0, -5);
    const gold = readGold(join(dir, 'gold', f));
    return { id, set, blocks: textToBlocks(readFileSync(join(dir, 'text', `${id}.txt`), 'utf8')), gold: gold.statements, actors: gold.actors ?? [] };
  });
}

/** Saved pages: `dir/pages/ID.html` with `dir/gold/ID.json`. */
export function loadPages(dir: string, set: string): LabelledDoc[] {
  const files = readdirSync(join(dir, 'gold')).filter((f) => f.endsWith('.json')).sort();
  return files.filter((f) => existsSync(join(dir, 'pages', `${f.slice(0, -5)}.html`))).map((f) => {
    const id = f.slice(0, -5);
    const gold = readGold(join(dir, 'gold', f));
    return { id, set, blocks: readHtml(readFileSync(join(dir, 'pages', `${id}.html`), 'utf8')).blocks, gold: gold.statements, actors: gold.actors ?? [] };
  });
}
