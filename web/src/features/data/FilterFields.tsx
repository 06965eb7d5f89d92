import { useId } from 'react';
import { useDetainerStats, usePlaceState, useStates } from '../../shared/api/hooks';
import { isMessageKey, useI18n } from '../../shared/i18n';
import {
  CONVICTION_CATEGORIES,
  CRIMINALITY,
  FIRST_FISCAL_YEAR,
  LAST_FISCAL_YEAR,
  OUTCOMES,
  type ExplorerState,
  type Outcome,
} from './explorerState';
import { SelectField } from './SelectField';
import { facilityWords } from '../../shared/charts/statsData';

const FISCAL_YEARS = Array.from({ length: LAST_FISCAL_YEAR - FIRST_FISCAL_YEAR + 1 }, (_, i) => LAST_FISCAL_YEAR - i);

/** The values a dimension takes in the imported records (forms, lift reasons, a state's facilities). */
function useValues(groupBy: 'form' | 'liftReason' | 'facility' | 'citizenship' | 'aor', state?: string) {
  const answer = useDetainerStats(
    // Every value the records hold, re-issues' lift reasons too.
    groupBy === 'facility' && state === undefined
      ? null
      : { groupBy, includeReissues: true, ...(state ? { state } : {}) },
  );
  return answer.data;
}

/** The filters: a fiscal year or dates, the place (state, county, facility), outcome, form and lift reason. */
export function FilterFields({
  draft,
  change,
}: {
  readonly draft: ExplorerState;
  readonly change: (next: Partial<ExplorerState>) => void;
}) {
  const { t } = useI18n();
  const fromId = useId();
  const reissuesId = useId();
  const toId = useId();
  const states = useStates();
  const counties = usePlaceState(draft.state ?? null);
  const forms = useValues('form');
  const reasons = useValues('liftReason');
  const facilities = useValues('facility', draft.state);
  const countries = useValues('citizenship');
  const areas = useValues('aor');
  const words = (values: typeof forms, key: 'form' | 'liftReason' | 'citizenship' | 'aor') =>
    (values?.rows ?? []).flatMap((r) => (typeof r[key] === 'string' ? [[r[key], r[key]] as const] : []));
  const outcomeWords = (o: Outcome) => {
    const key = `stats.outcome.${o}`;
    return isMessageKey(key) ? t(key) : o;
  };
  const message = (key: string) => (isMessageKey(key) ? t(key) : key);
  const set = (name: keyof ExplorerState) => (value: string) => change({ [name]: value === '' ? undefined : value });
  return (
    <fieldset className="explorer-fields">
      <legend>{t('data.filters')}</legend>
      <SelectField
        label={t('data.fiscalYear')}
        value={draft.fy === undefined ? '' : String(draft.fy)}
        options={FISCAL_YEARS.map((y) => [String(y), t('stats.fy', { year: y })] as const)}
        change={(v) => change({ fy: v === '' ? undefined : Number(v) })}
      />
      <div className="field">
        <label htmlFor={fromId}>{t('data.from')}</label>
        <input
          id={fromId}
          type="date"
          value={draft.from ?? ''}
          disabled={draft.fy !== undefined}
          onChange={(e) => set('from')(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={toId}>{t('data.to')}</label>
        <input
          id={toId}
          type="date"
          value={draft.to ?? ''}
          disabled={draft.fy !== undefined}
          onChange={(e) => set('to')(e.target.value)}
        />
      </div>
      <p className="small muted field-note">{t('data.fyWins')}</p>
      <SelectField
        label={t('data.dim.state')}
        value={draft.state ?? ''}
        options={(states.data?.states ?? []).map((s) => [s.code, s.name] as const)}
        change={(v) => change({ state: v === '' ? undefined : v, county: undefined, facility: undefined })}
      />
      <SelectField
        label={t('data.dim.county')}
        value={draft.county ?? ''}
        disabled={draft.state === undefined}
        options={(counties.data?.counties ?? []).map((c) => [c.fips, c.name] as const)}
        change={set('county')}
      />
      <SelectField
        label={t('data.dim.facility')}
        value={draft.facility === undefined ? '' : String(draft.facility)}
        disabled={draft.state === undefined}
        options={(facilities?.facilities ?? []).map((f) => [String(f.id), facilityWords(f)] as const)}
        change={(v) => change({ facility: v === '' ? undefined : Number(v) })}
      />
      <SelectField
        label={t('data.dim.outcome')}
        value={draft.outcome ?? ''}
        options={OUTCOMES.map((o) => [o, outcomeWords(o)] as const)}
        change={set('outcome')}
      />
      <SelectField
        label={t('data.dim.form')}
        value={draft.form ?? ''}
        options={words(forms, 'form')}
        change={set('form')}
      />
      <SelectField
        label={t('data.dim.liftReason')}
        value={draft.liftReason ?? ''}
        options={words(reasons, 'liftReason')}
        change={set('liftReason')}
      />
      <SelectField
        label={t('data.dim.criminality')}
        value={draft.criminality ?? ''}
        options={CRIMINALITY.map((c) => [c, message(`measures.criminality.${c}`)] as const)}
        change={set('criminality')}
      />
      <SelectField
        label={t('data.dim.citizenship')}
        value={draft.citizenship ?? ''}
        options={words(countries, 'citizenship')}
        change={set('citizenship')}
      />
      <SelectField
        label={t('data.dim.usCitizen')}
        value={draft.usCitizen === undefined ? '' : String(draft.usCitizen)}
        options={[
          ['true', t('data.value.usCitizen')],
          ['false', t('data.value.notUsCitizen')],
        ]}
        change={(v) => change({ usCitizen: v === '' ? undefined : v === 'true' })}
      />
      <SelectField
        label={t('data.dim.convictionCategory')}
        value={draft.convictionCategory ?? ''}
        options={CONVICTION_CATEGORIES.map((c) => [c, message(`data.conviction.${c}`)] as const)}
        change={set('convictionCategory')}
      />
      <SelectField
        label={t('data.dim.aor')}
        value={draft.aor ?? ''}
        options={words(areas, 'aor')}
        change={set('aor')}
      />
      <div className="field field-checkbox">
        <span className="checkbox">
          <input
            id={reissuesId}
            type="checkbox"
            checked={draft.includeReissues}
            aria-describedby={`${reissuesId}-help`}
            onChange={(e) => change({ includeReissues: e.target.checked })}
          />
          <label htmlFor={reissuesId}>{t('data.includeReissues')}</label>
        </span>
        <p id={`${reissuesId}-help`} className="small muted field-note">
          {t('data.includeReissuesHelp')}
        </p>
      </div>
    </fieldset>
  );
}
