// The engine, loaded on the first message that needs it: Firefox's event page starts again each
// time it wakes (after 30 s idle), and evaluating the engine's megabyte of word lists and weights
// there held every other answer (the settings page's history count, the shortcuts, the actor
// page) until it was done. Pages warm it as they start ('engine/warm'), so their wait is the same.
import type { analyze } from '../engine';

export const loadEngine = (): Promise<typeof analyze> => import('../engine').then((m) => m.analyze);
