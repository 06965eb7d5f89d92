import { useQueries } from '@tanstack/react-query';
import { getDetainerStats } from '../../../shared/api';
import { queryKeys } from '../../../shared/api/keys';
import { pivotByYear } from '../../../shared/charts/statsData';
import type { DetainerStatsDto } from '../../../shared/types';
import { chartQuery, COMPARE_CHARTS, seriesKey, type CompareChart } from './compareCharts';
import { sharedScale, type SharedScale } from './sharedScale';
import type { PlaceInfo } from './usePlaceInfo';

/** The table a year chart draws from an answer (as YearChart pivots it). */
const tableOf = (answer: DetainerStatsDto, chart: CompareChart) =>
  pivotByYear(
    chart.series === null ? answer.rows.map((r) => ({ ...r, series: 'count' })) : answer.rows,
    seriesKey(chart),
  );

/**
 * One scale per chart for both places: the same fiscal years and the same y maximum, from both
 * answers (the same queries the charts ask, so each is fetched once). Null until both are in.
 */
export function useSharedScales(
  a: PlaceInfo,
  b: PlaceInfo,
  release: string | null,
): Readonly<Record<CompareChart['id'], SharedScale | null>> {
  const pairs = COMPARE_CHARTS.flatMap((chart) => [a, b].map((place) => ({ chart, place })));
  const answers = useQueries({
    queries: pairs.map(({ chart, place }) => {
      const query = release === null ? {} : chartQuery(place, release, chart);
      return {
        queryKey: queryKeys.detainerStats(query),
        queryFn: ({ signal }: { signal: AbortSignal }) => getDetainerStats(query, signal),
        enabled: release !== null,
        staleTime: Infinity,
      };
    }),
  });
  const scales = {} as Record<CompareChart['id'], SharedScale | null>;
  COMPARE_CHARTS.forEach((chart, i) => {
    const [first, second] = [answers[2 * i]?.data, answers[2 * i + 1]?.data];
    scales[chart.id] = first && second ? sharedScale([tableOf(first, chart), tableOf(second, chart)]) : null;
  });
  return scales;
}
