import { formatInstant } from '../../shared/time';
import type { DetainerViewDto } from '../../shared/types';
import { Countdown } from './Countdown';
import { excludedDayLine } from './excludedDays';
import { useI18n } from '../../shared/i18n';

/** The hold's deadline with a live countdown, and the clock it follows (business days or flat 48 h). */
export function HoldDeadline({ view, timeZone }: { readonly view: DetainerViewDto; readonly timeZone: string }) {
  const { t, lang } = useI18n();
  const deadline = view.deadlines.hold;
  const hold = view.decision?.trace?.hold ?? null;
  const eligible = view.deadlines.releaseEligibleAt;
  // The days the business-day clock skipped, named (the API's, from the holiday calendar the law used).
  const skipped = hold?.window === 'business-48h' && hold.start && hold.until ? view.deadlines.excludedDays : null;
  return (
    <section aria-labelledby="deadline-heading" className="deadline">
      <h2 id="deadline-heading">{t('detainer.deadline.heading')}</h2>
      {deadline ? (
        <>
          <p className="deadline-until">
            {t('detainer.deadline.until', { date: formatInstant(deadline, timeZone, lang) })}
          </p>
          <Countdown deadline={deadline} />
        </>
      ) : (
        <p>{t('detainer.deadline.none')}</p>
      )}
      {eligible && (
        <p className="small">
          {t('detainer.deadline.releaseEligible', { date: formatInstant(eligible, timeZone, lang) })}
        </p>
      )}
      {hold?.window && (
        <>
          <p className="small">{t(`detainer.deadline.clock.${hold.window}`, { calendar: hold.calendar })}</p>
          {hold.start && (
            <p className="small">
              {t('detainer.deadline.started', { date: formatInstant(hold.start, timeZone, lang) })}
            </p>
          )}
          {hold.capHours !== null && hold.capRule && (
            <p className="small">{t('detainer.deadline.capped', { hours: hold.capHours, rule: hold.capRule })}</p>
          )}
          {skipped && (
            <>
              <h3 className="small-heading">{t('detainer.deadline.excluded')}</h3>
              {skipped.length === 0 ? (
                <p className="small">{t('detainer.deadline.excludedNone')}</p>
              ) : (
                <ul className="small excluded-days">
                  {skipped.map((day) => (
                    <li key={day.date}>
                      <time dateTime={day.date}>{excludedDayLine(day, lang, t('detainer.deadline.weekend'))}</time>
                    </li>
                  ))}
                </ul>
              )}
            </>
          )}
        </>
      )}
    </section>
  );
}
