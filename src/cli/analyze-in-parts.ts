// A long input analysed in parts, so the CLI's memory stays the same whatever the file's size:
// the engine keeps every block's groundwork until its last step, some twenty times the text,
// and the full result besides. A news article (well under one part) is analysed whole, exactly
// as `analyze` does; only a longer text is cut, and its parts' actors joined by name.
import { analyze, stanceOfCounts, type Actor, type ActorKind, type Span, type Stance, type Statement, type TextBlock } from '../engine';

/** Characters of text a part holds: more than the longest news article. */
export const PART_CHARS = 200_000;

/**
 * Blocks of the previous part read again before a part's own, so that a pronoun or a surname
 * at the start of a part finds the speaker named just before. Their statements were given
 * with the previous part and are not given again. (The headline is not read again: set right
 * before a later part, its organisation took the part's "the company" for its own.)
 */
const CONTEXT_BLOCKS = 6;

/** An actor of the whole input, with what the table and the record need, counts not lists. */
export interface JoinedActor {
  id: number;
  name: string;
  aliases: string[];
  kind: ActorKind;
  role: string;
  stance: Stance;
  statementCount: number;
}

interface Entry extends JoinedActor {
  counts: Record<Stance, number>;
}

/** The actors of all parts so far, one per name: a later part's "Quill" joins an earlier "Mara Quill" it was an alias of. */
export class ActorLedger {
  private readonly entries: Entry[] = [];
  private readonly byName = new Map<string, number>();

  /** Starts a part: its actors may join earlier ones, but never two of them the same one. */
  partJoiner(): (actor: Actor) => number {
    const taken = new Map<number, number>();
    return (actor) => {
      for (const name of [actor.name, ...actor.aliases]) {
        const id = this.byName.get(name);
        if (id === undefined || (taken.has(id) && taken.get(id) !== actor.id)) continue;
        taken.set(id, actor.id);
        return this.extend(id, actor);
      }
      const id = this.entries.length;
      this.entries.push({ id, name: actor.name, aliases: [], kind: actor.kind, role: actor.role, stance: 'asserts', statementCount: 0, counts: { denies: 0, confirms: 0, declines: 0, asserts: 0 } });
      taken.set(id, actor.id);
      return this.extend(id, actor);
    };
  }

  private extend(id: number, actor: Actor): number {
    const entry = this.entries[id]!;
    this.byName.set(actor.name, id);
    for (const alias of actor.aliases) {
      if (!entry.aliases.includes(alias)) entry.aliases.push(alias);
      if (!this.byName.has(alias)) this.byName.set(alias, id);
    }
    if (!entry.role) entry.role = actor.role;
    return id;
  }

  count(id: number, stance: Stance): void {
    const entry = this.entries[id]!;
    entry.counts[stance]++;
    entry.statementCount++;
    entry.stance = stanceOfCounts(entry.counts);
  }

  name(id: number): string {
    return this.entries[id]!.name;
  }

  actors(): JoinedActor[] {
    return this.entries.map(({ counts: _, ...actor }) => ({ ...actor, aliases: [...actor.aliases] }));
  }
}

export interface Part {
  /** The input's headline: known from the first part on. */
  title: string;
  /** This part's statements, numbered and attributed across the whole input. */
  statements: Statement[];
  /** Characters of block text read so far. */
  chars: number;
}

/** Analyses `blocks` part by part; each part's statements refer to the ledger's actors. */
export function* analyzeInParts(blocks: Iterable<TextBlock>, ledger: ActorLedger, partChars = PART_CHARS): Generator<Part> {
  let titleText: string | null = null;
  let context: { block: TextBlock; index: number }[] = [];
  let own: { block: TextBlock; index: number }[] = [];
  let ownChars = 0;
  let chars = 0;
  let statementId = 0;
  let index = 0;

  const runPart = (): Part => {
    const read = [...context, ...own];
    const analysis = analyze(read.map((b) => b.block));
    if (titleText === null) titleText = analysis.title;
    const join = ledger.partJoiner();
    const firstOwn = read.length - own.length;
    const globalIds = new Map<number, number>();
    const statements: Statement[] = [];
    for (const s of analysis.statements) {
      if (s.content.block < firstOwn) continue;
      let actor = globalIds.get(s.actor);
      if (actor === undefined) {
        actor = join(analysis.actors[s.actor]!);
        globalIds.set(s.actor, actor);
      }
      ledger.count(actor, s.stance);
      const at = (span: Span): Span => ({ ...span, block: read[span.block]!.index });
      statements.push({
        ...s,
        id: statementId++,
        actor,
        speaker: ledger.name(actor),
        content: at(s.content),
        cueSpan: s.cueSpan && at(s.cueSpan),
        mentionSpan: s.mentionSpan && at(s.mentionSpan),
      });
    }
    context = own.slice(-CONTEXT_BLOCKS);
    own = [];
    ownChars = 0;
    return { title: titleText, statements, chars };
  };

  for (const block of blocks) {
    own.push({ block, index: index++ });
    ownChars += block.text.length;
    chars += block.text.length;
    if (ownChars >= partChars) yield runPart();
  }
  if (own.length || index === 0) yield runPart();
}
