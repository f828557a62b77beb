// The user's settings as this page's script knows them. The background answers 'settings/get'
// from its own storage read; the page reads storage itself only when the background has not
// answered by the time the first paint is due (it was asleep and is waking up), because in
// Firefox a page's first storage call sets up the storage API and its database in the page's
// process: measured, a median first paint of 57 ms with a storage read at start, 40 without.
import { send } from '../shared/messages';
import { DEFAULT_SETTINGS, loadSettings, type Settings } from '../shared/settings';
import { nextTask } from './slice';

export class PageSettings {
  current: Settings = DEFAULT_SETTINGS;
  private known = false;
  private readonly asked: Promise<void>;
  private fromStorage: Promise<void> | null = null;

  constructor() {
    this.asked = send('settings/get', {}).then(
      (settings) => this.take(settings),
      () => this.readStorage(),
    );
  }

  /** New settings (the background pushes every change). */
  take(settings: Settings): void {
    this.current = settings;
    this.known = true;
  }

  /**
   * Resolves once the settings are known; null when they already are. The answer is usually
   * queued by the time the first pass ends (the pass's yields go ahead of it): one ordinary task
   * lets it in, and only if it still has not come (the background was asleep) does the page read
   * storage itself.
   */
  ready(): Promise<void> | null {
    if (this.known) return null;
    const fallback = nextTask().then(() => (this.known ? undefined : this.readStorage()));
    return Promise.race([this.asked, fallback]);
  }

  private readStorage(): Promise<void> {
    this.fromStorage ??= loadSettings().then(
      (settings) => {
        if (!this.known) this.take(settings);
      },
      () => {
        this.known = true; // defaults
      },
    );
    return this.fromStorage;
  }
}
