import { useId } from 'react';
import { toApiError } from '../../../shared/api';
import { useDetainerStats } from '../../../shared/api/hooks';
import { chooseRelease } from '../../../shared/charts/statsData';
import { useI18n } from '../../../shared/i18n';
import { navigate, useLocation } from '../../../shared/router';
import { href } from '../../../shared/routes';
import type { ResearchReleaseDto } from '../../../shared/types';
import { ErrorMessage } from '../../../shared/ui/ErrorMessage';
import { Loading } from '../../../shared/ui/Loading';
import { statsPlace } from './compareCharts';
import { searchOf, type CompareProfile } from './compareParams';
import { CompareSide } from './CompareSide';
import { useSharedScales } from './useSharedScales';
import type { PlaceInfo } from './usePlaceInfo';

/**
 * The two places side by side: their plain-language summaries, then ICE's numbers from one
 * release chosen once for both (?release=, else the largest either has; releases are never added
 * up), each pair of charts on one scale.
 */
export function CompareColumns({
  a,
  b,
  at,
  profile,
}: {
  readonly a: PlaceInfo;
  readonly b: PlaceInfo;
  readonly at: string | null;
  readonly profile: CompareProfile;
}) {
  const { t } = useI18n();
  const { search } = useLocation();
  const selectId = useId();
  const listA = useDetainerStats(statsPlace(a));
  const listB = useDetainerStats(statsPlace(b));
  const releases: ResearchReleaseDto[] = [];
  for (const r of [...(listA.data?.releases ?? []), ...(listB.data?.releases ?? [])]) {
    if (!releases.some((known) => known.id === r.id)) releases.push(r);
  }
  const release = chooseRelease(releases, search.get('release'));
  const scales = useSharedScales(a, b, release?.id ?? null);
  const failed = listA.error ?? listB.error;
  const choose = (id: string) => navigate(href('compare', {}, { ...searchOf(search), release: id }), { replace: true });

  return (
    <>
      <div className="compare-numbers">
        <p>{t('compare.numbers.intro')}</p>
        {failed && <ErrorMessage error={toApiError(failed)} />}
        {!failed && (listA.isPending || listB.isPending) && <Loading />}
        {listA.isSuccess && listB.isSuccess && release === null && (
          <p className="message message-note">{t('stats.noReleases')}</p>
        )}
        {release !== null && releases.length > 1 && (
          <p>
            <label htmlFor={selectId}>{t('stats.release')}</label>{' '}
            <select id={selectId} value={release.id} onChange={(e) => choose(e.target.value)}>
              {releases.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.id}
                </option>
              ))}
            </select>
          </p>
        )}
      </div>
      <div className="compare-columns">
        <CompareSide side="a" place={a} at={at} profile={profile} release={release} scales={scales} />
        <CompareSide side="b" place={b} at={at} profile={profile} release={release} scales={scales} />
      </div>
    </>
  );
}
