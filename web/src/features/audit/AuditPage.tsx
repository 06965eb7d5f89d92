import { useI18n } from '../../shared/i18n';
import { useLocation } from '../../shared/router';
import { useSession } from '../../shared/session';
import { Loading } from '../../shared/ui/Loading';
import { usePageTitle } from '../../shared/usePageTitle';
import { offsetFrom, readFiltersFrom } from './auditSearch';
import { ChainStatus } from './ChainStatus';
import { ReadsLog } from './ReadsLog';
import { SecurityEventsLog } from './SecurityEventsLog';
import { isSecurityEventKind } from '../../shared/messages/securityEvents';

/** /desk/audit — admins and auditors: the chain's status, the reads of personal data, security events. */
export function AuditPage() {
  const { t } = useI18n();
  const { session } = useSession();
  const { search } = useLocation();
  usePageTitle(t('audit.title'));
  if (session.status !== 'signed-in') return <Loading />;
  const { agency } = session.me;

  const filters = readFiltersFrom(search);
  const readsOffset = offsetFrom(search, 'offset');
  const asked = search.get('kind') ?? '';
  const kind = isSecurityEventKind(asked) ? asked : '';
  const eventsOffset = offsetFrom(search, 'eventsOffset');
  const readParams = { ...filters, ...(readsOffset ? { offset: String(readsOffset) } : {}) };
  const eventParams = { kind, ...(eventsOffset ? { eventsOffset: String(eventsOffset) } : {}) };

  return (
    <article className="page-wide audit-page">
      <h1>{t('audit.title')}</h1>
      <p className="muted">
        {agency.name}. {t('audit.intro')}
      </p>
      <p className="small muted">{t('desk.timesNote', { timeZone: agency.timeZone })}</p>
      <ChainStatus />
      <ReadsLog filters={filters} offset={readsOffset} timeZone={agency.timeZone} keep={eventParams} />
      <SecurityEventsLog key={kind} kind={kind} offset={eventsOffset} timeZone={agency.timeZone} keep={readParams} />
    </article>
  );
}
