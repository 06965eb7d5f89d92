import { StateList } from '../features/places/StateList';
import { useI18n } from '../shared/i18n';
import { usePageTitle } from '../shared/usePageTitle';

/** / — what Detainer Desk is, and every state, DC and territory. */
export function HomePage() {
  const { t } = useI18n();
  usePageTitle(null);
  return (
    <article>
      <h1>{t('app.name')}</h1>
      <p className="lede">{t('home.intro')}</p>
      <section aria-labelledby="places-heading">
        <h2 id="places-heading">{t('home.places')}</h2>
        <p className="muted">{t('home.placesHint')}</p>
        <StateList />
      </section>
    </article>
  );
}
