import { useMemo } from 'react';
import { useDetainers, LIVE_REFRESH_MS } from '../../shared/api/hooks';
import { useI18n } from '../../shared/i18n';
import { Link } from '../../shared/Link';
import { href, ROUTES } from '../../shared/routes';
import { useSession } from '../../shared/session';
import { Loading } from '../../shared/ui/Loading';
import { SignOutButton } from '../../shared/ui/SignOutButton';
import { usePageTitle } from '../../shared/usePageTitle';
import { useUrlFilters } from '../../shared/useUrlFilters';
import { AlarmStrip } from './AlarmStrip';
import { DetainerList } from './DetainerList';
import { InboxFilters } from './InboxFilters';
import { INBOX_SEARCH, inboxAt, inboxHref, toApiQuery, type InboxParam } from './inboxSearch';
import { SyntheticBanner } from './SyntheticBanner';
import { useNow } from './useNow';

/**
 * /desk — the inbox: alarms first, then the agency's requests most urgent first, with filters,
 * order and page in the address. The route guard lets only signed-in staff in; a federal liaison
 * sees only its own submissions (the API filters).
 */
export function DeskPage() {
  const { t } = useI18n();
  const { session } = useSession();
  const now = useNow();
  const inbox = useUrlFilters(INBOX_SEARCH, inboxAt);
  const filters = useMemo(() => ({ ...inbox.filters, offset: inbox.offset }), [inbox]);
  const ignored = inbox.ignored as readonly InboxParam[];
  // The same query as the list (one request, cached): the alarms name requests on this page.
  const page = useDetainers(toApiQuery(filters), { live: true });
  const references = useMemo(
    () => new Map((page.data?.items ?? []).map((item) => [item.id, item.subject.reference] as const)),
    [page.data],
  );
  usePageTitle(t('desk.title'));

  if (session.status !== 'signed-in') return <Loading />;
  const { user, agency } = session.me;
  const may = (route: 'intake' | 'import') => (ROUTES[route].access as readonly string[]).includes(user.role);
  return (
    <article className="page-wide">
      <div className="desk-heading">
        <div>
          <h1>{agency.name}</h1>
          <p className="muted">{t('desk.signedInAs', { name: user.displayName, role: t(`role.${user.role}`) })}</p>
        </div>
        <SignOutButton />
      </div>
      {agency.synthetic && <SyntheticBanner />}
      {(may('intake') || may('import')) && (
        <nav className="desk-actions" aria-label={t('inbox.actions')}>
          {may('intake') && (
            <Link to={href('intake')} className="button button-primary">
              {t('inbox.logRequest')}
            </Link>
          )}
          {may('import') && (
            <Link to={href('import')} className="button">
              {t('inbox.bulkImport')}
            </Link>
          )}
        </nav>
      )}
      <AlarmStrip timeZone={agency.timeZone} references={references} />
      {ignored.length > 0 && (
        <div className="message message-note" role="note">
          <p>{t('inbox.ignored', { params: ignored.map((name) => t(`inbox.param.${name}`)).join(', ') })}</p>
        </div>
      )}
      <InboxFilters key={inboxHref(filters)} filters={filters} />
      <p className="small muted">
        {t('desk.timesNote', { timeZone: agency.timeZone })}{' '}
        {t('inbox.autoRefresh', { seconds: LIVE_REFRESH_MS / 1000 })}
      </p>
      <DetainerList
        filters={filters}
        timeZone={agency.timeZone}
        now={now}
        ownSubmissionsOnly={user.role === 'federal-liaison'}
      />
    </article>
  );
}
