import { Link } from '../../shared/Link';
import { Loading } from '../../shared/Loading';
import { navigate } from '../../shared/router';
import { useI18n } from '../../shared/i18n';
import { usePageTitle } from '../../shared/usePageTitle';
import { mustEnrolSecondFactor, useSession } from './session';
import { SignInForm } from './SignInForm';
import { SignOutButton } from './SignOutButton';

export function SignInPage() {
  const { t } = useI18n();
  const { session, signedIn } = useSession();
  usePageTitle(t('signIn.title'));

  return (
    <section className="narrow">
      <h1>{t('signIn.title')}</h1>
      {session.status === 'loading' && <Loading />}
      {session.status === 'signed-in' && mustEnrolSecondFactor(session.me) && (
        <>
          <SignInForm
            startWithEnrolment
            onSignedIn={(me) => {
              signedIn(me);
              navigate('/desk');
            }}
          />
          <SignOutButton />
        </>
      )}
      {session.status === 'signed-in' && !mustEnrolSecondFactor(session.me) && (
        <p>
          {t('signIn.already', { name: session.me.user.displayName })} <Link to="/desk">{t('signIn.goToDesk')}</Link>
        </p>
      )}
      {(session.status === 'anonymous' || session.status === 'error') && (
        <>
          <p className="lede">{t('signIn.intro')}</p>
          <SignInForm
            onSignedIn={(me) => {
              signedIn(me);
              navigate('/desk');
            }}
          />
        </>
      )}
    </section>
  );
}
