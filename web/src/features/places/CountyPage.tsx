import type { ReactNode } from 'react';
import { toApiError } from '../../shared/api';
import { useCounty } from '../../shared/api/hooks';
import { useI18n } from '../../shared/i18n';
import { Link } from '../../shared/Link';
import { useLocation } from '../../shared/router';
import { href } from '../../shared/routes';
import { describeTimeZone } from '../../shared/time';
import { Breadcrumb } from '../../shared/ui/Breadcrumb';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { Loading } from '../../shared/ui/Loading';
import { NotFound } from '../../shared/ui/NotFound';
import { usePageTitle } from '../../shared/usePageTitle';
import { COUNTY_FIPS } from './placesApi';
import { PlaceSummary } from './PlaceSummary';
import { PlaceStats } from './stats/PlaceStats';

/** /places/:code/:fips — one county (or equivalent). The FIPS code must belong to the state in the address. */
export function CountyPage({
  code,
  fips,
  rules,
}: {
  readonly code: string;
  readonly fips: string;
  /** The rules in force there (the law library's, composed by the app). */
  readonly rules: (state: string, countyFips: string) => ReactNode;
}) {
  const { lang, t } = useI18n();
  const { search } = useLocation();
  const valid = COUNTY_FIPS.test(fips);
  const answer = useCounty(valid ? fips : null);
  const found = answer.isSuccess && answer.data.state.code === code.toUpperCase();
  usePageTitle(found && answer.data ? `${answer.data.county.name}, ${answer.data.state.name}` : null);

  const notFound = <NotFound message={t('place.countyNotFound', { fips })} />;
  if (!valid) return notFound;
  if (answer.isPending) return <Loading />;
  if (answer.isError) {
    const error = toApiError(answer.error);
    return error.status === 404 ? notFound : <ErrorMessage error={error} />;
  }
  if (!found) return notFound;

  const { county, state } = answer.data;
  return (
    <article>
      <Breadcrumb
        crumbs={[
          { label: t('nav.home'), to: href('home') },
          { label: state.name, to: href('state', { code: state.code }) },
          { label: county.name },
        ]}
      />
      <h1>{county.name}</h1>
      <dl className="facts">
        <dt>{t('place.state')}</dt>
        <dd>
          <Link to={href('state', { code: state.code })}>{state.name}</Link>
        </dd>
        <dt>{t('place.fips')}</dt>
        <dd className="mono">{county.fips}</dd>
        <dt>{t('place.timeZone')}</dt>
        <dd>{describeTimeZone(county.timeZone, lang)}</dd>
      </dl>
      {/* compare (issue 12, point 5) */}
      <p>
        <Link to={href('compare', {}, { a: county.fips, at: search.get('at') })}>{t('compare.link')}</Link>
      </p>
      <PlaceSummary state={state.code} countyFips={county.fips} />
      {rules(state.code, county.fips)}
      <PlaceStats state={state.code} countyFips={county.fips} />
    </article>
  );
}
