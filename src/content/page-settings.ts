// The user's settings as this page's script knows them. The background answers 'settings/get'
// from its own storage read; the page reads storage itself only when the background has not
// answered by the time the article is read (it was asleep and is waking up), because in
// Firefox a page's first storage call sets up the storage API and its database in the page's
// process, a cost the first paint would wait for.
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
   * The paint is near. An answer already waiting is let in first (the reading's yields give
   * their continuation priority over it); if the background is still silent, storage is read
   * alongside the analysis.
   */
  async hurry(): Promise<void> {
    if (this.known) return;
    await nextTask();
    if (!this.known) void this.readStorage();
  }

  /** Resolves once the settings are known (defaults if nothing answers). */
  ready(): Promise<void> {
    if (this.known) return Promise.resolve();
    return Promise.race([this.asked, this.readStorage()]);
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
