import { useI18n } from '../i18n';
import { Link } from '../Link';
import { href } from '../routes';
import { usePageTitle } from '../usePageTitle';

/** 404: no route has this address. */
export function NotFoundPage() {
  const { t } = useI18n();
  usePageTitle(t('notFound.title'));
  return (
    <section>
      <h1>{t('notFound.title')}</h1>
      <p>{t('notFound.body')}</p>
      <p>
        <Link to={href('home')}>{t('notFound.home')}</Link>
      </p>
    </section>
  );
}
