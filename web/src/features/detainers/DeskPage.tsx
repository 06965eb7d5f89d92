import { useEffect } from 'react';
import { ErrorMessage } from '../../shared/ErrorMessage';
import { useI18n } from '../../shared/i18n';
import { Loading } from '../../shared/Loading';
import { navigate, useLocation } from '../../shared/router';
import { usePageTitle } from '../../shared/usePageTitle';
import { mustEnrolSecondFactor, useSession } from '../auth/session';
import { SignOutButton } from '../auth/SignOutButton';
import { offsetFrom } from './detainersApi';
import { DetainerList } from './DetainerList';
import { SyntheticBanner } from './SyntheticBanner';

/** /desk — the signed-in agency's requests. Without a session, the reader is sent to sign in. */
export function DeskPage() {
  const { t } = useI18n();
  const { session } = useSession();
  const { search } = useLocation();
  usePageTitle(t('desk.title'));

  useEffect(() => {
    if (session.status === 'anonymous') navigate('/sign-in', { replace: true });
    // An admin or supervisor without a second factor may only enrol one (the sign-in page does it).
    if (session.status === 'signed-in' && mustEnrolSecondFactor(session.me)) navigate('/sign-in', { replace: true });
  }, [session]);

  if (session.status === 'loading' || session.status === 'anonymous') return <Loading />;
  if (session.status === 'error') return <ErrorMessage error={session.error} />;
  if (mustEnrolSecondFactor(session.me)) return <Loading />;

  const { user, agency } = session.me;
  return (
    <article>
      <div className="desk-heading">
        <div>
          <h1>{agency.name}</h1>
          <p className="muted">{t('desk.signedInAs', { name: user.displayName, role: t(`role.${user.role}`) })}</p>
        </div>
        <SignOutButton />
      </div>
      {agency.synthetic && <SyntheticBanner />}
      <p className="small muted">{t('desk.timesNote', { timeZone: agency.timeZone })}</p>
      <DetainerList offset={offsetFrom(search)} timeZone={agency.timeZone} />
    </article>
  );
}
