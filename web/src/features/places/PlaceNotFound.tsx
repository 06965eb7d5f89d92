import { useI18n } from '../../shared/i18n';
import { Link } from '../../shared/Link';
import { usePageTitle } from '../../shared/usePageTitle';

/** Shown for an unknown USPS code or FIPS code. */
export function PlaceNotFound({ message }: { readonly message: string }) {
  const { t } = useI18n();
  usePageTitle(t('place.notFound'));
  return (
    <section>
      <h1>{t('place.notFound')}</h1>
      <p className="message message-error" role="alert">
        {message}
      </p>
      <p>
        <Link to="/">{t('place.allPlaces')}</Link>
      </p>
    </section>
  );
}
