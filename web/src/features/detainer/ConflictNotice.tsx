import { useI18n } from '../../shared/i18n';
import type { ConflictDiff } from './conflict';
import { formatClock } from './format';
import { useDetainerText, type DetainerKey } from './strings';

/** After a version conflict: what someone else recorded meanwhile, and that the form kept what was typed. */
export function ConflictNotice({ diff, timeZone }: { readonly diff: ConflictDiff; readonly timeZone: string }) {
  const { d, lang } = useDetainerText();
  const { t } = useI18n();
  return (
    <div className="message message-warning conflict" role="alert" tabIndex={-1}>
      <p>{d('conflict.intro')}</p>
      <ul>
        {diff.events.map((event) => (
          <li key={event.version}>
            {d('conflict.event', {
              what: d(`event.${event.type}` as DetainerKey),
              time: formatClock(event.recordedAt, timeZone, lang),
            })}
          </li>
        ))}
        {diff.statusNow && <li>{d('conflict.status', { status: t(`status.${diff.statusNow}`) })}</li>}
      </ul>
    </div>
  );
}
