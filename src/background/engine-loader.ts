// The engine, for a background that must have every module in hand as it starts: Chrome's service
// worker, where import() is not allowed. The Firefox build replaces this file with
// engine-loader.lazy.ts (vite.config.ts).
import { analyze } from '../engine';

export const loadEngine = (): Promise<typeof analyze> => Promise.resolve(analyze);
