// The user's settings as this page's script knows them. The first paint uses what the
// stylesheets registered by the background carried to the page (src/shared/settings-css.ts),
// so the page touches no extension API before its highlights show; then the background's
// answer rules, and every later change is pushed by the background. A background that cannot
// be reached (the extension was reloaded under the page) leaves the carried settings, which
// are the stored ones: the page does not read storage itself.
import { send } from '../shared/messages';
import { DEFAULT_SETTINGS, type Settings } from '../shared/settings';
import { carrierProperty, sameSettings, settingsFromOff } from '../shared/settings-css';

/** The settings the page's stylesheets carry: the defaults when none does (or styles cannot be read). */
export function carriedSettings(root: Element | null): Settings {
  try {
    // No root (a document being torn down) throws here too.
    const style = getComputedStyle(root as Element);
    return settingsFromOff((key) => style.getPropertyValue(carrierProperty(key)).trim() !== '');
  } catch {
    return DEFAULT_SETTINGS;
  }
}

export class PageSettings {
  private known: Settings | null = null;
  /** Counts pushes, so that a confirmation asked for before a push cannot undo it. */
  private pushes = 0;

  /**
   * `carried` is read when the settings are first needed (the first paint), not at start: by
   * then the page has rendered, and reading a style costs no style recalculation of its own.
   */
  constructor(private readonly carried: () => Settings) {}

  get current(): Settings {
    return (this.known ??= this.carried());
  }

  /** New settings (the background pushes every change). */
  take(settings: Settings): void {
    this.known = settings;
    this.pushes++;
  }

  /** Asks for the stored settings; true when they differ from what the page painted with. */
  async confirm(): Promise<boolean> {
    const pushes = this.pushes;
    const settings = await send('settings/get', {}).catch(() => this.current);
    if (pushes !== this.pushes || sameSettings(settings, this.current)) return false;
    this.known = settings;
    return true;
  }
}
