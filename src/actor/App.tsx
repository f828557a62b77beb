// The actor page: one actor's statements across the reader's history, over time and by
// stance, and the searchable list of every remembered actor. Data comes from the background.
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ActorKind, Stance } from '../engine/types';
import type { ActorSummary, Appearance } from '../history/types';
import { safeHttpUrl } from '../history/url';
import { send } from '../shared/messages';
import { STANCES, STANCE_GROUP } from '../shared/stances';
import { statementShown } from '../shared/statement-text';

const KINDS: ActorKind[] = ['person', 'organization', 'group', 'anonymous'];

interface Selected {
  name: string;
  aliases: string[];
  kind: ActorKind;
}

function fromLocation(): Selected | null {
  const p = new URLSearchParams(location.search);
  const name = p.get('name');
  if (!name) return null;
  const kind = p.get('kind') as ActorKind;
  return { name, aliases: p.getAll('alias'), kind: KINDS.includes(kind) ? kind : 'person' };
}

function dateOf(a: Appearance): string {
  const d = a.published && !Number.isNaN(Date.parse(a.published)) ? new Date(a.published) : new Date(a.visited);
  return d.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

/** A remembered statement: a direct quote in quotation marks, the reporter's words set apart without. */
function RememberedStatement({ text, cue, form }: { text: string; cue: string; form?: Appearance['statements'][number]['form'] }) {
  const shown = statementShown({ text, form });
  return (
    <p class={shown.quoted ? 'quote' : 'quote reported'} data-form={form ?? ''}>
      {!shown.quoted && <span class="form">{shown.label}</span>} {shown.text} <span class="muted">— {cue}</span>
    </p>
  );
}

function ActorHistory({ who }: { who: Selected }) {
  const [data, setData] = useState<{ name: string; appearances: Appearance[] } | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    setData(null);
    send('history/actor', who).then(setData, (e) => setError(String(e)));
  }, [who]);
  // The heading is the name asked for until the history gives its fullest form.
  const heading = (
    <h1 id="actor-name" tabIndex={-1}>
      {data?.name ?? who.name}
    </h1>
  );
  if (error) {
    return (
      <section aria-labelledby="actor-name">
        {heading}
        <p role="alert">{error}</p>
      </section>
    );
  }
  if (!data) {
    return (
      <section aria-labelledby="actor-name" aria-busy="true">
        {heading}
        <p class="muted pending">…</p>
      </section>
    );
  }
  const byStance = new Map<Stance, Appearance[]>(STANCES.map((s) => [s, []]));
  for (const a of data.appearances) byStance.get(a.stance)?.push(a);
  return (
    <section aria-labelledby="actor-name" data-actor-page={data.name}>
      {heading}
      <p class="muted" data-testid="actor-count">
        {data.appearances.length} {data.appearances.length === 1 ? 'article' : 'articles'} in your history
      </p>
      {data.appearances.length === 0 && <p>Nothing remembered for this name yet.</p>}
      {STANCES.filter((s) => (byStance.get(s) ?? []).length > 0).map((stance) => (
        <div key={stance} data-stance={stance}>
          <h2>
            {STANCE_GROUP[stance]} ({byStance.get(stance)!.length})
          </h2>
          <ol class="timeline">
            {byStance
              .get(stance)!
              .slice()
              .sort((a, b) => a.visited - b.visited)
              .map((a) => {
                const href = safeHttpUrl(a.url);
                return (
                  <li key={a.url} class={`stance-${stance}`}>
                    <div>
                      {href ? (
                        <a href={href} target="_blank" rel="noopener noreferrer">
                          {a.title}
                        </a>
                      ) : (
                        a.title
                      )}{' '}
                      <span class="muted">
                        {a.site} · {dateOf(a)}
                        {a.role ? ` · ${a.role}` : ''}
                      </span>
                    </div>
                    {a.statements.map((s, i) => (
                      <RememberedStatement key={i} text={s.text} cue={s.cue} form={s.form} />
                    ))}
                  </li>
                );
              })}
          </ol>
        </div>
      ))}
    </section>
  );
}

/** The skip link moves the focus, not only the view, so that the next Tab starts there. */
function skipToHeading(e: Event): void {
  const heading = document.getElementById('actor-name');
  if (!heading) return;
  e.preventDefault();
  heading.focus();
  heading.scrollIntoView({ block: 'start' });
}

export function App() {
  const [who, setWho] = useState<Selected | null>(fromLocation);
  const [query, setQuery] = useState('');
  const [actors, setActors] = useState<ActorSummary[] | null>(null);
  useEffect(() => {
    const t = setTimeout(() => {
      send('history/actors', { query }).then((r) => setActors(r.actors), () => setActors([]));
    }, 120);
    return () => clearTimeout(t);
  }, [query]);
  const pick = (a: ActorSummary) => {
    const next = { name: a.name, aliases: [], kind: a.kind };
    const url = new URL(location.href);
    url.search = new URLSearchParams({ name: a.name, kind: a.kind }).toString();
    history.pushState(null, '', url.href);
    setWho(next);
  };
  useEffect(() => {
    const back = () => setWho(fromLocation());
    addEventListener('popstate', back);
    return () => removeEventListener('popstate', back);
  }, []);
  const list = useMemo(() => actors ?? [], [actors]);
  return (
    <>
    <a class="skip" href="#actor-name" onClick={skipToHeading}>
      Skip to the main heading
    </a>
    <main class="page">
      <nav aria-labelledby="all-actors">
        <h2 id="all-actors">Everyone you have read quoted</h2>
        <label>
          <span class="muted">Search names</span>
          <input type="search" value={query} onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)} />
        </label>
        {actors === null ? (
          <p class="muted pending" aria-busy="true">…</p>
        ) : list.length === 0 ? (
          <p class="muted">No one yet. Open news articles and WhoSaid remembers who was quoted, on this device only.</p>
        ) : (
          <ul class="actor-list" data-testid="actor-list">
            {list.map((a) => (
              <li key={`${a.key}|${a.name}`}>
                <button type="button" onClick={() => pick(a)}>
                  {a.name}
                </button>{' '}
                <span class="muted">
                  ({a.articles})
                </span>
              </li>
            ))}
          </ul>
        )}
      </nav>
      <div>
        {who ? (
          <ActorHistory who={who} />
        ) : (
          <section aria-labelledby="actor-name">
            <h1 id="actor-name" tabIndex={-1}>
              Who said what in your reading
            </h1>
            <p class="muted">Choose a name to see what they said across your reading.</p>
          </section>
        )}
      </div>
    </main>
    </>
  );
}
