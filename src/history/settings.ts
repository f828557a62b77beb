// History settings: normalised from whatever storage holds.
import { DEFAULT_HISTORY_SETTINGS, type HistorySettings } from './types';
import { parseSite } from './url';

export const HISTORY_SETTINGS_KEY = 'historySettings';

function bounded(value: unknown, min: number, max: number, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(max, Math.max(min, Math.round(value))) : fallback;
}

export function normalizeHistorySettings(value: unknown): HistorySettings {
  const v = (typeof value === 'object' && value !== null ? value : {}) as Partial<Record<keyof HistorySettings, unknown>>;
  const sites = Array.isArray(v.excludedSites) ? v.excludedSites : [];
  return {
    paused: typeof v.paused === 'boolean' ? v.paused : DEFAULT_HISTORY_SETTINGS.paused,
    maxArticles: bounded(v.maxArticles, 10, 100_000, DEFAULT_HISTORY_SETTINGS.maxArticles),
    maxDays: bounded(v.maxDays, 1, 3650, DEFAULT_HISTORY_SETTINGS.maxDays),
    excludedSites: [...new Set(sites.map((s) => (typeof s === 'string' ? parseSite(s) : null)).filter((s): s is string => !!s))],
  };
}
