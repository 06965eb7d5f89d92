import { useMemo } from 'react';
import { useStates } from '../../shared/api/hooks';
import { useStatesCounties } from '../../shared/api/mapHooks';
import { facilityWords } from '../../shared/charts/statsData';
import { isMessageKey, useI18n } from '../../shared/i18n';
import type { DetainerStatsDto } from '../../shared/types';
import type { Dimension } from './explorerState';
import type { Namer } from './explorerTable';

/**
 * Values of the answer in words: states by name, counties by name and state (their states' county
 * lists asked for), facilities by the name, city and ICE code the answer gives, outcomes in the reader's language,
 * unknown values as "Unknown". Forms and lift reasons are words already (as the release gives them).
 */
export function useNamer(answer: DetainerStatsDto | undefined, groupBy: readonly Dimension[]): Namer {
  const { t } = useI18n();
  const states = useStates();
  const stateByFips = useMemo(() => new Map((states.data?.states ?? []).map((s) => [s.fips, s])), [states.data]);
  const countyStates = useMemo(() => {
    if (!answer || !groupBy.includes('county')) return [];
    const codes = new Set<string>();
    for (const row of answer.rows) {
      const fips = row.county;
      const state = typeof fips === 'string' ? stateByFips.get(fips.slice(0, 2)) : undefined;
      if (state) codes.add(state.code);
    }
    return [...codes].sort();
  }, [answer, groupBy, stateByFips]);
  const counties = useStatesCounties(countyStates);
  return useMemo(() => {
    const stateName = new Map((states.data?.states ?? []).map((s) => [s.code, s.name]));
    const countyName = new Map(counties.map((c) => [c.fips, `${c.name}, ${c.stateCode}`]));
    const facility = new Map((answer?.facilities ?? []).map((f) => [f.id, facilityWords(f)]));
    return (dimension, value) => {
      if (dimension === 'followed') {
        const key = `measures.followed.${String(value)}`;
        return value === null ? t('data.value.notDecline') : isMessageKey(key) ? t(key) : String(value);
      }
      if (dimension === 'criminality') {
        const key = `measures.criminality.${String(value)}`;
        return value === null ? t('data.value.notRecorded') : isMessageKey(key) ? t(key) : String(value);
      }
      if (dimension === 'usCitizen') return t(value === true ? 'data.value.usCitizen' : 'data.value.notUsCitizen');
      if (dimension === 'convictionCategory') {
        const key = `data.conviction.${String(value)}`;
        return value === null ? t('data.value.notRecorded') : isMessageKey(key) ? t(key) : String(value);
      }
      // Citizenship and area as the release writes them; none: not recorded (never a category).
      if ((dimension === 'citizenship' || dimension === 'aor') && value === null) return t('data.value.notRecorded');
      if (value === null) return t('stats.col.unknown');
      switch (dimension) {
        case 'state':
          return stateName.get(String(value)) ?? String(value);
        case 'county':
          return countyName.get(String(value)) ?? String(value);
        case 'facility':
          return facility.get(Number(value)) ?? String(value);
        case 'outcome': {
          const key = `stats.outcome.${String(value)}`;
          return isMessageKey(key) ? t(key) : String(value);
        }
        default:
          return typeof value === 'boolean' ? String(value) : value;
      }
    };
  }, [answer, counties, states.data, t]);
}
