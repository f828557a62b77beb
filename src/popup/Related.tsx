// Related reporting for one actor: links in the article, the reader's own earlier
// articles, and news searches. Every href passed through safeHttpUrl.
import browser from 'webextension-polyfill';
import type { ComponentChildren } from 'preact';
import type { Actor } from '../engine/types';
import { summarise } from '../history/record';
import { buildQuery, searchLinks } from '../history/query';
import type { Appearance, PageLink, RecordedStatement } from '../history/types';
import { statementShown } from '../shared/statement-text';
import { safeHttpUrl } from '../history/url';
import { STANCE_VERB } from '../shared/stances';
import { actorPageUrl } from './related';

interface Props {
  actor: Actor;
  title: string;
  links: PageLink[];
  earlier: Appearance[] | null;
  otherNames: string[];
}

function when(a: Appearance): string {
  const d = a.published && !Number.isNaN(Date.parse(a.published)) ? new Date(a.published) : new Date(a.visited);
  return d.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric' });
}

function Link({ href, children, label }: { href: string; children: ComponentChildren; label?: string }) {
  const safe = safeHttpUrl(href);
  if (!safe) return <span>{children}</span>;
  return (
    <a href={safe} target="_blank" rel="noopener noreferrer" aria-label={label}>
      {children}
    </a>
  );
}

/** A remembered statement: a quote in quotation marks, the reporter's words without. */
function EarlierStatement({ statement }: { statement: RecordedStatement }) {
  const shown = statementShown(statement);
  return (
    <div class={shown.quoted ? 'earlier-quote' : 'earlier-quote reported'} data-form={statement.form ?? ''}>
      {shown.text}
    </div>
  );
}

export function Related({ actor, title, links, earlier, otherNames }: Props) {
  const own = links.filter((l) => actor.statements.includes(l.statement));
  const unique = own.filter((l, i) => own.findIndex((m) => m.href === l.href) === i);
  const query = buildQuery(actor.name, title, otherNames);
  const summary = earlier ? summarise(earlier) : '';
  const openActor = () => {
    void browser.tabs.create({ url: actorPageUrl(browser.runtime.getURL('/'), actor) });
  };
  return (
    <div class="related" data-related={actor.name}>
      {summary && (
        <p class="history-summary" data-testid="history-summary">
          {summary}
        </p>
      )}
      <details>
        <summary>Related reporting</summary>
        {unique.length > 0 && (
          <section aria-label={`Links in this article near ${actor.name}`}>
            <h4>In this article</h4>
            <ul class="links" data-kind="article-links">
              {unique.map((l) => (
                <li key={l.href}>
                  <Link href={l.href}>{l.text}</Link>
                </li>
              ))}
            </ul>
          </section>
        )}
        {earlier && earlier.length > 0 && (
          <section aria-label={`Earlier articles quoting ${actor.name}`}>
            <h4>In your earlier reading</h4>
            <ul class="links" data-kind="earlier">
              {earlier.map((a) => (
                <li key={a.url} data-earlier={a.url}>
                  <Link href={a.url}>{a.title}</Link>
                  <div class="meta">
                    {a.site} · {when(a)} · <span class={`mark-${a.stance}`}>{STANCE_VERB[a.stance]}</span>
                  </div>
                  {a.statements[0] && <EarlierStatement statement={a.statements[0]} />}
                </li>
              ))}
            </ul>
          </section>
        )}
        <section aria-label={`News searches for ${actor.name}`}>
          <h4>Search the news</h4>
          <p class="query">{query}</p>
          <ul class="links inline" data-kind="search">
            {searchLinks(query).map((s) => (
              <li key={s.service}>
                <Link href={s.href}>{s.service}</Link>
              </li>
            ))}
          </ul>
        </section>
        <button type="button" class="ghost actor-page" onClick={openActor}>
          All of {actor.name} in your history
        </button>
      </details>
    </div>
  );
}
