// Full storage: when the browser refuses a write for quota, the oldest articles make room for
// the new one (never the other way round), and the reader is told what went.
import type { HistoryStore, WritePlan } from './store';

/** What a full storage cost, for the notice in Settings. */
export interface StorageFull {
  at: number;
  /** Oldest articles removed to make room. */
  removed: number;
  /** Whether the write still could not be made. */
  failed: boolean;
}

/** Rounds of removal before giving up; each removes a tenth of the history (at least one article). */
const ROUNDS = 6;

export function isQuotaError(err: unknown): boolean {
  const name = (err as { name?: unknown } | null)?.name;
  // Chromium and Firefox name it QuotaExceededError; older engines used NS_ERROR_DOM_QUOTA_REACHED.
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

/** Writes `plan`; a write refused for quota removes the oldest articles and tries again. */
export async function writeMakingRoom(store: HistoryStore, plan: WritePlan, onFull: (notice: StorageFull) => void, now = Date.now()): Promise<void> {
  let removed = 0;
  for (let round = 0; ; round++) {
    try {
      await store.write(plan);
      if (removed) onFull({ at: now, removed, failed: false });
      return;
    } catch (err) {
      if (!isQuotaError(err)) throw err;
      if (round === ROUNDS) {
        onFull({ at: now, removed, failed: true });
        throw err;
      }
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
