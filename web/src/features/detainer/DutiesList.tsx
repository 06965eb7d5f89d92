import { useI18n } from '../../shared/i18n';
import { formatInstant } from '../../shared/time';
import type { DetainerViewDto } from '../../shared/types';

/** The duties of the decision in force as a checklist: due time and status, done when a notice served them. */
export function DutiesList({ view, timeZone }: { readonly view: DetainerViewDto; readonly timeZone: string }) {
  const { t, lang } = useI18n();
  return (
    <section aria-labelledby="duties-heading">
      <h2 id="duties-heading">{t('detainer.duties.heading')}</h2>
      {view.duties.length === 0 ? (
        <p>{t('detainer.duties.none')}</p>
      ) : (
        <ul className="checklist">
          {view.duties.map((duty) => (
            <li key={duty.id} className={`duty duty-${duty.status}`}>
              <span className="check" aria-hidden="true">
                {duty.status === 'served' ? '☑' : '☐'}
              </span>
              <div>
                <p>
                  <DutyText duty={duty} />{' '}
                  <span className={`badge badge-${duty.status}`}>{t(`detainer.duties.status.${duty.status}`)}</span>
                </p>
                <p className="small muted">
                  {duty.due
                    ? t('detainer.duties.due', { date: formatInstant(duty.due, timeZone, lang) })
                    : t('detainer.duties.dueWhen', { when: t(`detainer.due.${duty.dueWhen}`) })}
                  {duty.noticeUrl && (
                    <>
                      {' · '}
                      <a href={duty.noticeUrl} download>
                        {t('detainer.duties.notice')}
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

/**
 * The duty in the reader's language: the law library's unofficial Spanish text, marked as such, for a
 * Spanish reader; the English text, marked lang="en", where there is none (or for an English reader).
 */
function DutyText({ duty }: { readonly duty: DetainerViewDto['duties'][number] }) {
  const { t, lang } = useI18n();
  if (lang === 'es' && duty.textEs) {
    return (
      <>
        <span lang="es">{duty.textEs}</span> <span className="small muted">{t('detainer.duties.unofficial')}</span>
      </>
    );
  }
  return <span lang="en">{duty.text}</span>;
}
