// The content script's link collection: links inside a statement's block, http(s) only.
import { Window } from 'happy-dom';
import { afterAll, describe, expect, it } from 'vitest';
import { analyze } from '../src/engine';
import { readArticle } from '../src/page/read-article';
import { publishedDate, statementLinks } from '../src/content/links';
import { HISTORY_B } from './e2e/support/history-pages';

const windows: Window[] = [];
afterAll(async () => {
  for (const w of windows) await w.happyDOM.close();
});

function load(html: string): Document {
  const w = new Window({ url: 'https://news.example/valmora/b.html' });
  windows.push(w);
  w.document.write(html);
  return w.document as unknown as Document;
}

describe('links next to statements', () => {
  const doc = load(
    HISTORY_B.replace('</article>', '<p>"We never saw the papers," Kovalenko said, according to <a href="/courier/leak">the Courier</a> and <a href="#top">this page</a> and <a href=" JAVASCRIPT:alert(1)">more</a>.</p></article>'),
  );
  const article = readArticle(doc);
  const analysis = analyze(article.blocks);
  const links = statementLinks({ url: '', article, analysis, ranges: [], signature: '' }, doc);

  it('keeps http(s) links with their text, resolved against the page', () => {
    expect(links.map((l) => [l.text, l.href])).toContainEqual(['short statement', 'https://port.example/statement']);
    expect(links.map((l) => l.href)).toContain('https://news.example/courier/leak');
  });

  it('never keeps javascript:, data: or same-page links', () => {
    expect(links.length).toBeGreaterThan(0);
    for (const l of links) expect(l.href, l.href).toMatch(/^https?:\/\//);
    expect(links.some((l) => l.href.startsWith('https://news.example/valmora/b.html'))).toBe(false);
  });

  it('ties each link to a statement of the paragraph it sits in', () => {
    const statement = analysis.statements.find((s) => s.id === links.find((l) => l.href.includes('port.example'))!.statement)!;
    expect(statement.speaker).toContain('Kovalenko');
  });

  it('reads the publication date the page declares', () => {
    expect(publishedDate(doc)).toBe('2026-03-06T09:00:00Z');
  });
});
