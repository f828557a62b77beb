// The CLI's JSON record of one analysed file, which is also the scorer's prediction format.
// No parser here, so the CLI can write records without loading the HTML reader.
import type { Actor, Analysis, Stance, Statement } from '../engine';

export interface JsonStatement {
  speaker: string;
  text: string;
  stance: Stance;
  form: string;
  cue: string;
  mention: string;
}

export interface JsonActor {
  name: string;
  aliases: string[];
  kind: string;
  role: string;
  stance: Stance;
}

/** One line of the CLI's jsonl output, which is also the scorer's prediction format. */
export interface JsonRecord {
  id: string;
  title: string;
  statements: JsonStatement[];
  actors: JsonActor[];
}

export function toJsonStatement(s: Statement): JsonStatement {
  return { speaker: s.speaker, text: s.text, stance: s.stance, form: s.form, cue: s.cue, mention: s.mention };
}

export function toJsonActor(a: Pick<Actor, 'name' | 'aliases' | 'kind' | 'role' | 'stance'>): JsonActor {
  return { name: a.name, aliases: [...a.aliases], kind: a.kind, role: a.role, stance: a.stance };
}

export function toJsonRecord(id: string, analysis: Analysis): JsonRecord {
  return {
    id,
    title: analysis.title,
    statements: analysis.statements.map(toJsonStatement),
    actors: analysis.actors.map(toJsonActor),
  };
}

/** "path/to/story.page.html" → "story.page": the id the gold files use. */
export function fileId(path: string): string {
  const base = path.split(/[\\/]/).pop() ?? path;
  return base.replace(/\.[^.]*$/, '') || base;
}
