// Notices late content (lazy loading, live blogs, "read more") and single-page-app
// navigation, and calls back debounced so that a burst of changes costs one pass.
import { debounce } from './slice';

export interface ObserveOptions {
  /** Content changed on the same URL. */
  onContent: () => void;
  /** The URL changed without a new document (pushState, Navigation API, back/forward). */
  onNavigate: () => void;
  /** Elements whose mutations are WhoSaid's own and never count. */
  ignore: (node: Node) => boolean;
}

const INERT = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'SVG', 'CANVAS', 'VIDEO', 'AUDIO']);

function isInert(el: Element | null): boolean {
  return !!el && INERT.has(el.nodeName.toUpperCase());
}

/** Whether an added or removed node can change the article: prose, not ads' empty boxes or scripts. */
function carriesText(node: Node): boolean {
  if (node.nodeType === Node.TEXT_NODE) return (node.nodeValue ?? '').trim().length > 0 && !isInert(node.parentElement);
  if (node.nodeType !== Node.ELEMENT_NODE || isInert(node as Element)) return false;
  return (node.textContent ?? '').trim().length >= 20;
}

export function observePage({ onContent, onNavigate, ignore }: ObserveOptions): () => void {
  let url = location.href;
  const content = debounce(onContent, 900, 4000);
  const checkUrl = (): boolean => {
    if (location.href === url) return false;
    url = location.href;
    content.cancel();
    onNavigate();
    return true;
  };

  const observer = new MutationObserver((records) => {
    try {
      if (checkUrl()) return;
      let relevant = false;
      for (const r of records) {
        if (ignore(r.target)) continue;
        if (r.type === 'characterData') {
          if (isInert(r.target.parentElement)) continue;
          relevant = true;
          break;
        }
        const nodes = [...Array.from(r.addedNodes), ...Array.from(r.removedNodes)];
        if (nodes.some((n) => !ignore(n) && carriesText(n))) {
          relevant = true;
          break;
        }
      }
      if (relevant) content();
    } catch {
      // never throw into the page
    }
  });
  const target = document.body ?? document.documentElement;
  observer.observe(target, { childList: true, subtree: true, characterData: true });

  const onNav = () => {
    try {
      // Let the app render the new view first.
      setTimeout(() => checkUrl(), 50);
    } catch {
      // ignore
    }
  };
  const navigation = (globalThis as { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('navigatesuccess', onNav);
  addEventListener('popstate', onNav);
  addEventListener('hashchange', onNav);
  // Fallback for apps that change the URL without touching the DOM we watch.
  const poll = setInterval(() => {
    try {
      checkUrl();
    } catch {
      // ignore
    }
  }, 1500);

  return () => {
    observer.disconnect();
    content.cancel();
    navigation?.removeEventListener('navigatesuccess', onNav);
    removeEventListener('popstate', onNav);
    removeEventListener('hashchange', onNav);
    clearInterval(poll);
  };
}
