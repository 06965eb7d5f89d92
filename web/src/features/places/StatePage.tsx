import { useEffect } from 'react';
import { ErrorMessage } from '../../shared/ErrorMessage';
import { useI18n } from '../../shared/i18n';
import { Loading } from '../../shared/Loading';
import { navigate } from '../../shared/router';
import { describeTimeZone } from '../../shared/time';
import { useApiGet } from '../../shared/useApiGet';
import { usePageTitle } from '../../shared/usePageTitle';
import { PlaceRules } from '../policies/PlaceRules';
import { Breadcrumb } from './Breadcrumb';
import { CountyTable } from './CountyTable';
import { PlaceNotFound } from './PlaceNotFound';
import { stateHref, statePath, USPS_CODE, type StateAnswer } from './placesApi';

/** /places/:code — a state, DC or territory, with its counties. */
export function StatePage({ code }: { readonly code: string }) {
  const { lang, t } = useI18n();
  const valid = USPS_CODE.test(code);
  const canonical = code.toUpperCase();
  const answer = useApiGet<StateAnswer>(valid ? statePath(canonical) : null);
  usePageTitle(answer.status === 'ok' ? answer.data.state.name : null);

  // "/places/ca" works, and the address bar then shows the canonical "/places/CA".
  const found = answer.status === 'ok';
  useEffect(() => {
    if (found && code !== canonical) navigate(stateHref(canonical), { replace: true });
  }, [found, code, canonical]);

  const notFound = <PlaceNotFound message={t('place.stateNotFound', { code })} />;
  if (!valid) return notFound;
  if (answer.status === 'loading') return <Loading />;
  if (answer.status === 'error') return answer.error.status === 404 ? notFound : <ErrorMessage error={answer.error} />;

  const { state, counties } = answer.data;
  return (
    <article>
      <Breadcrumb crumbs={[{ label: t('nav.home'), to: '/' }, { label: state.name }]} />
      <h1>{state.name}</h1>
      <dl className="facts">
        <dt>{t('place.kind')}</dt>
        <dd>{t(`kind.${state.kind}`)}</dd>
        <dt>{t('place.timeZone')}</dt>
        <dd>{describeTimeZone(state.timeZone, lang)}</dd>
      </dl>
      <PlaceRules state={state.code} />
      <h2 id="counties-heading">{t('place.counties')}</h2>
      <p>
        {t(counties.length === 1 ? 'place.countyCount.one' : 'place.countyCount.other', { count: counties.length })}
      </p>
      <CountyTable stateCode={state.code} counties={counties} />
    </article>
  );
}
