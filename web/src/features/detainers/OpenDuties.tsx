import { useI18n } from '../../shared/i18n';
import { formatInstant } from '../../shared/time';
import type { DetainerSummaryDto } from '../../shared/types';

/** A row's open duties: how many, and the soonest due (overdue in words, not colour alone). */
export function OpenDuties(props: {
  readonly duties: DetainerSummaryDto['openDuties'];
  readonly now: number;
  readonly timeZone: string;
}) {
  const { lang, t, plural } = useI18n();
  const { count, nextDue } = props.duties;
  if (count === 0) return <span aria-label={t('inbox.duties.other', { count: 0 })}>—</span>;
  const overdue = nextDue !== null && Date.parse(nextDue) <= props.now;
  const time = nextDue === null ? null : formatInstant(nextDue, props.timeZone, lang);
  return (
    <>
      <span>{plural('inbox.duties', count)}</span>
      {time !== null && (
        <span className={overdue ? 'duty-overdue small' : 'small'}>
          <br />
          {t(overdue ? 'inbox.duties.overdue' : 'inbox.duties.nextDue', { time })}
        </span>
      )}
    </>
  );
}
