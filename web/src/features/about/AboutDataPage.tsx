import { useI18n, type MessageKey } from '../../shared/i18n';
import { usePageTitle } from '../../shared/usePageTitle';
import { AboutMeasures } from './AboutMeasures';
import { AboutReleases } from './AboutReleases';
import { SOURCES } from './outcomeTable';

const FLAWS = ['undercount', 'disagree', 'redactions', 'duplicates', 'forms', 'releases', 'synthetic'];

/** /about/data — the methodology page: every measure defined, the releases and sources, their known flaws. */
export function AboutDataPage() {
  const { t } = useI18n();
  usePageTitle(t('about.nav'));
  return (
    <article className="about-data">
      <h1>{t('about.title')}</h1>
      <p>{t('about.intro')}</p>
      <AboutMeasures />
      <AboutReleases />
      <section aria-labelledby="about-sources">
        <h2 id="about-sources">{t('about.sources')}</h2>
        <ul>
          {SOURCES.map((s) => (
            <li key={s.key}>
              {t(s.key)}: <a href={s.url}>{s.url}</a>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="about-flaws">
        <h2 id="about-flaws">{t('about.flaws')}</h2>
        <ul>
          {FLAWS.map((f) => (
            <li key={f}>{t(`about.flaw.${f}` as MessageKey)}</li>
          ))}
        </ul>
      </section>
    </article>
  );
}
