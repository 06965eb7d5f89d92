import { useI18n } from '../../shared/i18n';
import { useLocation } from '../../shared/router';
import { useSession } from '../../shared/session';
import { Loading } from '../../shared/ui/Loading';
import { SignOutButton } from '../../shared/ui/SignOutButton';
import { usePageTitle } from '../../shared/usePageTitle';
import { offsetFrom } from './detainersApi';
import { DetainerList } from './DetainerList';
import { SyntheticBanner } from './SyntheticBanner';

/** /desk — the signed-in agency's requests. The route guard lets only signed-in staff in. */
export function DeskPage() {
  const { t } = useI18n();
  const { session } = useSession();
  const { search } = useLocation();
  usePageTitle(t('desk.title'));

  if (session.status !== 'signed-in') return <Loading />;
  const { user, agency } = session.me;
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
      <p className="small muted">{t('desk.timesNote', { timeZone: agency.timeZone })}</p>
      <DetainerList
        offset={offsetFrom(search)}
        timeZone={agency.timeZone}
        ownSubmissionsOnly={user.role === 'federal-liaison'}
      />
    </article>
  );
}
