import { useI18n } from '../i18n';
import { Link } from '../Link';
import { href } from '../routes';
import type { Role } from '../types';
import { usePageTitle } from '../usePageTitle';

/** 403: signed in, but the route is for other roles. Says which role the reader has and which may open it. */
export function ForbiddenPage({ role, allowed }: { readonly role: Role; readonly allowed: readonly Role[] }) {
  const { lang, t } = useI18n();
  usePageTitle(t('forbidden.title'));
  const roles = new Intl.ListFormat(lang === 'es' ? 'es' : 'en', { type: 'disjunction' }).format(
    allowed.map((each) => t(`role.${each}`)),
  );
  return (
    <section>
      <h1>{t('forbidden.title')}</h1>
      <p className="message message-error">{t('forbidden.body', { role: t(`role.${role}`), roles })}</p>
      <p>{t('forbidden.help')}</p>
      <p>
        <Link to={href('desk')}>{t('forbidden.desk')}</Link>
      </p>
    </section>
  );
}
