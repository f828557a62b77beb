// Export the page's actors and statements: Markdown (for notes), JSON, CSV.
import type { Analysis } from '../engine/types';
import { pageCsv, pageJson, pageMarkdown } from '../history/export';
import { download, fileStem } from './related';

export function ExportBar({ analysis, url, title }: { analysis: Analysis; url: string; title: string }) {
  const stem = fileStem(title);
  return (
    <div class="export" role="group" aria-label="Export this page's sources">
      <span class="export-label">Export:</span>
      <button type="button" class="ghost" data-export="md" onClick={() => download(`${stem}.md`, 'text/markdown', pageMarkdown(analysis, url, title))}>
        Markdown
      </button>
      <button type="button" class="ghost" data-export="json" onClick={() => download(`${stem}.json`, 'application/json', pageJson(analysis, url, title))}>
        JSON
      </button>
      <button type="button" class="ghost" data-export="csv" onClick={() => download(`${stem}.csv`, 'text/csv', pageCsv(analysis, url))}>
        CSV
      </button>
    </div>
  );
}
