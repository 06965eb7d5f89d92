import { useSession } from '../features/auth/session';
import { useI18n } from '../shared/i18n';
import { LanguageSwitch } from '../shared/LanguageSwitch';
import { Link } from '../shared/Link';

/** On every page: the app name, Home, Sign in (or Desk when signed in), and the language switch. */
export function Header({ pathname }: { readonly pathname: string }) {
  const { t } = useI18n();
  const { session } = useSession();
  const current = (path: string) => (pathname === path ? ('page' as const) : undefined);
  const account =
    session.status === 'signed-in' ? { to: '/desk', label: t('nav.desk') } : { to: '/sign-in', label: t('nav.signIn') };

  return (
    <header className="site-header">
      <div className="site-header-inner">
        <Link to="/" className="brand">
          {t('app.name')}
        </Link>
        <nav aria-label={t('nav.label')}>
          <ul>
            <li>
              <Link to="/" aria-current={current('/')}>
                {t('nav.home')}
              </Link>
            </li>
            <li>
              <Link to={account.to} aria-current={current(account.to)}>
                {account.label}
              </Link>
            </li>
          </ul>
        </nav>
        <LanguageSwitch />
      </div>
    </header>
  );
}
