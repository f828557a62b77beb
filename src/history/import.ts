// Reading an exported history file: the whole file is checked before anything is written, and
// a file that fails gets one sentence saying why. Nothing in it is trusted: addresses are
// re-checked, match keys recomputed, and text that carries markup refuses the file.
import type { Stance } from '../engine/types';
import { EXPORT_FORMAT, EXPORT_VERSION } from './export';
import { nameInfo, namedSource } from './names';
import { holdsMarkup } from './plain-text';
import { LIMITS, STATEMENTS_PER_ACTOR } from './record';
import type { ArticleRecord, RecordedActor, RecordedStatement } from './types';
import { pageKey, siteOf } from './url';

/** Larger files are refused unread: an export of 5,000 articles is a few megabytes. */
export const IMPORT_MAX_BYTES = 32 * 1024 * 1024;

/** An import refused as a whole; its message is shown to the reader as it is. */
export class ImportRefused extends Error {}

const UNCHANGED = 'Nothing was imported; your history is unchanged.';
const refuse = (why: string): never => {
  throw new ImportRefused(`${why} ${UNCHANGED}`);
};

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;

/** Refuses a file by its size alone, before it is read. */
export function checkImportSize(bytes: number): void {
  if (bytes > IMPORT_MAX_BYTES) refuse(`This file is ${megabytes(bytes)}; WhoSaid imports history files of up to ${megabytes(IMPORT_MAX_BYTES)}.`);
  if (bytes === 0) refuse('This file is empty.');
}

/** The file's text as JSON, or a refusal saying it is cut short or no JSON at all. */
export function parseImportText(text: string): unknown {
  checkImportSize(text.length);
  try {
    return JSON.parse(text);
  } catch {
    return refuse(/^\s*[[{]/.test(text) ? 'This file is cut short or damaged (its JSON does not end properly).' : 'This is not a WhoSaid history file (it is not JSON).');
  }
}

const STANCES = new Set<string>(['denies', 'confirms', 'declines', 'asserts']);
const KINDS = new Set<string>(['person', 'organization', 'group', 'anonymous']);

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A problem with one article of the file, named by the field. */
class Bad extends Error {}

function text(o: Obj, field: string, max: number, where: string, required = true): string {
  const v = o[field];
  if (typeof v !== 'string') throw new Bad(`its ${where} is missing`);
  if (required && !v.trim()) throw new Bad(`its ${where} is empty`);
  if (v.length > max) throw new Bad(`its ${where} is longer than any WhoSaid export holds`);
  if (holdsMarkup(v)) throw new Bad(`its ${where} holds HTML markup`);
  return v;
}

function list(o: Obj, field: string, max: number, where: string): unknown[] {
  const v = o[field];
  if (!Array.isArray(v)) throw new Bad(`its ${where} are missing`);
  if (v.length > max) throw new Bad(`it has more ${where} than any WhoSaid export holds`);
  return v;
}

function stance(o: Obj, where: string): Stance {
  if (!STANCES.has(o.stance as string)) throw new Bad(`${where} has no known stance`);
  return o.stance as Stance;
}

function statementOf(v: unknown, who: string): RecordedStatement {
  if (!isObj(v)) throw new Bad(`a statement of ${who} is not a statement`);
  const form = (v as Record<string, unknown>).form;
  // The form came later: a file without it is still whole, and its statements are shown as the reporter's words.
  const known = form === 'direct' || form === 'indirect' || form === 'mixed' ? { form: form as RecordedStatement['form'] } : {};
  return { text: text(v, 'text', LIMITS.statement, `statement of ${who}`), stance: stance(v, `a statement of ${who}`), cue: text(v, 'cue', LIMITS.cue, `cue of ${who}`, false), ...known };
}

/** A named source of the file, or null for an unnamed one (older versions kept those; they are dropped). */
function actorOf(v: unknown, n: number): RecordedActor | null {
  if (!isObj(v)) throw new Bad(`source ${n} is not a source`);
  const name = text(v, 'name', LIMITS.name, `source ${n}'s name`);
  if (!KINDS.has(v.kind as string)) throw new Bad(`source ${n} (${name}) has no known kind`);
  const kind = v.kind as RecordedActor['kind'];
  const aliases = list(v, 'aliases', 64, `other names of ${name}`).map((a, i) => {
    if (typeof a !== 'string') throw new Bad(`other name ${i + 1} of ${name} is not text`);
    return text({ a }, 'a', LIMITS.alias, `other name of ${name}`);
  });
  const statements = list(v, 'statements', STATEMENTS_PER_ACTOR, `statements of ${name}`).map((s) => statementOf(s, name));
  if (statements.length === 0) throw new Bad(`${name} has no statement`);
  const actor = { name, kind, role: text(v, 'role', LIMITS.role, `role of ${name}`, false), stance: stance(v, name), statements };
  if (!namedSource(name, kind)) return null;
  const named = aliases.filter((a) => namedSource(a, kind)).slice(0, LIMITS.aliases);
  // Keys are recomputed, never taken from the file.
  return { name: actor.name, aliases: named, kind, role: actor.role, stance: actor.stance, keys: nameInfo(name, named, kind).keys, statements };
}

function articleOf(v: unknown): ArticleRecord | null {
  if (!isObj(v)) throw new Bad('it is not an article');
  const raw = v.url;
  if (typeof raw !== 'string') throw new Bad('its address is missing');
  const url = pageKey(raw);
  if (!url) {
    const scheme = /^\s*([a-z][a-z0-9+.-]*):/i.exec(raw)?.[1];
    throw new Bad(scheme ? `its address is a ${scheme.toLowerCase()}: link, not a web page` : 'its address is not a web page');
  }
  if (url !== raw) throw new Bad('its address is not in the form WhoSaid stores');
  const visited = v.visited;
  if (typeof visited !== 'number' || !Number.isFinite(visited) || visited < 0) throw new Bad('its date of reading is missing');
  const title = text(v, 'title', LIMITS.title, 'headline');
  const published = text(v, 'published', LIMITS.published, 'publication date', false);
  const actors = list(v, 'actors', LIMITS.actors, 'sources')
    .map((a, i) => actorOf(a, i + 1))
    .filter((a): a is RecordedActor => !!a);
  if (actors.length === 0) return null;
  return { url, title, site: siteOf(url), visited, published, actors, actorKeys: [...new Set(actors.flatMap((a) => a.keys))] };
}

/**
 * The articles of an exported history, all checked, or a refusal naming the first problem.
 * `skipped` counts articles that held only unnamed sources (files of older versions).
 */
export function readHistoryFile(data: unknown, maxArticles: number): { articles: ArticleRecord[]; skipped: number } {
  if (!isObj(data) || data.format !== EXPORT_FORMAT || !Array.isArray(data.articles)) return refuse('This is not a WhoSaid history file.');
  if (typeof data.version !== 'number' || data.version > EXPORT_VERSION) return refuse('This history file was made by a newer version of WhoSaid; update WhoSaid first.');
  const entries = data.articles as unknown[];
  if (entries.length > maxArticles) {
    return refuse(
      `This file holds ${entries.length.toLocaleString('en')} articles, more than the ${maxArticles.toLocaleString('en')} your history keeps (“Keep at most” above).`,
    );
  }
  const articles: ArticleRecord[] = [];
  const seen = new Map<string, number>();
  let skipped = 0;
  entries.forEach((entry, i) => {
    let article: ArticleRecord | null;
    try {
      article = articleOf(entry);
    } catch (err) {
      if (!(err instanceof Bad)) throw err;
      return refuse(`Article ${i + 1} of the file cannot be imported: ${err.message}.`);
    }
    if (!article) {
      skipped++;
      return;
    }
    const first = seen.get(article.url);
    if (first !== undefined) refuse(`Articles ${first + 1} and ${i + 1} of the file are the same article (${article.url}).`);
    seen.set(article.url, i);
    articles.push(article);
  });
  return { articles, skipped };
}
