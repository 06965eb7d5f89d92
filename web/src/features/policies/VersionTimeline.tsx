import { LawText } from '../../shared/ui/LawText';
import { useI18n } from '../../shared/i18n';
import { formatLocalDate } from '../../shared/time';
import type { VersionDto } from '../../shared/types';

/**
 * A rule's versions, oldest first: when each started, whether it repealed the rule, its note.
 * `current` marks the version in force on the date shown; `details` adds formulas and duties.
 */
export function VersionTimeline({
  versions,
  current = null,
  details = false,
  summaryEs = null,
}: {
  readonly versions: readonly VersionDto[];
  /** The rule's unofficial Spanish of its formula's summary, shown to a Spanish reader instead of the English. */
  readonly summaryEs?: string | null;
  readonly current?: string | null;
  readonly details?: boolean;
}) {
  const { lang, t } = useI18n();
  return (
    <ol className="timeline" aria-label={t('rule.timeline')}>
      {versions.map((version) => {
        const date = formatLocalDate(version.effectiveFrom, lang);
        const isCurrent = version.effectiveFrom === current;
        return (
          <li
            key={version.effectiveFrom}
            className={isCurrent ? 'timeline-current' : undefined}
            aria-current={isCurrent ? 'true' : undefined}
          >
            <time dateTime={version.effectiveFrom}>
              {version.repealed ? t('rule.version.repealed', { date }) : t('rule.version.from', { date })}
            </time>
            {isCurrent && <span className="small muted"> · {t('rule.version.current')}</span>}
            {details && version.formulaSummary && (
              <p className="small">
                <LawText en={version.formulaSummary} es={summaryEs} />
              </p>
            )}
            {details && version.holdCapHours !== null && (
              <p className="small">{t('rule.version.capHours', { hours: version.holdCapHours })}</p>
            )}
            {details && version.duties.length > 0 && (
              <ul className="small">
                {version.duties.map((duty) => (
                  <li key={duty.id}>
                    <LawText en={duty.text} es={duty.textEs} />{' '}
                    <span className="muted">({t(`dutyDue.${duty.due}`)})</span>
                  </li>
                ))}
              </ul>
            )}
            {version.note && <p className="small muted">{version.note}</p>}
          </li>
        );
      })}
    </ol>
  );
}
