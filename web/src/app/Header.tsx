import { useI18n } from '../shared/i18n';
import { LanguageSwitch } from '../shared/LanguageSwitch';
import { Link } from '../shared/Link';
import { href, ROUTES, type Href } from '../shared/routes';
import { useSession } from '../shared/session';

/** On every page: the app name, Home, Sign in (or Desk when signed in), and the language switch. */
export function Header({ pathname }: { readonly pathname: string }) {
  const { t } = useI18n();
  const { session } = useSession();
  const current = (path: Href) => (pathname === path ? ('page' as const) : undefined);
  const account =
    session.status === 'signed-in'
      ? { to: href('desk'), label: t('nav.desk') }
      : { to: href('signIn'), label: t('nav.signIn') };

  const role = session.status === 'signed-in' ? session.me.user.role : null;
  const staffLinks = (
    [
      { name: 'audit', label: t('nav.audit') },
      { name: 'admin', label: t('nav.admin') },
    ] as const
  )
    .filter(({ name }) => role !== null && (ROUTES[name].access as readonly string[]).includes(role))
    .map(({ name, label }) => ({ to: href(name), label }));

  return (
    <header className="site-header">
      <div className="site-header-inner">
        <Link to={href('home')} className="brand">
          {t('app.name')}
        </Link>
        <nav aria-label={t('nav.label')}>
          <ul>
            <li>
              <Link to={href('home')} aria-current={current(href('home'))}>
                {t('nav.home')}
              </Link>
            </li>
            {/* map-page (issue 12): the law on a county map. */}
            <li>
              <Link to={href('map')} aria-current={current(href('map'))}>
                {t('nav.map')}
              </Link>
            </li>
            {/* explorer (issue 12): the data explorer. */}
            <li>
              <Link to={href('data')} aria-current={current(href('data'))}>
                {t('nav.data')}
              </Link>
            </li>
            <li>
              <Link to={account.to} aria-current={current(account.to)}>
                {account.label}
              </Link>
            </li>
            {/* Audit and admin screens (issue 11): shown to the roles the route table admits. */}
            {staffLinks.map((link) => (
              <li key={link.to}>
                <Link to={link.to} aria-current={current(link.to)}>
                  {link.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <LanguageSwitch />
      </div>
    </header>
  );
}
