// Loads, for the popup's page, each actor's earlier appearances from the background.
import { useEffect, useState } from 'preact/hooks';
import type { Analysis } from '../engine/types';
import type { Appearance } from '../history/types';
import { send } from '../shared/messages';

/** Earlier appearances per actor index (null while loading or unavailable). */
export function useRelated(analysis: Analysis | null, url: string | undefined): Appearance[][] | null {
  const [related, setRelated] = useState<Appearance[][] | null>(null);
  useEffect(() => {
    let stopped = false;
    setRelated(null);
    if (!analysis || !url) return;
    const actors = analysis.actors.map((a) => ({ name: a.name, aliases: a.aliases, kind: a.kind }));
    send('history/related', { url, actors })
      .then((r) => !stopped && setRelated(r.related))
      .catch(() => !stopped && setRelated(null));
    return () => {
      stopped = true;
    };
  }, [analysis, url]);
  return related;
}

/** The extension page for one actor, built with URL + URLSearchParams. */
export function actorPageUrl(base: string, actor: { name: string; aliases: string[]; kind: string }): string {
  const url = new URL('src/actor/index.html', base);
  const params = new URLSearchParams({ name: actor.name, kind: actor.kind });
  for (const a of actor.aliases.slice(0, 8)) params.append('alias', a);
  url.search = params.toString();
  return url.href;
}

/** Saves text as a file from an extension page. */
export function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** A file name from a title: letters, digits and dashes. */
export function fileStem(title: string): string {
  return (
    title
      .normalize('NFKD')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .toLowerCase() || 'whosaid'
  );
}
