import { describe, expect, it } from 'vitest';
import { buildQuery, headlineKeywords, searchLinks } from '../src/history/query';
import { pageKey, parseSite, safeHttpUrl, siteExcluded, siteOf } from '../src/history/url';
import { csvCell, pageCsv, pageMarkdown } from '../src/history/export';
import type { Analysis } from '../src/engine/types';

describe('query building', () => {
  const title = 'Kremlin declines to comment on reports Iran is sending ballistic missiles to Russia';

  it('keeps a few salient headline words, names first, not the whole title', () => {
    const words = headlineKeywords(title, [], 4);
    expect(words).toEqual(['Iran', 'ballistic', 'missiles', 'Russia']);
  });

  it('puts the actor in quotes and leaves their own name out of the topic words', () => {
    const q = buildQuery('Dmitry Peskov', 'Peskov says Iran missile reports are unfounded');
    expect(q.startsWith('"Dmitry Peskov"')).toBe(true);
    expect(q).toContain('Iran');
    expect(q.match(/Peskov/g)).toHaveLength(1);
    expect(q.length).toBeLessThan(title.length + 20);
  });

  it('adds the most salient other name', () => {
    const q = buildQuery('Peskov', title, ['Peskov', 'John Kirby']);
    expect(q).toContain('"John Kirby"');
    expect(q.split(' ').length).toBeLessThanOrEqual(8);
  });

  it('builds every search URL with URLSearchParams on https', () => {
    const q = '"Dmitry Peskov" Iran & missiles #1 ?x=<script>';
    const links = searchLinks(q);
    expect(links.map((l) => l.service)).toEqual(['Google News', 'Bing News', 'DuckDuckGo News', 'GDELT']);
    for (const l of links) {
      const url = new URL(l.href);
      expect(url.protocol).toBe('https:');
      expect(url.hash).toBe('');
      expect(url.searchParams.get(url.hostname.startsWith('api.gdelt') ? 'query' : 'q')).toBe(q);
    }
  });
});

describe('URL safety', () => {
  it('never turns javascript:, data:, vbscript:, file: or blob: into a link', () => {
    for (const bad of [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'java\nscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'file:///etc/passwd',
      'blob:https://example.com/uuid',
      'chrome://settings',
      '',
      '   ',
    ]) {
      expect(safeHttpUrl(bad, 'https://news.example/a'), bad).toBeNull();
    }
    expect(safeHttpUrl(42)).toBeNull();
    expect(safeHttpUrl('//evil.example', undefined)).toBeNull();
  });

  it('resolves relative links and strips credentials', () => {
    expect(safeHttpUrl('/report.pdf', 'https://news.example/world/a.html')).toBe('https://news.example/report.pdf');
    expect(safeHttpUrl('https://user:pw@example.com/x')).toBe('https://example.com/x');
    expect(safeHttpUrl('http://example.com')).toBe('http://example.com/');
  });

  it('keys pages without their fragment and names sites without www', () => {
    expect(pageKey('https://www.bbc.co.uk/news/x#comments')).toBe('https://www.bbc.co.uk/news/x');
    expect(pageKey('javascript:alert(1)')).toBeNull();
    expect(siteOf('https://www.bbc.co.uk/news/x')).toBe('bbc.co.uk');
    expect(siteExcluded('news.bbc.co.uk', ['bbc.co.uk'])).toBe(true);
    expect(siteExcluded('notbbc.co.uk', ['bbc.co.uk'])).toBe(false);
    expect(parseSite('https://www.Example.com/path')).toBe('example.com');
    expect(parseSite('javascript:alert(1)')).toBeNull();
  });
});

const analysis: Analysis = {
  title: 'Port denies contract',
  statements: [
    { id: 0, actor: 0, speaker: 'Marta Kovalenko', text: 'There is no contract', content: { block: 1, start: 0, end: 5 }, cue: 'said', cueSpan: null, mention: 'Marta Kovalenko', mentionSpan: null, form: 'direct', stance: 'denies', stanceWhy: [] },
    { id: 1, actor: 1, speaker: 'Council', text: '=HYPERLINK("http://x")', content: { block: 2, start: 0, end: 5 }, cue: 'said', cueSpan: null, mention: 'Council', mentionSpan: null, form: 'indirect', stance: 'asserts', stanceWhy: [] },
  ],
  actors: [
    { id: 0, name: 'Marta Kovalenko', aliases: ['Kovalenko'], kind: 'person', role: 'spokeswoman', stance: 'denies', statements: [0] },
    { id: 1, name: 'Council', aliases: [], kind: 'organization', role: '', stance: 'asserts', statements: [1] },
  ],
};

describe('exports', () => {
  it('writes Markdown per actor', () => {
    const md = pageMarkdown(analysis, 'https://port.example/a#x', 'Port denies contract');
    expect(md).toContain('# Port denies contract');
    expect(md).toContain('<https://port.example/a>');
    expect(md).toContain('## Marta Kovalenko — denies');
    expect(md).toContain('“There is no contract”');
  });

  it('writes CSV with quoted cells and no live formulas', () => {
    const csv = pageCsv(analysis, 'https://port.example/a');
    expect(csv.split('\r\n')[0]).toBe('"url","actor","kind","role","actor_stance","statement_stance","form","cue","statement"');
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(csvCell('a "b"')).toBe('"a ""b"""');
  });

});
