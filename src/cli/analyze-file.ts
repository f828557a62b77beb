// The one analysis path shared by the CLI, the evaluation script and the benchmark:
// article text in, engine analysis and its JSON record out. No file system here.
import { parseHTML } from 'linkedom';
import { analyze, type Analysis, type Stance } from '../engine';
import { readArticle, type ArticleText } from '../page/read-article';
import { textToBlocks } from '../page/text-blocks';

export interface HtmlAnalysis {
  article: ArticleText;
  analysis: Analysis;
}

export function readHtml(html: string): ArticleText {
  const { document } = parseHTML(html);
  return readArticle(document as unknown as Document);
}

export function analyzeHtml(html: string): HtmlAnalysis {
  const article = readHtml(html);
  const analysis = analyze(article.blocks);
  if (!analysis.title) analysis.title = article.title;
  return { article, analysis };
}

export function analyzeText(text: string): Analysis {
  return analyze(textToBlocks(text));
}

/** What a file's name says it holds; unknown extensions are sniffed for markup. */
export function inputKind(name: string, content: string): 'html' | 'text' {
  if (/\.x?html?$/i.test(name)) return 'html';
  if (/\.txt$/i.test(name)) return 'text';
  return /^\s*</.test(content) ? 'html' : 'text';
}

export function analyzeContent(name: string, content: string): Analysis {
  return inputKind(name, content) === 'html' ? analyzeHtml(content).analysis : analyzeText(content);
}

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

export function toJsonRecord(id: string, analysis: Analysis): JsonRecord {
  return {
    id,
    title: analysis.title,
    statements: analysis.statements.map((s) => ({
      speaker: s.speaker, text: s.text, stance: s.stance, form: s.form, cue: s.cue, mention: s.mention,
    })),
    actors: analysis.actors.map((a) => ({ name: a.name, aliases: [...a.aliases], kind: a.kind, role: a.role, stance: a.stance })),
  };
}

/** "path/to/story.page.html" → "story.page": the id the gold files use. */
export function fileId(path: string): string {
  const base = path.split(/[\\/]/).pop() ?? path;
  return base.replace(/\.[^.]*$/, '') || base;
}
