import { useI18n } from '../../shared/i18n';
import { Link } from '../../shared/Link';
import { usePageTitle } from '../../shared/usePageTitle';

/** Shown for an unknown USPS code or FIPS code (or, with its own title, an unknown rule). */
export function PlaceNotFound({ message, title }: { readonly message: string; readonly title?: string }) {
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
        <Link to="/">{t('place.allPlaces')}</Link>
      </p>
    </section>
  );
}
