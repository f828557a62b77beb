// Pure view logic for the popup: grouping actors by stance and filtering.
import type { Actor, Analysis, Stance, Statement } from '../engine/types';
import { STANCES } from '../shared/stances';

export interface ActorView {
  actor: Actor;
  statements: Statement[];
}

export interface StanceGroup {
  stance: Stance;
  actors: ActorView[];
}

function norm(s: string): string {
  return s.toLocaleLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
}

/** Actors grouped by stance in display order; `filter` keeps actors or statements whose text matches. */
export function groupActors(analysis: Analysis, filter = ''): StanceGroup[] {
  const q = norm(filter.trim());
  const byId = new Map(analysis.statements.map((s) => [s.id, s]));
  const groups = new Map<Stance, ActorView[]>(STANCES.map((s) => [s, []]));
  for (const actor of analysis.actors) {
    const statements = actor.statements.map((id) => byId.get(id)).filter((s): s is Statement => !!s);
    if (statements.length === 0) continue;
    let shown = statements;
    if (q) {
      const actorHit = [actor.name, actor.role, ...actor.aliases].some((t) => norm(t).includes(q));
      if (!actorHit) shown = statements.filter((s) => norm(s.text).includes(q) || norm(s.cue).includes(q));
      if (shown.length === 0) continue;
    }
    groups.get(actor.stance)?.push({ actor, statements: shown });
  }
  for (const list of groups.values()) list.sort((a, b) => b.actor.statements.length - a.actor.statements.length);
  return STANCES.map((stance) => ({ stance, actors: groups.get(stance) ?? [] })).filter((g) => g.actors.length > 0);
}
