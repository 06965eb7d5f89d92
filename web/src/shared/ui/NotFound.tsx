import { useI18n } from '../i18n';
import { Link } from '../Link';
import { href } from '../routes';
import { usePageTitle } from '../usePageTitle';

/** Something the address names does not exist (a place, a rule, a detainer): says what, and links home. */
export function NotFound({ message, title }: { readonly message: string; readonly title?: string }) {
  const { t } = useI18n();
  const heading = title ?? t('place.notFound');
  usePageTitle(heading);
  return (
    <section>
      <h1>{heading}</h1>
      <p className="message message-error" role="alert">
        {message}
      </p>
      <p>
        <Link to={href('home')}>{t('place.allPlaces')}</Link>
      </p>
    </section>
  );
}
