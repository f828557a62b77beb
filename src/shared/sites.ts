// Match patterns and origins: which pages WhoSaid reads on its own.

/** The origin of an http(s) URL, or null for anything else (about:, chrome://, files...). */
export function httpOrigin(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.origin : null;
  } catch {
    return null;
  }
}

/** An origin without its port: match patterns cannot name ports in every browser (Firefox). */
export function siteOf(origin: string): string {
  try {
    const u = new URL(origin);
    return `${u.protocol}//${u.hostname}`;
  } catch {
    return origin;
  }
}

/** The host permission pattern that covers one origin (any port). */
export function originPattern(origin: string): string {
  return `${siteOf(origin)}/*`;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Whether a URL matches a WebExtension match pattern (scheme://host/path). */
export function matchesPattern(pattern: string, url: string): boolean {
  if (pattern === '<all_urls>') return httpOrigin(url) !== null;
  const m = /^(\*|https?|file|ftp):\/\/([^/]*)(\/.*)$/.exec(pattern);
  if (!m) return false;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  const [, scheme, host, path] = m as unknown as [string, string, string, string];
  const protocol = u.protocol.slice(0, -1);
  if (scheme === '*' ? protocol !== 'http' && protocol !== 'https' : protocol !== scheme) return false;
  if (host !== '*') {
    if (host.startsWith('*.')) {
      const base = host.slice(2);
      if (u.hostname !== base && !u.hostname.endsWith(`.${base}`)) return false;
    } else if (u.hostname !== host.replace(/:\d+$/, '')) {
      return false;
    }
  }
  const pathRe = new RegExp(`^${path.split('*').map(escapeRegExp).join('.*')}$`);
  return pathRe.test(u.pathname + u.search);
}

/** The hosts of a list of match patterns, for display ("nytimes.com"). */
export function patternHost(pattern: string): string {
  const m = /^[^:]+:\/\/(?:\*\.)?([^/]+)\//.exec(pattern);
  return m?.[1] ?? pattern;
}
