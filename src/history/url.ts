// URL safety: only http: and https: URLs ever become links, always built with URL.

/** The absolute http(s) URL for `href` (resolved against `base`), or null for anything else. */
export function safeHttpUrl(href: unknown, base?: string): string | null {
  if (typeof href !== 'string') return null;
  const trimmed = href.trim();
  if (!trimmed || trimmed.length > 4096) return null;
  let url: URL;
  try {
    url = base ? new URL(trimmed, base) : new URL(trimmed);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (!url.hostname) return null;
  // Credentials in a link are a phishing device, never something a reader needs.
  url.username = '';
  url.password = '';
  return url.href;
}

/** The record key for a page: its http(s) URL without the fragment. */
export function pageKey(href: string): string | null {
  const safe = safeHttpUrl(href);
  if (!safe) return null;
  const url = new URL(safe);
  url.hash = '';
  return url.href;
}

/** Host name without a leading "www.", lower case; "" when not an http(s) URL. */
export function siteOf(href: string): string {
  const safe = safeHttpUrl(href);
  return safe ? new URL(safe).hostname.toLowerCase().replace(/^www\./, '') : '';
}

/** Whether `site` is `excluded` or one of its subdomains. */
export function siteExcluded(site: string, excluded: readonly string[]): boolean {
  const s = site.toLowerCase().replace(/^www\./, '');
  return excluded.some((e) => {
    const x = e.trim().toLowerCase().replace(/^www\./, '');
    return !!x && (s === x || s.endsWith(`.${x}`));
  });
}

/** A site entered by the user (host or URL) as a bare host name, or null. */
export function parseSite(input: string): string | null {
  const t = input.trim();
  if (!t) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(t) ? t : `https://${t}`;
  const safe = safeHttpUrl(withScheme);
  if (!safe) return null;
  const host = new URL(safe).hostname.toLowerCase().replace(/^www\./, '');
  return /^[a-z0-9.-]+$/.test(host) && host.includes('.') ? host : host === 'localhost' ? host : null;
}
