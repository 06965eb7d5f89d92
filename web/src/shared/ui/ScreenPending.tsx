import { useI18n } from '../i18n';
import { Link } from '../Link';
import { href } from '../routes';
import { usePageTitle } from '../usePageTitle';

/** A desk screen whose route, roles and address exist but whose page is still being built (issue 11). */
export function ScreenPending() {
  const { t } = useI18n();
  usePageTitle(t('pending.title'));
  return (
    <section>
      <h1>{t('pending.title')}</h1>
      <p>{t('pending.body')}</p>
      <p>
        <Link to={href('desk')}>{t('forbidden.desk')}</Link>
      </p>
    </section>
  );
}
