// The toolbar badge has one meaning: how many sources the page quotes (the people and bodies
// the panel lists). One colour always; what the number counts, and how many of them deny, is
// said in words in the button's title, never by a colour.
import browser from 'webextension-polyfill';
import type { TabState } from '../shared/messages';

export interface BadgeView {
  text: string;
  title: string;
  color: string;
}

/** The badge's one colour. */
export const BADGE_COLOR = '#1d4e89';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function badgeFor(state: TabState | null): BadgeView {
  const base = 'WhoSaid';
  const view = (text: string, title: string): BadgeView => ({ text, title: `${base}: ${title}`, color: BADGE_COLOR });
  if (!state) return view('', 'who is quoted here');
  if (state.status === 'running') return view('…', 'reading the article');
  if (!state.hasArticle || !state.analysis) return view('', 'no article on this page');
  const quoted = state.analysis.actors.filter((a) => a.statements.length > 0);
  if (quoted.length === 0) return view('', 'no quoted sources found');
  const deny = quoted.filter((a) => a.stance === 'denies').length;
  const statements = state.analysis.statements.length;
  const denial = deny === 0 ? 'none of them denies' : `${deny} of them ${deny === 1 ? 'denies' : 'deny'}`;
  return view(
    String(Math.min(quoted.length, 999)),
    `the number is how many sources this page quotes: ${plural(quoted.length, 'source', 'sources')} (${plural(statements, 'statement', 'statements')}); ${denial}`,
  );
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
