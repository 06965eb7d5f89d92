import { useI18n } from '../../shared/i18n';
import { useSession } from '../../shared/session';
import { Loading } from '../../shared/ui/Loading';
import { usePageTitle } from '../../shared/usePageTitle';
import { ChainStatus } from './ChainStatus';
import { ReadsLog } from './ReadsLog';
import { SecurityEventsLog } from './SecurityEventsLog';

/** /desk/audit — admins and auditors: the chain's status, the reads of personal data, security events. */
export function AuditPage() {
  const { t } = useI18n();
  const { session } = useSession();
  usePageTitle(t('audit.title'));
  if (session.status !== 'signed-in') return <Loading />;
  const { agency } = session.me;

  return (
    <article className="page-wide audit-page">
      <h1>{t('audit.title')}</h1>
      <p className="muted">
        {agency.name}. {t('audit.intro')}
      </p>
      <p className="small muted">{t('desk.timesNote', { timeZone: agency.timeZone })}</p>
      <ChainStatus />
      <ReadsLog timeZone={agency.timeZone} />
      <SecurityEventsLog timeZone={agency.timeZone} />
    </article>
  );
}
