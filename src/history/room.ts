// Full storage: when the browser refuses a write for quota, the oldest articles make room for
// the new one (never the other way round), and the reader is told what went. Removing stops as
// soon as it is seen not to give the browser room back, so history is never lost for nothing.
import type { HistoryStore, WritePlan } from './store';

/** What a full storage cost, for the notice in Settings. */
export interface StorageFull {
  at: number;
  /** Oldest articles removed to make room. */
  removed: number;
  /** Whether the write still could not be made. */
  failed: boolean;
  /**
   * Set when removing articles was seen to give the browser no room back (its usage estimate did
   * not fall): the usage, in bytes, at which removing stopped.
   */
  noRoomBack?: number;
}

/** What the browser says of the room, and what an earlier write learnt of it. */
export interface RoomCheck {
  /** Bytes the extension's origin uses by the browser's own estimate; undefined where it cannot tell. */
  usage?: () => Promise<number | undefined>;
  /** The usage at which removing was last seen to give no room back, or null. */
  noRoomBack?: number | null;
  /** Keeps what this write learnt for the next one: a usage as above, or null once a write is made. */
  remember?: (noRoomBack: number | null) => void;
}

/** Rounds of removal before giving up; each removes a tenth of the history (at least one article). */
const ROUNDS = 6;

export function isQuotaError(err: unknown): boolean {
  const name = (err as { name?: unknown } | null)?.name;
  // Chromium and Firefox name it QuotaExceededError; older engines used NS_ERROR_DOM_QUOTA_REACHED.
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

/** The browser's estimate, or undefined when it has none or fails to give one. */
export async function estimatedUsage(): Promise<number | undefined> {
  try {
    const usage = (await globalThis.navigator?.storage?.estimate?.())?.usage;
    return typeof usage === 'number' ? usage : undefined;
  } catch {
    return undefined;
  }
}

/** Writes `plan`; a write refused for quota removes the oldest articles and tries again. */
export async function writeMakingRoom(store: HistoryStore, plan: WritePlan, onFull: (notice: StorageFull) => void, now = Date.now(), check: RoomCheck = {}): Promise<void> {
  const usage = check.usage ?? (async () => undefined);
  let removed = 0;
  let before: number | undefined;
  for (let round = 0; ; round++) {
    try {
      await store.write(plan);
      if (check.noRoomBack != null) check.remember?.(null);
      if (removed) onFull({ at: now, removed, failed: false });
      return;
    } catch (err) {
      if (!isQuotaError(err)) throw err;
      const used = await usage();
      if (round === 0 && check.noRoomBack != null && used !== undefined && used >= check.noRoomBack) {
        // An earlier write removed articles and the browser gave no room back, and it still has
        // not (in Chromium, deleted records keep their room until the browser compacts its files,
        // which it does at most now and then): removing more would only lose them.
        onFull({ at: now, removed: 0, failed: true, noRoomBack: check.noRoomBack });
        throw err;
      }
      if (round > 0 && before !== undefined && used !== undefined && used >= before) {
        // The last round's removal did not lower the usage: the next ones would not either.
        check.remember?.(used);
        onFull({ at: now, removed, failed: true, noRoomBack: used });
        throw err;
      }
      if (round === ROUNDS) {
        onFull({ at: now, removed, failed: true });
        throw err;
      }
      before = used;
    }
    // The visits come oldest first: the limits already went with the refused write, so what
    // goes now is the oldest reading.
    const { dropped } = await store.write((visits) => ({ put: [], drop: visits.slice(0, Math.max(1, Math.ceil(visits.length / 10))).map((v) => v.url) }));
    removed += dropped;
    if (dropped === 0) {
      onFull({ at: now, removed, failed: true });
      throw new DOMException('No room for the history', 'QuotaExceededError');
    }
  }
}
