// The one analysis path shared by the CLI, the evaluation script and the benchmark:
// article text in, engine analysis out. No file system here.
import { parseHTML } from 'linkedom';
import { analyze, type Analysis } from '../engine';
import { readArticle, type ArticleText } from '../page/read-article';
import { textToBlocks } from '../page/text-blocks';
import { inputKind } from './input-kind';

export { fileId, toJsonRecord, type JsonActor, type JsonRecord, type JsonStatement } from './record';

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

export function analyzeContent(name: string, content: string): Analysis {
  return inputKind(name, content) === 'html' ? analyzeHtml(content).analysis : analyzeText(content);
}
