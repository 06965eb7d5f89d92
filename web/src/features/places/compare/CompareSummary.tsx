import { toApiError } from '../../../shared/api';
import { usePlaceSummary } from '../../../shared/api/hooks';
import { useI18n } from '../../../shared/i18n';
import { ErrorMessage } from '../../../shared/ui/ErrorMessage';
import { Loading } from '../../../shared/ui/Loading';
import type { CompareProfile } from './compareParams';
import type { PlaceInfo } from './usePlaceInfo';

/**
 * What the law of one place says in plain words on the date for the person chosen: the sentence
 * the place page gives for that profile (generated from the engine's decisions, in both languages).
 */
export function CompareSummary({
  place,
  at,
  profile,
}: {
  readonly place: PlaceInfo;
  readonly at: string | null;
  readonly profile: CompareProfile;
}) {
  const { lang, t } = useI18n();
  const answer = usePlaceSummary(place.state, place.countyFips, at);
  if (answer.isPending) return <Loading />;
  if (answer.isError) return <ErrorMessage error={toApiError(answer.error)} />;
  const chosen = answer.data.profiles.find((p) => p.profile === profile);
  return (
    <div className="place-summary compare-summary">
      <h3>{t('compare.summary.for', { profile: t(`map.profile.${profile}`) })}</h3>
      <p className="summary-lead">{chosen ? chosen.sentence[lang] : answer.data.lead[lang]}</p>
      <p className="small muted">
        {answer.data.request === null
          ? t('summary.noRequest')
          : t('summary.request', {
              form: answer.data.request.form,
              edition: answer.data.request.formEdition,
              warrant: t(`summary.warrant.${answer.data.request.warrant}`),
            })}{' '}
        {t('summary.generated')}
      </p>
    </div>
  );
}
