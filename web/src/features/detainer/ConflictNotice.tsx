import { type MessageKey, useI18n } from '../../shared/i18n';
import type { ConflictDiff } from './conflict';
import { formatClock } from './format';

/** After a version conflict: what someone else recorded meanwhile, and that the form kept what was typed. */
export function ConflictNotice({ diff, timeZone }: { readonly diff: ConflictDiff; readonly timeZone: string }) {
  const { t, lang } = useI18n();
  return (
    <div className="message message-warning conflict" role="alert" tabIndex={-1}>
      <p>{t('detainer.conflict.intro')}</p>
      <ul>
        {diff.events.map((event) => (
          <li key={event.version}>
            {t('detainer.conflict.event', {
              what: t(`detainer.event.${event.type}` as MessageKey),
              time: formatClock(event.recordedAt, timeZone, lang),
            })}
          </li>
        ))}
        {diff.statusNow && <li>{t('detainer.conflict.status', { status: t(`status.${diff.statusNow}`) })}</li>}
      </ul>
    </div>
  );
}
