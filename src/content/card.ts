// The one element WhoSaid adds to a page: a host with a shadow root holding the
// statement card (speaker, role, stance, cue). All page text is set as text.
import type { Actor, Statement } from '../engine/types';
import { STANCE_MARK, STANCE_VERB, stanceWhyLine } from '../shared/stances';
import { cueLine } from '../shared/cue-label';
import { statementShown } from '../shared/statement-text';
import type { Theme } from './theme';

const HOST_TAG = 'whosaid-ui';

const CARD_CSS = `
:host { all: initial; }
.card {
  position: fixed; z-index: 2147483647; max-width: min(360px, calc(100vw - 16px));
  box-sizing: border-box; padding: 10px 12px 10px; border-radius: 8px;
  font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  box-shadow: 0 4px 18px rgba(0,0,0,.28); border: 1px solid; text-align: left;
}
.card[data-theme="light"] { background: #fff; color: #1b1b1f; border-color: #c7c7cf; }
.card[data-theme="dark"] { background: #202124; color: #ececf1; border-color: #55555f; }
.card[hidden] { display: none; }
.top { display: flex; align-items: baseline; gap: 8px; }
.speaker { font-weight: 650; font-size: 15px; flex: 1; }
.close { all: unset; cursor: pointer; padding: 0 4px; font-size: 18px; line-height: 1; border-radius: 4px; }
.close:focus-visible { outline: 2px solid currentColor; }
.role { opacity: .8; font-size: 13px; margin-top: 1px; }
.stance { margin-top: 6px; font-size: 13px; display: flex; gap: 6px; align-items: center; }
.badge { font-weight: 600; padding: 1px 6px; border-radius: 4px; border: 1px solid currentColor; }
.badge[data-stance="denies"] { text-decoration: underline wavy; }
.badge[data-stance="declines"] { text-decoration: underline dashed; }
.badge[data-stance="confirms"] { text-decoration: underline double; }
.badge[data-stance="asserts"] { text-decoration: underline dotted; }
.cue { margin-top: 4px; font-size: 13px; opacity: .85; }
.why { margin-top: 2px; font-size: 12px; opacity: .8; overflow-wrap: anywhere; }
.brand { margin-top: 6px; font-size: 11px; opacity: .6; }
.card:focus { outline: 2px solid currentColor; outline-offset: 2px; }
.said { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
`;

export interface CardData {
  statement: Statement;
  actor: Actor | undefined;
  theme: Theme;
  /** Where the statement stands among the page's, when the keyboard brought the reader here. */
  position?: { index: number; total: number };
}

export class Card {
  private host: HTMLElement | null = null;
  private box: HTMLElement | null = null;
  private shownFor: number | null = null;
  /** What had the focus before the keyboard moved it to the card: Escape gives it back. */
  private returnTo: Element | null = null;
  pinned = false;

  private ensure(): HTMLElement {
    if (this.box && this.host?.isConnected) return this.box;
    const host = document.createElement(HOST_TAG);
    host.setAttribute('style', 'all: initial; position: fixed; top: 0; left: 0; width: 0; height: 0; z-index: 2147483647;');
    const root = host.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = CARD_CSS;
    const box = document.createElement('div');
    box.className = 'card';
    box.hidden = true;
    box.tabIndex = -1;
    box.setAttribute('role', 'dialog');
    root.append(style, box);
    document.documentElement.append(host);
    this.host = host;
    this.box = box;
    return box;
  }

  /** Whether an event target is inside the card (so page handlers can ignore it). */
  contains(target: EventTarget | null): boolean {
    return !!this.host && target === this.host;
  }

  get openFor(): number | null {
    return this.shownFor;
  }

  /** Whether the keyboard focus is in the card. */
  get focused(): boolean {
    return !!this.host && document.activeElement === this.host;
  }

  /**
   * Shows the card for a statement below `anchor`. `pin` keeps it open until closed; `focus`
   * (the keyboard's way) moves the focus to it, and remembers where the focus was.
   */
  show(data: CardData, anchor: DOMRect, pin: boolean, focus = false): void {
    const box = this.ensure();
    const { statement, actor, theme } = data;
    box.dataset.theme = theme;
    box.replaceChildren();

    const name = actor?.name || statement.speaker || 'Unnamed source';
    // The dialog's name says the stance in words: the badge's underline style is visual only.
    box.setAttribute('aria-label', `WhoSaid: ${name} ${STANCE_VERB[statement.stance]}`);
    const top = el('div', 'top');
    top.append(el('div', 'speaker', name));
    const close = el('button', 'close', '×') as HTMLButtonElement;
    close.type = 'button';
    close.setAttribute('aria-label', 'Close');
    close.addEventListener('click', () => this.hide());
    top.append(close);
    box.append(top);

    if (actor?.role) box.append(el('div', 'role', actor.role));

    const stance = el('div', 'stance');
    const badge = el('span', 'badge', STANCE_VERB[statement.stance]);
    badge.dataset.stance = statement.stance;
    badge.title = STANCE_MARK[statement.stance];
    stance.append(badge);
    const form = statement.form === 'direct' ? 'direct quote' : statement.form === 'mixed' ? 'partial quote' : 'paraphrase';
    stance.append(el('span', '', form));
    box.append(stance);

    const cue = cueLine(statement.cue);
    if (cue) box.append(el('div', 'cue', cue));
    // Read out with the dialog's name when it takes the focus: what was said (a sighted reader
    // has it highlighted beside the card), and what decided the stance.
    const shown = statementShown(statement);
    const said = el('div', 'said', shown.quoted ? `Quote: ${shown.text}` : `In the reporter's words: ${shown.text}`);
    said.id = 'said';
    box.append(said);
    const described = ['said'];
    const why = stanceWhyLine(statement.stance, statement.stanceWhy);
    if (why) {
      const line = el('div', 'why', why);
      line.id = 'why';
      box.append(line);
      described.push('why');
    }
    box.setAttribute('aria-describedby', described.join(' '));
    const count = actor?.statements.length ?? 0;
    const where = data.position ? `Statement ${data.position.index} of ${data.position.total} on the page · ` : '';
    box.append(el('div', 'brand', `WhoSaid · ${where}${count} ${count === 1 ? 'statement' : 'statements'} by this source`));

    box.hidden = false;
    this.shownFor = statement.id;
    this.pinned = pin;
    this.place(box, anchor);
    if (focus) {
      if (!this.focused) this.returnTo = document.activeElement;
      box.focus({ preventScroll: true });
    } else if (pin) close.focus({ preventScroll: true });
  }

  private place(box: HTMLElement, anchor: DOMRect): void {
    const margin = 8;
    const width = box.offsetWidth;
    const height = box.offsetHeight;
    let left = Math.min(Math.max(margin, anchor.left), innerWidth - width - margin);
    let top = anchor.bottom + 6;
    if (top + height > innerHeight - margin) top = Math.max(margin, anchor.top - height - 6);
    left = Math.max(margin, left);
    box.style.left = `${left}px`;
    box.style.top = `${top}px`;
  }

  /** Hides the card; if it held the focus, the focus goes back to where it was before. */
  hide(): void {
    const hadFocus = this.focused;
    if (this.box) this.box.hidden = true;
    this.shownFor = null;
    this.pinned = false;
    const back = this.returnTo;
    this.returnTo = null;
    if (!hadFocus) return;
    if (back instanceof HTMLElement && back.isConnected && back !== this.host && back !== document.body) back.focus({ preventScroll: true });
    else this.host?.blur();
  }
}

function el(tag: string, className: string, text?: string): HTMLElement {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
