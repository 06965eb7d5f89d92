import { useI18n } from '../../shared/i18n';
import { Link } from '../../shared/Link';
import { navigate, useLocation } from '../../shared/router';
import { safeNext } from '../../shared/guard';
import { href } from '../../shared/routes';
import { mustEnrolSecondFactor, useSession } from '../../shared/session';
import type { MeDto } from '../../shared/types';
import { Loading } from '../../shared/ui/Loading';
import { SignOutButton } from '../../shared/ui/SignOutButton';
import { usePageTitle } from '../../shared/usePageTitle';
import { SignInForm } from './SignInForm';

/** /sign-in — then back to where the reader was going (?next=, a path of this site only), else the desk. */
export function SignInPage() {
  const { t } = useI18n();
  const { session, signedIn } = useSession();
  const { search } = useLocation();
  const next = safeNext(search.get('next')) ?? href('desk');
  usePageTitle(t('signIn.title'));
  const done = (me: MeDto) => {
    signedIn(me);
    navigate(next);
  };

  return (
    <section className="narrow">
      <h1>{t('signIn.title')}</h1>
      {session.status === 'loading' && <Loading />}
      {session.status === 'signed-in' && mustEnrolSecondFactor(session.me) && (
        <>
          <SignInForm startWithEnrolment onSignedIn={done} />
          <SignOutButton />
        </>
      )}
      {session.status === 'signed-in' && !mustEnrolSecondFactor(session.me) && (
        <p>
          {t('signIn.already', { name: session.me.user.displayName })} <Link to={next}>{t('signIn.goToDesk')}</Link>
        </p>
      )}
      {(session.status === 'anonymous' || session.status === 'error') && (
        <>
          <p className="lede">{t('signIn.intro')}</p>
          <SignInForm onSignedIn={done} />
        </>
      )}
    </section>
  );
}
