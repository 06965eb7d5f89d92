import { useI18n } from '../../shared/i18n';
import { Link } from '../../shared/Link';
import { useLocation } from '../../shared/router';
import { href } from '../../shared/routes';
import { useSession } from '../../shared/session';
import { Loading } from '../../shared/ui/Loading';
import { usePageTitle } from '../../shared/usePageTitle';
import { ConflictsSection } from './ConflictsSection';
import { TokensSection } from './TokensSection';
import { UsersSection } from './UsersSection';

const SECTIONS = ['users', 'tokens', 'conflicts'] as const;
type Section = (typeof SECTIONS)[number];

/** /desk/admin?section=users|tokens|conflicts — admins: the agency's users, API tokens and identity conflicts. */
export function AdminPage() {
  const { t } = useI18n();
  const { session } = useSession();
  const { search } = useLocation();
  const asked = search.get('section') ?? '';
  const section: Section = (SECTIONS as readonly string[]).includes(asked) ? (asked as Section) : 'users';
  usePageTitle(`${t(`admin.section.${section}`)} · ${t('admin.title')}`);
  if (session.status !== 'signed-in') return <Loading />;
  const { agency } = session.me;

  return (
    <article className="page-wide admin-page">
      <h1>{t('admin.title')}</h1>
      <p className="muted">{agency.name}</p>
      <nav aria-label={t('admin.sections')} className="tabs">
        <ul>
          {SECTIONS.map((name) => (
            <li key={name}>
              <Link to={href('admin', {}, { section: name })} aria-current={name === section ? 'page' : undefined}>
                {t(`admin.section.${name}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {section === 'users' && <UsersSection timeZone={agency.timeZone} />}
      {section === 'tokens' && <TokensSection timeZone={agency.timeZone} />}
      {section === 'conflicts' && <ConflictsSection timeZone={agency.timeZone} />}
    </article>
  );
}
