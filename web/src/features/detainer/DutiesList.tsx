import { formatInstant } from '../../shared/time';
import type { DetainerViewDto } from '../../shared/types';
import { useDetainerText } from './strings';

/** The duties of the decision in force as a checklist: due time and status, done when a notice served them. */
export function DutiesList({ view, timeZone }: { readonly view: DetainerViewDto; readonly timeZone: string }) {
  const { d, lang } = useDetainerText();
  return (
    <section aria-labelledby="duties-heading">
      <h2 id="duties-heading">{d('duties.heading')}</h2>
      {view.duties.length === 0 ? (
        <p>{d('duties.none')}</p>
      ) : (
        <ul className="checklist">
          {view.duties.map((duty) => (
            <li key={duty.id} className={`duty duty-${duty.status}`}>
              <span className="check" aria-hidden="true">
                {duty.status === 'served' ? '☑' : '☐'}
              </span>
              <div>
                <p>
                  {duty.text} <span className={`badge badge-${duty.status}`}>{d(`duties.status.${duty.status}`)}</span>
                </p>
                <p className="small muted">
                  {duty.due
                    ? d('duties.due', { date: formatInstant(duty.due, timeZone, lang) })
                    : d('duties.dueWhen', { when: d(`due.${duty.dueWhen}`) })}
                  {duty.noticeUrl && (
                    <>
                      {' · '}
                      <a href={duty.noticeUrl} download>
                        {d('duties.notice')}
                      </a>
                    </>
                  )}
                </p>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
