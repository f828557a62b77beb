// Test pages made from the seed article: late content, single-page-app navigation,
// a dark site and a page with no article.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAGES, SEED } from './env';

function seedHtml(): string {
  return readFileSync(join(PAGES, SEED), 'utf8');
}

function inject(html: string, beforeBodyEnd: string): string {
  return html.replace('</body>', `${beforeBodyEnd}\n</body>`);
}

/**
 * The seed article with everything after its third paragraph held back until
 * `window.__more()` is called (a "read more" button), and `window.__spa()`, which
 * pushes a new URL and swaps in a shorter article (only the Washington and NATO paragraphs).
 */
export function latePage(): string {
  return inject(
    seedHtml(),
    `<script>
(() => {
  const body = document.querySelector('.entry-content');
  const paras = Array.from(body.querySelectorAll(':scope > p'));
  const held = paras.slice(3);
  for (const p of held) p.remove();
  window.__more = () => { for (const p of held) body.append(p); };
  window.__spa = () => {
    const keep = held.filter((p) => /Washington|NATO/.test(p.textContent));
    history.pushState({}, '', '/spa-second-story');
    document.querySelector('h1').textContent = 'Washington weighs reports of missile transfers';
    body.replaceChildren(
      Object.assign(document.createElement('p'), { textContent: 'Officials in Washington and at NATO spent the week weighing reports that Iran has shipped short-range ballistic missiles to Russia, a step that would widen the war in Ukraine and draw new sanctions from Western governments already pressing Tehran.' }),
      ...keep,
    );
  };
})();
</script>`,
  );
}

/** The seed article on a dark site. */
export function darkPage(): string {
  return seedHtml().replace(
    '</head>',
    '<style>html, body { background: #15171a; color: #e3e3e3; font-family: Georgia, serif; } a { color: #8ab4f8; } body { max-width: 860px; margin: 0 auto; padding: 0 16px; }</style></head>',
  );
}

/** A section front: links and teasers, no article. */
export function indexPage(): string {
  const items = Array.from({ length: 12 }, (_, i) => `<li><a href="/story-${i}.html">Headline number ${i + 1} about world affairs</a></li>`).join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>World - World Affairs Daily</title></head>
<body><header><a href="/">World Affairs Daily</a></header><main><h1>World</h1><ul>${items}</ul></main></body></html>`;
}

/**
 * A long read made of the seed article's paragraphs, repeated until it has about `words` words:
 * its blocks go to the background in several parts, and its denials show wherever it is cut.
 */
export function longSeedPage(words: number): string {
  const paras = [...seedHtml().matchAll(/<p[^>]*>([\s\S]*?)<\/p>/gi)]
    .map((m) => (m[1] ?? '').replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim())
    .filter((t) => t.length > 80);
  const out: string[] = [];
  for (let i = 0, count = 0; count < words; i++) {
    const p = paras[i % paras.length] as string;
    out.push(`<p>${p}</p>`);
    count += p.split(' ').length;
  }
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A long read - Test Daily</title></head>
<body><main><article><h1>Iran denies supplying Russia with missiles: a long read</h1>
${out.join('\n')}
</article></main></body></html>`;
}
