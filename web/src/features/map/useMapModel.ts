import { useMemo } from 'react';
import { useStates } from '../../shared/api/hooks';
import { useLawMap, useStatesCounties } from '../../shared/api/mapHooks';
import { isMessageKey, useI18n } from '../../shared/i18n';
import { formatLocalDate } from '../../shared/time';
import type { MapGeometry } from './geometry';
import { fromApi, type MapData } from './mapData';
import { COLUMNS, filterRows, mapRows, type Column, type MapRow, type PlaceNames, type Words } from './mapRows';
import type { MapState } from './mapState';
import type { CountyInfo } from './MapTooltip';

export interface MapModel {
  readonly answer: ReturnType<typeof useLawMap>;
  readonly data: MapData | undefined;
  /** Every county's row (sorted by state and county). */
  readonly rows: readonly MapRow[];
  /** The rows the table shows (searched, every page). */
  readonly filtered: readonly MapRow[];
  readonly words: Words;
  readonly headings: Readonly<Record<Column, string>>;
  readonly info: ReadonlyMap<string, CountyInfo>;
  /** "Hold, June 1, 2014": what the map and table show, in words. */
  readonly subject: string;
}

/**
 * Everything the map page shows, from the API's answer and the places' names, in the reader's
 * language: the rows of the table, each county's words for the map, the table's headings.
 */
export function useMapModel(state: MapState, geometry: MapGeometry | undefined): MapModel {
  const { t, lang } = useI18n();
  const answer = useLawMap({ at: state.at, action: state.action, profile: state.profile });
  const states = useStates();
  const data = useMemo(() => (answer.data ? fromApi(answer.data) : undefined), [answer.data]);

  // County names: the geometry's, and for the places it does not draw (territories), their states' lists.
  const stateByFips = useMemo(
    () => new Map((states.data?.states ?? []).map((s) => [s.fips, { code: s.code, name: s.name }])),
    [states.data],
  );
  const undrawn = useMemo(() => {
    if (!geometry || !data) return [];
    const drawn = new Set(geometry.counties.map((c) => c.fips));
    const codes = data.counties.filter((c) => !drawn.has(c.fips)).map((c) => stateByFips.get(c.fips.slice(0, 2))?.code);
    return [...new Set(codes)].filter((code): code is string => code !== undefined).sort();
  }, [geometry, data, stateByFips]);
  const otherCounties = useStatesCounties(undrawn);
  const names = useMemo((): PlaceNames => {
    const counties = new Map((geometry?.counties ?? []).map((c) => [c.fips, c.name]));
    for (const county of otherCounties) counties.set(county.fips, county.name);
    return { county: (fips) => counties.get(fips), state: (fips) => stateByFips.get(fips) };
  }, [geometry, stateByFips, otherCounties]);

  const words = useMemo((): Words => {
    const fact = (name: string) => {
      const key = `detainer.fact.${name}`;
      return isMessageKey(key) ? t(key) : name;
    };
    return {
      modality: (row) =>
        row.modality !== 'undecided'
          ? t(`map.class.${row.modality}`)
          : row.conflict.length > 0
            ? t('map.undecidedConflict', { rules: row.conflict.join(', ') })
            : row.missing.length > 0
              ? t('map.undecidedFor', { facts: row.missing.map(fact).join(', ') })
              : t('map.class.undecided'),
      noRule: (row) => t(`map.noRule.${row.stateResearch}`),
    };
  }, [t]);

  const rows = useMemo(() => (data ? mapRows(data, names) : []), [data, names]);
  const filtered = useMemo(() => filterRows(rows, state.q, state.modality), [rows, state.q, state.modality]);
  const headings = useMemo(
    () => Object.fromEntries(COLUMNS.map((c) => [c, t(`map.col.${c}`)])) as Record<Column, string>,
    [t],
  );
  const info = useMemo(
    () =>
      new Map(
        rows.map((row): [string, CountyInfo] => {
          const place = row.stateName ? `${row.county}, ${row.stateName}` : row.county;
          const classText = words.modality(row);
          const rule = row.ruleTitle ?? words.noRule(row);
          const label = t('map.countyLabel', { county: row.county, state: row.stateName, class: classText, rule });
          return [
            row.fips,
            {
              modality: row.modality,
              place,
              classText,
              rule,
              citation: row.citation,
              label: row.citation ? `${label} (${row.citation})` : label,
            },
          ];
        }),
      ),
    [rows, words, t],
  );
  const subject = `${t(`map.action.${state.action}`)}, ${formatLocalDate(state.at, lang)}`;
  return { answer, data, rows, filtered, words, headings, info, subject };
}
