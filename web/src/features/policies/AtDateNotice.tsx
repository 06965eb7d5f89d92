import { useI18n } from '../../shared/i18n';
import { formatLocalDate } from '../../shared/time';
import { AT_YEARS, type AskedDate } from '../../shared/atParam';

/**
 * Says plainly what date was asked for (?at=), what is shown, and up to when the law library is
 * known to be current: an address that is not a date is said back, not silently read as today; a
 * date after the library's review date shows the rules as last known, and says so.
 */
export function AtDateNotice({
  asked,
  shown,
  reviewedThrough,
}: {
  readonly asked: AskedDate;
  /** The local date the rules shown are in force on (the API's `at`). */
  readonly shown: string;
  readonly reviewedThrough: string | null;
}) {
  const { lang, t } = useI18n();
  const date = (d: string) => formatLocalDate(d, lang);
  const after = reviewedThrough !== null && shown > reviewedThrough;
  const dates = { asked: date(shown), reviewed: reviewedThrough === null ? '' : date(reviewedThrough) };
  return (
    <>
      {asked.kind === 'invalid' && (
        <p className="message message-warning" data-testid="at-date-invalid">
          {t(`atDate.invalid.${asked.problem}`, {
            value: asked.raw,
            shown: date(shown),
            from: AT_YEARS.from,
            to: AT_YEARS.to,
          })}
        </p>
      )}
      {after && asked.kind === 'date' ? (
        <p className="message message-warning" data-testid="at-date-review">
          {t('atDate.afterReview', dates)}
        </p>
      ) : after ? (
        <p className="message message-note" data-testid="at-date-review">
          {t('atDate.todayAfterReview', dates)}
        </p>
      ) : (
        <p className="small muted" data-testid="at-date-review">
          {reviewedThrough === null ? t('atDate.notReviewed') : t('atDate.reviewed', { date: date(reviewedThrough) })}
        </p>
      )}
    </>
  );
}
