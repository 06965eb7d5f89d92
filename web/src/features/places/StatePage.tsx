import { useEffect, type ReactNode } from 'react';
import { toApiError } from '../../shared/api';
import { usePlaceState } from '../../shared/api/hooks';
import { useI18n } from '../../shared/i18n';
import { Link } from '../../shared/Link';
import { navigate, useLocation } from '../../shared/router';
import { href } from '../../shared/routes';
import { describeTimeZone } from '../../shared/time';
import { Breadcrumb } from '../../shared/ui/Breadcrumb';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { Loading } from '../../shared/ui/Loading';
import { NotFound } from '../../shared/ui/NotFound';
import { usePageTitle } from '../../shared/usePageTitle';
import { CountySearch } from './CountySearch';
import { USPS_CODE } from './placesApi';
import { PlaceSummary } from './PlaceSummary';
import { PlaceStats } from './stats/PlaceStats';

/** /places/:code — a state, DC or territory, with its counties. */
export function StatePage({
  code,
  rules,
}: {
  readonly code: string;
  /** The rules in force there (the law library's, composed by the app). */
  readonly rules: (state: string) => ReactNode;
}) {
  const { lang, t } = useI18n();
  const valid = USPS_CODE.test(code);
  const canonical = code.toUpperCase();
  const { search } = useLocation();
  const answer = usePlaceState(valid ? canonical : null);
  usePageTitle(answer.isSuccess ? answer.data.state.name : null);

  // "/places/ca" works, and the address bar then shows the canonical "/places/CA".
  const found = answer.isSuccess;
  useEffect(() => {
    if (found && code !== canonical)
      navigate(href('state', { code: canonical }, Object.fromEntries(search)), { replace: true });
  }, [found, code, canonical, search]);

  const notFound = <NotFound message={t('place.stateNotFound', { code })} />;
  if (!valid) return notFound;
  if (answer.isPending) return <Loading />;
  if (answer.isError) {
    const error = toApiError(answer.error);
    return error.status === 404 ? notFound : <ErrorMessage error={error} />;
  }

  const { state, counties } = answer.data;
  return (
    <article>
      <Breadcrumb crumbs={[{ label: t('nav.home'), to: href('home') }, { label: state.name }]} />
      <h1>{state.name}</h1>
      <dl className="facts">
        <dt>{t('place.kind')}</dt>
        <dd>{t(`kind.${state.kind}`)}</dd>
        <dt>{t('place.timeZone')}</dt>
        <dd>{describeTimeZone(state.timeZone, lang)}</dd>
      </dl>
      {/* compare (issue 12, point 5) */}
      <p>
        <Link to={href('compare', {}, { a: state.code, at: search.get('at') })}>{t('compare.link')}</Link>
      </p>
      <PlaceSummary state={state.code} />
      {rules(state.code)}
      <PlaceStats state={state.code} />
      <h2 id="counties-heading">{t('place.counties')}</h2>
      <CountySearch stateCode={state.code} counties={counties} />
    </article>
  );
}
