// Functions evaluated inside pages (seed page and popup). Each is self-contained:
// drivers serialise them, so they may use nothing from this module's scope.

export interface HighlightInfo {
  name: string;
  texts: string[];
}

/** WhoSaid's highlights as the page sees them (CSS.highlights of the main world). */
export function readHighlights(): HighlightInfo[] {
  const out: HighlightInfo[] = [];
  const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
  if (!registry) return out;
  registry.forEach((highlight, name) => {
    if (!name.startsWith('whosaid-')) return;
    const texts: string[] = [];
    highlight.forEach((range) => texts.push((range as Range).toString()));
    out.push({ name, texts });
  });
  return out;
}

/**
 * Where the page's highlight styles come from: the packaged stylesheet the browser adds
 * (it sets --whosaid-styled on the root) and how many sheets were adopted by script; the
 * styles the reader sees, as the computed underline of the first denial highlight.
 */
export function highlightStyling(): { packaged: boolean; adopted: number } {
  return {
    packaged: getComputedStyle(document.documentElement).getPropertyValue('--whosaid-styled').trim() === '1',
    adopted: document.adoptedStyleSheets.length,
  };
}

/**
 * Installed before a page loads: at every frame, notes each WhoSaid highlight that holds
 * ranges. A frame's animation callbacks run just before it is painted, so these are the
 * highlights a reader could have seen, from the first paint on.
 */
export function watchPaintedHighlights(): void {
  const seen: string[] = [];
  (window as unknown as { __whosaidSeen: string[] }).__whosaidSeen = seen;
  const tick = (): void => {
    const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
    registry?.forEach((highlight, name) => {
      if (name.startsWith('whosaid-') && highlight.size > 0 && !seen.includes(name)) seen.push(name);
    });
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

/** The highlight names watchPaintedHighlights saw painted. */
export function paintedHighlights(): string[] {
  return [...((window as unknown as { __whosaidSeen?: string[] }).__whosaidSeen ?? [])];
}

/** The page's own text and top-level structure, to show WhoSaid left them alone. */
export function pageFingerprint(): { text: string; bodyHtmlLength: number; rootChildren: string[] } {
  return {
    text: document.body.textContent ?? '',
    bodyHtmlLength: document.body.innerHTML.length,
    rootChildren: Array.from(document.documentElement.children).map((e) => e.tagName.toLowerCase()),
  };
}

/** Where the flash highlight is relative to the viewport, if it is on. */
export function flashPosition(): { top: number; bottom: number; viewport: number; scrollY: number; text: string } | null {
  const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
  const flash = registry?.get('whosaid-flash');
  if (!flash) return null;
  let first: Range | null = null;
  flash.forEach((r) => {
    first ??= r as Range;
  });
  if (!first) return null;
  const rect = (first as Range).getBoundingClientRect();
  return { top: rect.top, bottom: rect.bottom, viewport: innerHeight, scrollY, text: (first as Range).toString() };
}

/** A point inside the first highlighted range of a highlight name prefix, for hovering. */
export function highlightPoint(suffix: string): { x: number; y: number } | null {
  const registry = (CSS as unknown as { highlights?: Map<string, Set<AbstractRange>> }).highlights;
  let point: { x: number; y: number } | null = null;
  registry?.forEach((highlight, name) => {
    if (point || !name.startsWith('whosaid-') || !name.endsWith(suffix)) return;
    highlight.forEach((r) => {
      if (point) return;
      const rects = (r as Range).getClientRects();
      const rect = rects[0];
      if (rect && rect.width > 4) point = { x: rect.left + Math.min(20, rect.width / 2), y: rect.top + rect.height / 2 };
    });
  });
  return point;
}

/** The card in WhoSaid's shadow root, as text. */
export function cardText(): string | null {
  const host = document.querySelector('whosaid-ui');
  const card = host?.shadowRoot?.querySelector('.card') as HTMLElement | null | undefined;
  return card && !card.hidden ? card.textContent : null;
}

/** The open card's text, and the elements page text could have smuggled into it. */
export function cardContents(): { text: string; unsafe: number } | null {
  const card = document.querySelector('whosaid-ui')?.shadowRoot?.querySelector('.card') as HTMLElement | null | undefined;
  if (!card || card.hidden) return null;
  const unsafe = card.querySelectorAll('img, iframe, object, embed, script, [onerror], [onmouseover], a[href^="javascript:" i], a[href^="data:" i]').length;
  return { text: card.textContent ?? '', unsafe };
}

/** The popup's stance groups: group -> actor names. */
export function popupGroups(): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  document.querySelectorAll<HTMLElement>('section[data-group]').forEach((section) => {
    out[section.dataset.group ?? ''] = Array.from(section.querySelectorAll('.actor-name')).map((e) => e.textContent ?? '');
  });
  return out;
}

/** The popup's empty-state marker and title, to wait on. */
export function popupStatus(): { state: string | null; title: string | null; groups: number } {
  return {
    state: document.querySelector('[data-state]')?.getAttribute('data-state') ?? null,
    title: document.querySelector('[data-testid="article-title"]')?.textContent ?? null,
    groups: document.querySelectorAll('section[data-group]').length,
  };
}

/** The card as the keyboard left it: open or not, whether it holds the focus, and what had it otherwise. */
export function cardFocus(): { open: boolean; focused: boolean; active: string; name: string; position: string } {
  const host = document.querySelector('whosaid-ui');
  const card = host?.shadowRoot?.querySelector('.card') as HTMLElement | null | undefined;
  const open = !!card && !card.hidden;
  const active = document.activeElement;
  return {
    open,
    focused: !!host && active === host && host.shadowRoot?.activeElement === card,
    active: active ? `${active.tagName.toLowerCase()}${active.id ? `#${active.id}` : ''}` : '',
    name: card?.getAttribute('aria-label') ?? '',
    position: /Statement \d+ of \d+/.exec(card?.querySelector('.brand')?.textContent ?? '')?.[0] ?? '',
  };
}
