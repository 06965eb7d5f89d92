import { ErrorMessage } from '../../shared/ErrorMessage';
import { useI18n } from '../../shared/i18n';
import { Link } from '../../shared/Link';
import { Loading } from '../../shared/Loading';
import { describeTimeZone } from '../../shared/time';
import { useApiGet } from '../../shared/useApiGet';
import { usePageTitle } from '../../shared/usePageTitle';
import { PlaceRules } from '../policies/PlaceRules';
import { Breadcrumb } from './Breadcrumb';
import { PlaceNotFound } from './PlaceNotFound';
import { COUNTY_FIPS, countyPath, stateHref, type CountyAnswer } from './placesApi';

/** /places/:code/:fips — one county (or equivalent). The FIPS code must belong to the state in the address. */
export function CountyPage({ code, fips }: { readonly code: string; readonly fips: string }) {
  const { lang, t } = useI18n();
  const valid = COUNTY_FIPS.test(fips);
  const answer = useApiGet<CountyAnswer>(valid ? countyPath(fips) : null);
  const found = answer.status === 'ok' && answer.data.state.code === code.toUpperCase();
  usePageTitle(found ? `${answer.data.county.name}, ${answer.data.state.name}` : null);

  const notFound = <PlaceNotFound message={t('place.countyNotFound', { fips })} />;
  if (!valid) return notFound;
  if (answer.status === 'loading') return <Loading />;
  if (answer.status === 'error') return answer.error.status === 404 ? notFound : <ErrorMessage error={answer.error} />;
  if (!found) return notFound;

  const { county, state } = answer.data;
  return (
    <article>
      <Breadcrumb
        crumbs={[
          { label: t('nav.home'), to: '/' },
          { label: state.name, to: stateHref(state.code) },
          { label: county.name },
        ]}
      />
      <h1>{county.name}</h1>
      <dl className="facts">
        <dt>{t('place.state')}</dt>
        <dd>
          <Link to={stateHref(state.code)}>{state.name}</Link>
        </dd>
        <dt>{t('place.fips')}</dt>
        <dd className="mono">{county.fips}</dd>
        <dt>{t('place.timeZone')}</dt>
        <dd>{describeTimeZone(county.timeZone, lang)}</dd>
      </dl>
      <PlaceRules state={state.code} countyFips={county.fips} />
    </article>
  );
}
