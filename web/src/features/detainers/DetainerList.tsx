import { toApiError } from '../../shared/api';
import { useDetainers } from '../../shared/api/hooks';
import { useI18n } from '../../shared/i18n';
import { navigate } from '../../shared/router';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { Loading } from '../../shared/ui/Loading';
import { DetainerTable } from './DetainerTable';
import { deskHref, PAGE_SIZE } from './detainersApi';
import { Pager } from './Pager';

/**
 * One page of the agency's requests, most recently received first. A federal liaison sees only the
 * requests it submitted (the API filters), so its empty list says so.
 */
export function DetainerList({
  offset,
  timeZone,
  ownSubmissionsOnly,
}: {
  readonly offset: number;
  readonly timeZone: string;
  readonly ownSubmissionsOnly: boolean;
}) {
  const { t } = useI18n();
  const answer = useDetainers({ limit: PAGE_SIZE, offset }, { live: true });

  if (answer.isPending) return <Loading />;
  // A 401 (session ended) is handled by the route guard: the reader is sent to sign in.
  if (answer.isError) return <ErrorMessage error={toApiError(answer.error)} />;

  const { items, total, limit } = answer.data;
  if (total === 0) {
    return <p className="message message-note">{t(ownSubmissionsOnly ? 'desk.emptySubmitted' : 'desk.empty')}</p>;
  }
  return (
    <>
      <p className="muted">
        {t('desk.range', {
          from: items.length > 0 ? offset + 1 : 0,
          to: offset + items.length,
          total,
        })}
      </p>
      <DetainerTable items={items} timeZone={timeZone} />
      <Pager total={total} limit={limit} offset={offset} onChange={(next) => navigate(deskHref(next))} />
    </>
  );
}
