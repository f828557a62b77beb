import { useMemo, useState } from 'preact/hooks';
import { sendToTab } from '../shared/messages';
import { groupActors } from './group';
import { useTab } from './useTab';
import { ActorGroups } from './ActorGroups';
import { Empty } from './Empty';
import { SiteSwitch } from './SiteSwitch';
import { ExportBar } from './ExportBar';
import { useRelated } from './related';

export function App() {
  const view = useTab();
  const { state, tabId } = view;
  const [filter, setFilter] = useState('');
  const [notice, setNotice] = useState('');

  const analysis = state?.status === 'done' ? state.analysis : null;
  const groups = useMemo(() => (analysis ? groupActors(analysis, filter) : []), [analysis, filter]);
  const hasStatements = !!analysis && analysis.statements.length > 0;
  const earlier = useRelated(analysis, state?.url);
  const related = useMemo(() => {
    if (!analysis) return undefined;
    const byId = earlier ? new Map(analysis.actors.map((a, i) => [a.id, earlier[i] ?? []])) : null;
    const names = analysis.actors
      .filter((a) => a.kind !== 'anonymous')
      .sort((a, b) => b.statements.length - a.statements.length)
      .slice(0, 3)
      .map((a) => a.name);
    return { title: analysis.title || state?.title || '', links: state?.links ?? [], earlier: byId, names };
  }, [analysis, earlier, state?.links, state?.title]);

  const showStatement = async (id: number) => {
    if (tabId === null) return;
    try {
      const { ok } = await sendToTab(tabId, 'content/scroll-to', { statement: id });
      setNotice(ok ? 'Shown on the page.' : 'That statement is no longer on the page.');
    } catch {
      setNotice('The page is not reachable; reload it and try again.');
    }
  };

  const toggleHighlights = async () => {
    if (tabId === null || !state) return;
    try {
      const { on } = await sendToTab(tabId, 'content/toggle', { on: !state.highlightsOn });
      setNotice(on ? 'Highlights shown.' : 'Highlights hidden.');
      await view.refresh();
    } catch {
      setNotice('The page is not reachable.');
    }
  };

  const title = analysis?.title || state?.title || '';

  return (
    <main class="popup" aria-busy={view.loading}>
      <header class="head">
        <h1 class="brand">WhoSaid</h1>
        {title && (
          <p class="title" data-testid="article-title">
            {title}
          </p>
        )}
      </header>

      {hasStatements && (
        <div class="tools">
          <label class="filter">
            <span class="sr-only">Filter sources and statements</span>
            <input
              type="search"
              placeholder="Filter sources or words…"
              value={filter}
              onInput={(e) => setFilter((e.currentTarget as HTMLInputElement).value)}
              aria-controls="groups"
            />
          </label>
          {/* One fixed label; its pressed state says whether the highlights show. */}
          <button type="button" class="ghost toggle" data-testid="highlights-toggle" onClick={toggleHighlights} aria-pressed={state?.highlightsOn ?? true}>
            Highlights
          </button>
        </div>
      )}

      <div aria-live="polite" class="status">
        <Empty view={view} onNotice={setNotice} />
        {hasStatements && groups.length === 0 && <p class="empty">No source or statement matches “{filter}”.</p>}
      </div>

      {hasStatements && <ActorGroups groups={groups} onShow={showStatement} related={related} />}

      {hasStatements && analysis && <ExportBar analysis={analysis} url={state?.url ?? ''} title={title} />}

      <p class="sr-only" role="status" aria-live="polite">
        {notice}
      </p>

      <footer class="foot">
        <SiteSwitch view={view} onNotice={setNotice} />
      </footer>
    </main>
  );
}
