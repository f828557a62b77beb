// Ties the content script together: runs the pipeline, paints, answers messages,
// shows the card, and re-runs on late content and navigation.
import { onMessage, send, timeReplies, type Req, type Res } from '../shared/messages';
import type { PageLink } from '../history/types';
import { Card } from './card';
import { publishedDate, statementLinks } from './links';
import { clearHighlights, flash, paintInSteps } from './highlight';
import { statementAt } from './hit-test';
import { observePage } from './observe';
import { carriedSettings, PageSettings } from './page-settings';
import { mark, measureMainThread, measureSinceStart, sinceStart, spentOnMainThread, writeTimeline } from './marks';
import { rangesAlive, runPipeline, type PageResult } from './pipeline';
import { nextTask, pauseFor, runSliced, startClock, yieldIfDue, yieldToPage, type SliceClock } from './slice';
import { listenForShortcuts, onceWithin } from './shortcut';
import { readingOrder, stepFrom, type Stop } from './statement-steps';
import { themeAt, type Theme } from './theme';

/** Times a page analyses again when the background lost the analysis before the page's report reached it. */
const REASKS = 1;

function safe<A extends unknown[]>(fn: (...args: A) => unknown): (...args: A) => void {
  return (...args: A) => {
    try {
      const out = fn(...args);
      if (out instanceof Promise) out.catch(() => {});
    } catch {
      // The content script never throws into the page.
    }
  };
}

export class Controller {
  private result: PageResult | null = null;
  private settings = new PageSettings(() => carriedSettings(document.documentElement));
  private on = true;
  private theme: Theme = 'light';
  private generation = 0;
  private reportedUrl = '';
  private card = new Card();
  private hoverFrame = 0;
  private hoverHide: ReturnType<typeof setTimeout> | undefined;
  private toggleOnce = onceWithin(600, () => this.setOn(!this.on));
  // A step arriving both as a command and as the page's own key event counts once; a reader
  // pressing again a quarter of a second later means it.
  private nextOnce = onceWithin(250, () => this.step(1));
  private previousOnce = onceWithin(250, () => this.step(-1));
  /** The statement the keyboard last moved to. */
  private steppedTo: number | null = null;
  private painted = false;
  private paintedAll = false;
  private paints = 0;
  private connected = false;
  private reasked = 0;

  async start(): Promise<void> {
    timeReplies(spentOnMainThread);
    this.listenPointer();
    // Wakes a sleeping background now, so that it loads the engine while the page is read.
    void send('engine/warm', {}).catch(() => {});
    // The task that started the script also compiled it (all of it, in Chromium: see the compile
    // hint in vite.config.ts); the first slice of reading gets a task of its own, so that no task
    // of ours runs past 50 ms on a slow machine.
    spentOnMainThread(sinceStart());
    await yieldToPage();
    await this.run(true);
    const settingUp = performance.now();
    this.connect();
    // After the first paint: nothing the reader sees waits for the shortcut.
    void this.setupShortcut();
    this.observe();
    spentOnMainThread(performance.now() - settingUp);
    // The first pass is over: its main-thread time goes on the timeline for the benchmark.
    measureMainThread();
  }

  private observe(): void {
    observePage({
      onContent: safe(() => this.run(false)),
      onNavigate: safe(() => {
        this.card.hide();
        clearHighlights();
        this.result = null;
        return this.run(true);
      }),
      ignore: (node) => node.nodeName.toLowerCase() === 'whosaid-ui' || this.card.contains(node),
    });
  }

  /**
   * Once the first highlights show (before them the page only asked the background for its
   * analysis): listening to the popup and the background, and the stored settings, which
   * replace those carried by the page's stylesheets.
   */
  private connect(): void {
    if (this.connected) return;
    this.connected = true;
    onMessage({
      'content/ping': () => ({ alive: true }),
      'content/scroll-to': ({ statement }) => ({ ok: this.scrollTo(statement) }),
      'content/step': ({ by }) => {
        (by === 1 ? this.nextOnce : this.previousOnce)();
        return { statement: this.steppedTo };
      },
      'content/toggle': ({ on }) => {
        if (on === undefined) this.toggleOnce();
        else this.setOn(on);
        return { on: this.on };
      },
      'content/settings': (settings) => {
        this.settings.take(settings);
        void this.repaint();
        return { ok: true };
      },
      'content/reanalyze': () => {
        this.result = null;
        void this.run(true);
        return { ok: true };
      },
    });
    void this.settings.confirm().then((changed) => (changed ? this.repaint() : undefined)).catch(() => {});
    // The first pass goes on (the rest of a long article, the report): the popup can say so.
    if (!this.paintedAll) void this.report({ status: 'running', analysis: null, hasArticle: false, title: document.title });
  }

  private async setupShortcut(): Promise<void> {
    try {
      const { pageKeys } = await send('shortcut/get', {});
      listenForShortcuts(pageKeys, {
        'toggle-highlights': () => this.toggleOnce(),
        'next-statement': () => this.nextOnce(),
        'previous-statement': () => this.previousOnce(),
      });
    } catch {
      // no fallback
    }
  }

  /** Runs the pipeline; `announce` reports "running" first (first run, navigation, on demand). */
  private async run(announce: boolean): Promise<void> {
    const gen = ++this.generation;
    const cancelled = () => gen !== this.generation;
    mark('whosaid:run');
    if (this.connected && (announce || location.href !== this.reportedUrl)) {
      // Not awaited: the background's answer is not needed to read the page.
      void this.report({ status: 'running', analysis: null, hasArticle: false, title: document.title });
    }
    let result: PageResult | null;
    const clock = startClock();
    try {
      result = await runPipeline(this.result, cancelled, clock, async (opening) => {
        if (!cancelled()) await this.show(opening, clock);
      });
    } catch (err) {
      writeTimeline();
      if (!cancelled()) {
        await this.report({
          status: 'error',
          analysis: null,
          hasArticle: false,
          title: document.title,
          error: err instanceof Error ? err.message : String(err),
        });
      }
      return;
    }
    if (!result || cancelled()) return;
    // Painting thousands of ranges, and then the report, get a task of their own when the
    // slice is already well used.
    await yieldIfDue(clock);
    if (cancelled()) return;
    const unchanged = this.result && this.result.signature === result.signature && this.result.url === result.url;
    await this.show(result, clock);
    if (cancelled()) return;
    if (!this.paintedAll) {
      this.paintedAll = true;
      measureSinceStart('whosaid:painted-all');
    }
    if (unchanged && !announce) return;
    await yieldIfDue(clock);
    if (cancelled()) return;
    let extra: { links?: PageLink[]; published?: string } = {};
    try {
      extra = { links: statementLinks(result), published: publishedDate() };
    } catch {
      // links are extras
    }
    // The slice ends at the report: what it took to make it is the page's time too.
    const reply = await pauseFor(clock, this.report({
      status: result.article.hasArticle ? 'done' : 'no-article',
      // The background made the analysis and keeps it: the report names it, not carries it back.
      ...(result.batch ? { analysis: null, batch: result.batch } : { analysis: result.analysis }),
      hasArticle: result.article.hasArticle,
      title: result.article.title || document.title,
      ...extra,
    }));
    if (cancelled()) return;
    if (reply?.missing && this.reasked < REASKS) {
      // The background restarted between its answer and this report: ask it again, from the start.
      this.reasked++;
      this.result = null;
      await this.run(false);
    } else if (reply) {
      this.reasked = 0;
    }
  }

  /** Paints a result (the opening of a long article, or the whole) and keeps it for the card. */
  private async show(result: PageResult, clock: SliceClock): Promise<void> {
    this.result = result;
    const first = result.ranges.find((r) => r.content)?.content;
    this.theme = themeAt(first ? (first.startContainer.parentElement ?? null) : (document.body ?? null));
    await this.repaint(clock);
    if (!this.painted) {
      this.painted = true;
      measureSinceStart('whosaid:painted');
      writeTimeline();
      // A task of its own: the highlights reach the screen first.
      void nextTask().then(() => {
        const connecting = performance.now();
        this.connect();
        spentOnMainThread(performance.now() - connecting);
      });
    }
  }

  private async report(r: Omit<Req<'analysis/report'>, 'url'>): Promise<Res<'analysis/report'> | null> {
    this.reportedUrl = location.href;
    try {
      return await send('analysis/report', { url: location.href, ...r });
    } catch {
      // Background asleep or extension reloaded: the popup will ask again.
      return null;
    }
  }

  /**
   * Paints the current result in slices; a newer paint (or clearing) stops an older one.
   * `clock` is the pass's own when the paint is part of one.
   */
  private async repaint(clock: SliceClock = startClock()): Promise<void> {
    const paint = ++this.paints;
    if (!this.result) return;
    if (!this.on) {
      clearHighlights();
      return;
    }
    if (!rangesAlive(this.result)) {
      // The page replaced the nodes we pointed at: read it again.
      void this.run(false);
      return;
    }
    const { analysis, ranges } = this.result;
    await runSliced(paintInSteps(analysis, ranges, this.settings.current, this.theme), () => paint !== this.paints, clock);
  }

  private setOn(on: boolean): void {
    this.on = on;
    if (!on) this.card.hide();
    void this.repaint();
    void send('highlights/changed', { on }).catch(() => {});
  }

  /** The statements a reader can see highlighted now, in reading order. */
  private visibleStops(): Stop[] {
    if (!this.result || !this.on) return [];
    const { stances, highlights } = this.settings.current;
    if (!highlights) return [];
    const byId = new Map(this.result.analysis.statements.map((s) => [s.id, s]));
    const stops: Stop[] = [];
    for (const r of this.result.ranges) {
      const statement = byId.get(r.statement);
      if (r.content && statement && stances[statement.stance]) stops.push({ statement: r.statement, range: r.content });
    }
    return readingOrder(stops);
  }

  /** The keyboard's next / previous statement: scrolled to, its card open and focused. */
  private step(by: 1 | -1): void {
    const order = this.visibleStops();
    const current = this.card.openFor ?? this.steppedTo;
    const at = stepFrom(order, current, by, innerHeight);
    const stop = order[at];
    if (!stop || !this.result) return;
    const statement = this.result.analysis.statements.find((s) => s.id === stop.statement);
    if (!statement) return;
    this.steppedTo = stop.statement;
    this.scrollTo(stop.statement, 'instant');
    // Below the whole statement (a statement over two lines is not covered), from where it starts.
    const rects = stop.range.getClientRects();
    const whole = stop.range.getBoundingClientRect();
    const first = rects[0] ?? whole;
    const anchor = new DOMRect(first.left, whole.top, Math.max(1, whole.right - first.left), whole.height);
    const actor = this.result.analysis.actors[statement.actor];
    this.card.show({ statement, actor, theme: this.theme, position: { index: at + 1, total: order.length } }, anchor, true, true);
  }

  private scrollTo(statementId: number, motion?: ScrollBehavior): boolean {
    const ranges = this.result?.ranges.find((r) => r.statement === statementId);
    const range = ranges?.content ?? ranges?.mention ?? null;
    if (!range) return false;
    const rect = range.getBoundingClientRect();
    const visible = document.visibilityState === 'visible';
    const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
    const behavior: ScrollBehavior = motion ?? (visible && !reduced ? 'smooth' : 'instant');
    if (rect.width === 0 && rect.height === 0) {
      range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior });
    } else {
      const top = scrollY + rect.top - Math.max(80, innerHeight / 3);
      scrollTo({ top: Math.max(0, top), behavior });
    }
    flash(range);
    return true;
  }

  private showCardAt(x: number, y: number, pin: boolean): boolean {
    if (!this.result || !this.on) return false;
    const hit = statementAt(this.result.ranges, x, y);
    if (!hit?.content) return false;
    const statement = this.result.analysis.statements.find((s) => s.id === hit.statement);
    const { stances, highlights } = this.settings.current;
    if (!statement || !stances[statement.stance] || !highlights) return false;
    if (!pin && this.card.openFor === statement.id) return true;
    const actor = this.result.analysis.actors[statement.actor];
    const rects = Array.from(hit.content.getClientRects());
    const anchor = rects.find((r) => y >= r.top - 2 && y <= r.bottom + 2) ?? hit.content.getBoundingClientRect();
    this.card.show({ statement, actor, theme: this.theme }, anchor, pin);
    return true;
  }

  private listenPointer(): void {
    addEventListener(
      'pointermove',
      safe((e: PointerEvent) => {
        if (e.pointerType === 'touch' || !this.result) return;
        if (this.card.contains(e.target)) {
          clearTimeout(this.hoverHide);
          return;
        }
        cancelAnimationFrame(this.hoverFrame);
        const { clientX, clientY } = e;
        this.hoverFrame = requestAnimationFrame(
          safe(() => {
            if (this.card.pinned) return;
            if (this.showCardAt(clientX, clientY, false)) {
              clearTimeout(this.hoverHide);
            } else if (this.card.openFor !== null) {
              clearTimeout(this.hoverHide);
              this.hoverHide = setTimeout(() => {
                if (!this.card.pinned) this.card.hide();
              }, 350);
            }
          }),
        );
      }),
      { passive: true },
    );
    addEventListener(
      'click',
      safe((e: MouseEvent) => {
        if (this.card.contains(e.target)) return;
        const selection = getSelection();
        if (selection && !selection.isCollapsed) return;
        if (!this.showCardAt(e.clientX, e.clientY, true) && this.card.pinned) this.card.hide();
      }),
      true,
    );
    addEventListener(
      'keydown',
      safe((e: KeyboardEvent) => {
        if (e.key === 'Escape' && this.card.openFor !== null) this.card.hide();
      }),
      true,
    );
    addEventListener('scroll', safe(() => {
      if (!this.card.pinned) this.card.hide();
    }), { passive: true });
  }
}
