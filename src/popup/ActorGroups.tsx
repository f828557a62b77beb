import { STANCE_GROUP, STANCE_MARK, STANCE_VERB, stanceWhyLine } from '../shared/stances';
import { cueShort } from '../shared/cue-label';
import type { Appearance, PageLink } from '../history/types';
import type { StanceGroup } from './group';
import { Related } from './Related';
import { sentences, statementShown } from '../shared/statement-text';

interface Props {
  groups: StanceGroup[];
  onShow: (statementId: number) => void;
  /** Related reporting: the article title, its links, earlier appearances by actor id. */
  related?: { title: string; links: PageLink[]; earlier: Map<number, Appearance[]> | null; names: string[] };
}

export function ActorGroups({ groups, onShow, related }: Props) {
  return (
    <div id="groups" class="groups">
      {groups.map((group) => {
        const headingId = `group-${group.stance}`;
        return (
          <section class="group" data-group={group.stance} aria-labelledby={headingId} key={group.stance}>
            <h2 id={headingId} class={`group-title mark-${group.stance}`} title={STANCE_MARK[group.stance]}>
              {STANCE_GROUP[group.stance]} <span class="count">({group.actors.length})</span>
            </h2>
            <ul class="actors">
              {group.actors.map(({ actor, statements }) => (
                <li class="actor" key={actor.id} data-actor={actor.name}>
                  <div class="actor-head">
                    <h3 class="actor-name">{actor.name}</h3>
                    <span class="actor-count">
                      <span aria-hidden="true">{actor.statements.length}</span>
                      <span class="sr-only">
                        {actor.statements.length} {actor.statements.length === 1 ? 'statement' : 'statements'}
                      </span>
                    </span>
                  </div>
                  {actor.role && <div class="actor-role">{actor.role}</div>}
                  <ul class="statements" aria-label={`Statements by ${actor.name}`}>
                    {statements.map((s) => {
                      // The popup already groups by stance: a why line here only helps when it names words.
                      const why = s.stanceWhy?.length ? stanceWhyLine(s.stance, s.stanceWhy) : '';
                      const whyId = `why-${s.id}`;
                      const shown = statementShown(s);
                      return (
                        <li key={s.id}>
                          <button
                            type="button"
                            class={`statement mark-${s.stance}`}
                            data-statement={s.id}
                            onClick={() => onShow(s.id)}
                            aria-label={sentences(
                              `${actor.name} ${STANCE_VERB[s.stance]}, ${shown.quoted ? 'quoted' : `${shown.label}`}: ${shown.text}`,
                              'Show on page',
                            )}
                            // The label replaces the button's content for screen readers, so the
                            // "why" line is handed to them as the button's description.
                            aria-describedby={why ? whyId : undefined}
                          >
                            {shown.quoted ? (
                              <span class="statement-text" data-form="direct">{shown.text}</span>
                            ) : (
                              <span class="statement-text reported" data-form={s.form}>
                                <span class="statement-form">{shown.label}</span> {shown.text}
                              </span>
                            )}
                            {cueShort(s.cue) && <span class="statement-cue">— {cueShort(s.cue)}</span>}
                            {why && (
                              <span class="statement-why" id={whyId}>
                                {why}
                              </span>
                            )}
                          </button>
                        </li>
                      );
                    })}
                  </ul>
                  {related && (
                    <Related
                      actor={actor}
                      title={related.title}
                      links={related.links}
                      earlier={related.earlier ? (related.earlier.get(actor.id) ?? []) : null}
                      otherNames={related.names}
                    />
                  )}
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
