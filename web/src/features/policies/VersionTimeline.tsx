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
}: {
  readonly versions: readonly VersionDto[];
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
            {details && version.formulaSummary && <p className="small">{version.formulaSummary}</p>}
            {details && version.holdCapHours !== null && (
              <p className="small">{t('rule.version.capHours', { hours: version.holdCapHours })}</p>
            )}
            {details && version.duties.length > 0 && (
              <ul className="small">
                {version.duties.map((duty) => (
                  <li key={duty.id}>
                    {duty.text} <span className="muted">({t(`dutyDue.${duty.due}`)})</span>
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
