import type { MessageKey } from '../../../shared/i18n';
import type { DetainerStatsQueryDto } from '../../../shared/types';
import type { PlaceInfo } from './usePlaceInfo';

/** The charts of ICE's numbers shown for both places, each on one scale (the place page's year charts). */
export const COMPARE_CHARTS = [
  { id: 'outcomes', title: 'stats.chart.outcomes', groupBy: 'fiscalYear,outcome', series: 'outcome' },
  { id: 'declined', title: 'stats.chart.declined', groupBy: 'fiscalYear', series: null },
  { id: 'forms', title: 'stats.chart.forms', groupBy: 'fiscalYear,form', series: 'form' },
] as const satisfies readonly {
  id: string;
  title: MessageKey;
  groupBy: string;
  series: 'outcome' | 'form' | null;
}[];
export type CompareChart = (typeof COMPARE_CHARTS)[number];

/** A place as the statistics route names it. */
export const statsPlace = (place: PlaceInfo): DetainerStatsQueryDto =>
  place.countyFips === null ? { state: place.state } : { county: place.countyFips };

/** The query of one chart for one place (the same object the chart asks, so the cache answers both). */
export function chartQuery(place: PlaceInfo, release: string, chart: CompareChart): DetainerStatsQueryDto {
  return {
    ...statsPlace(place),
    release,
    groupBy: chart.groupBy,
    ...(chart.id === 'declined' ? { outcome: 'declined-by-agency' as const } : {}),
  };
}

/** The rows of an answer as the chart pivots them: a chart of one series counts under `series`. */
export const seriesKey = (chart: CompareChart): string => chart.series ?? 'series';
