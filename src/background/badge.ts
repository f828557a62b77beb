// The toolbar badge: how many sources deny; failing that, how many statements.
import browser from 'webextension-polyfill';
import type { TabState } from '../shared/messages';

export interface BadgeView {
  text: string;
  title: string;
  color: string;
}

export function badgeFor(state: TabState | null): BadgeView {
  const base = 'WhoSaid';
  if (!state) return { text: '', title: `${base}: who is quoted here`, color: '#1d4e89' };
  if (state.status === 'running') return { text: '…', title: `${base}: reading the article`, color: '#1d4e89' };
  if (!state.hasArticle || !state.analysis) return { text: '', title: `${base}: no article on this page`, color: '#1d4e89' };
  const { actors, statements } = state.analysis;
  const deniers = actors.filter((a) => a.stance === 'denies').length;
  const parts = [
    `${deniers} ${deniers === 1 ? 'source denies' : 'sources deny'}`,
    `${statements.length} ${statements.length === 1 ? 'statement' : 'statements'} from ${actors.length} ${actors.length === 1 ? 'source' : 'sources'}`,
  ];
  const title = `${base}: ${parts.join(' · ')}`;
  if (deniers > 0) return { text: String(deniers), title, color: '#b3261e' };
  if (statements.length > 0) return { text: String(Math.min(statements.length, 999)), title, color: '#1d4e89' };
  return { text: '', title: `${base}: no quoted sources found`, color: '#1d4e89' };
}

export async function paintBadge(tabId: number, state: TabState | null): Promise<void> {
  const view = badgeFor(state);
  try {
    await browser.action.setBadgeText({ tabId, text: view.text });
    await browser.action.setTitle({ tabId, title: view.title });
    if (view.text) await browser.action.setBadgeBackgroundColor({ tabId, color: view.color });
  } catch {
    // The tab may have closed meanwhile.
  }
}
