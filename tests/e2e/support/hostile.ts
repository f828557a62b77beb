// Hostile and strange pages. Small ones are files in tests/e2e/fixtures/hostile/; the huge ones
// (a 2 MB paragraph, 50,000 paragraphs) are made here at test time so no multi-MB file is committed.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './env';

export const HOSTILE_DIR = join(ROOT, 'tests', 'e2e', 'fixtures', 'hostile');

const SENTENCES = [
  'The ministry said on Tuesday that the harbour would reopen once the inspections were complete.',
  '"We have seen no evidence of any such shipment," a spokesman for the port authority told reporters.',
  'Officials declined to comment on the timing of the next round of talks between the two governments.',
  'Local traders said prices had risen sharply since the start of the month, and several shops had closed.',
];

function page(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title} - Hostile Daily</title></head>
<body><main><article><h1>${title}</h1>
${body}
</article></main></body></html>`;
}

/** One paragraph of about two million characters. */
function bigParagraph(): string {
  const parts: string[] = [];
  let n = 0;
  for (let i = 0; n < 2_000_000; i++) {
    const s = SENTENCES[i % SENTENCES.length] as string;
    parts.push(s);
    n += s.length + 1;
  }
  return page('A report in one very long paragraph', `<p>${parts.join(' ')}</p>`);
}

function manyParagraphs(count: number): string {
  const ps: string[] = [];
  for (let i = 0; i < count; i++) ps.push(`<p>${SENTENCES[i % SENTENCES.length]}</p>`);
  return page(`A report in ${count} paragraphs`, ps.join('\n'));
}

/** Fixture name -> HTML: the files on disk plus the generated ones. */
export function hostilePages(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of readdirSync(HOSTILE_DIR).sort()) {
    if (f.endsWith('.html')) out[`hostile/${f}`] = readFileSync(join(HOSTILE_DIR, f), 'utf8');
  }
  out['hostile/big-paragraph.html'] = bigParagraph();
  out['hostile/many-paragraphs.html'] = manyParagraphs(50_000);
  return out;
}

/** Response headers by path (the strict Content-Security-Policy page). */
export const HOSTILE_HEADERS: Record<string, Record<string, string>> = {
  'hostile/csp.html': {
    'content-security-policy': "default-src 'none'; img-src 'self'; style-src 'none'; script-src 'none'; connect-src 'none'; frame-src 'none'; base-uri 'none'; form-action 'none'",
  },
};

/** The pages every browser loads, with what each must show beyond the common checks. */
export interface HostileCase {
  path: string;
  /** No WhoSaid highlight may appear (contenteditable, RTL, CJK pages). */
  noHighlightsIn?: 'all' | 'editable';
  /** The page keeps rewriting itself: watch this long and bound the passes. */
  watchMs?: number;
  /** Inspect the popup for inert rendering of markup-like text. */
  inertPopup?: boolean;
  timeoutMs?: number;
}

export const HOSTILE_CASES: HostileCase[] = [
  { path: 'hostile/quotes.html' },
  { path: 'hostile/big-paragraph.html', timeoutMs: 90_000 },
  { path: 'hostile/many-paragraphs.html', timeoutMs: 90_000 },
  { path: 'hostile/deep.html' },
  { path: 'hostile/shadow-iframe.html' },
  { path: 'hostile/editable.html', noHighlightsIn: 'editable' },
  { path: 'hostile/builtins.html' },
  { path: 'hostile/csp.html' },
  { path: 'hostile/markup-text.html', inertPopup: true },
  { path: 'hostile/rtl.html', noHighlightsIn: 'all' },
  { path: 'hostile/cjk.html', noHighlightsIn: 'all' },
  { path: 'hostile/rewrite.html', watchMs: 6000 },
];

// ---- functions evaluated in pages: self-contained, and free of the builtins a hostile page replaces.

/** A fingerprint of the page's own DOM: text length and hash (light DOM, shadow roots, same-origin frames) and element count. */
export function domFingerprint(): { textLength: number; hash: number; elements: number } {
  let hash = 0;
  let textLength = 0;
  let elements = 0;
  const stack: Node[] = [document.documentElement];
  while (stack.length) {
    const node = stack.pop() as Node;
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      textLength += data.length;
      for (let i = 0; i < data.length; i++) hash = (hash * 31 + data.charCodeAt(i)) | 0;
      continue;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11) continue;
    if (node.nodeType === 1) {
      const el = node as Element;
      if (el.localName === 'whosaid-ui') continue;
      elements++;
      if (el.shadowRoot) stack.push(el.shadowRoot);
      if (el.localName === 'iframe') {
        try {
          const d = (el as HTMLIFrameElement).contentDocument;
          if (d?.documentElement) stack.push(d.documentElement);
        } catch {
          // cross-origin
        }
      }
    }
    for (let c = node.lastChild; c; c = c.previousSibling) stack.push(c);
  }
  return { textLength, hash, elements };
}

/** WhoSaid's highlighted ranges: how many, and how many fall inside contenteditable regions. */
export function highlightSummary(): { ranges: number; inEditable: number; texts: string[] } {
  const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
  let ranges = 0;
  let inEditable = 0;
  const texts: string[] = [];
  registry?.forEach((h, name) => {
    if (name.indexOf('whosaid-') !== 0 || name === 'whosaid-flash') return;
    h.forEach((r) => {
      ranges++;
      const range = r as Range;
      if (texts.length < 5) texts.push(range.toString().slice(0, 120));
      let n: Node | null = range.startContainer;
      while (n && n.nodeType !== 1) n = n.parentNode;
      if (n && (n as Element).closest('[contenteditable]:not([contenteditable="false"])')) inEditable++;
    });
  });
  return { ranges, inEditable, texts };
}
