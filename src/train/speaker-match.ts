// Whether a predicted speaker name is the labelled actor: the corpus guide's criterion, written
// for training (the same name, a person's surname, one name inside the other, or most words of
// an organisation's name), so the speaker step learns what the scorer counts as right.
import type { GoldActor } from './corpora';

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'the', 'sir', 'dame', 'prof']);

function nameWords(s: string): string[] {
  const words = s.normalize('NFKC').toLowerCase().replace(/[’‘`]/g, "'").match(/[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu) ?? [];
  return words.filter((w) => !HONORIFICS.has(w));
}

/** null when the labels name no one for it (a bare pronoun): no lesson either way. */
export function isLabelledSpeaker(name: string, actor: GoldActor | undefined): boolean | null {
  if (!actor || actor.kind === 'unresolved') return null;
  const said = nameWords(name);
  if (!said.length) return false;
  const names = [actor.name, ...(actor.aliases ?? [])].map(nameWords).filter((n) => n.length);
  const joined = said.join(' ');
  if (names.some((n) => n.join(' ') === joined)) return true;
  const full = nameWords(actor.name);
  if (actor.kind === 'person' && full.length && said[said.length - 1] === full[full.length - 1]) return true;
  const within = (outer: string, inner: string) => inner.length >= 4 && ` ${outer} `.includes(` ${inner} `);
  if (names.some((n) => { const other = n.join(' '); return within(joined, other) || within(other, joined); })) return true;
  if (actor.kind !== 'person') {
    const mine = new Set(said);
    return names.some((n) => { const shared = n.filter((w) => mine.has(w)).length; return shared / (said.length + n.length - shared) >= 0.5; });
  }
  return false;
}
