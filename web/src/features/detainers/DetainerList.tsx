import { toApiError } from '../../shared/api';
import { useDetainers } from '../../shared/api/hooks';
import { useI18n } from '../../shared/i18n';
import { Link } from '../../shared/Link';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { Loading } from '../../shared/ui/Loading';
import { Paging } from '../../shared/ui/Paging';
import { DetainerTable } from './DetainerTable';
import { inboxHref, isFiltered, toApiQuery, type InboxFilters } from './inboxSearch';

/**
 * One page of the agency's requests, in the order and with the filters of the address; asked again
 * every LIVE_REFRESH_MS while the tab is shown. A federal liaison sees only the requests it
 * submitted (the API filters), so its empty list says so.
 */
export function DetainerList({
  filters,
  timeZone,
  now,
  ownSubmissionsOnly,
}: {
  readonly filters: InboxFilters;
  readonly timeZone: string;
  readonly now: number;
  readonly ownSubmissionsOnly: boolean;
}) {
  const { t, plural } = useI18n();
  const answer = useDetainers(toApiQuery(filters), { live: true });

  if (answer.isPending) return <Loading />;
  // A 401 (session ended) is handled by the route guard: the reader is sent to sign in.
  if (answer.isError) return <ErrorMessage error={toApiError(answer.error)} />;

  const { items, total } = answer.data;
  if (total === 0) {
    const empty = isFiltered(filters)
      ? 'inbox.emptyFiltered'
      : ownSubmissionsOnly
        ? 'desk.emptySubmitted'
        : 'desk.empty';
    return <p className="message message-note">{t(empty)}</p>;
  }
  if (items.length === 0) {
    return (
      <div className="message message-note">
        <p>{t('inbox.pastEnd')}</p>
        <p>
          <Link to={inboxHref({ ...filters, offset: 0 })}>{t('inbox.firstPage')}</Link>
        </p>
      </div>
    );
  }
  return (
    <>
      <Paging
        label={t('desk.caption')}
        total={total}
        limit={filters.limit}
        offset={filters.offset}
        hrefAt={(offset) => inboxHref({ ...filters, offset })}
        totalText={plural('inbox.total', total)}
      />
      <DetainerTable items={items} timeZone={timeZone} now={now} />
    </>
  );
}
