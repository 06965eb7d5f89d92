import { useId } from 'react';
import { useI18n } from '../../shared/i18n';
import { DIMENSIONS, type Dimension, type ExplorerState } from './explorerState';

/** The first grouping (the chart's axis) and an optional second one (stacked, and a column of the table). */
export function GroupFields({
  groupBy,
  change,
}: {
  readonly groupBy: readonly Dimension[];
  readonly change: (next: Partial<ExplorerState>) => void;
}) {
  const { t } = useI18n();
  const firstId = useId();
  const secondId = useId();
  const [first = 'fiscalYear', second] = groupBy;
  return (
    <fieldset className="explorer-fields">
      <legend>{t('data.groupBy')}</legend>
      <div className="field">
        <label htmlFor={firstId}>{t('data.groupBy')}</label>
        <select
          id={firstId}
          value={first}
          onChange={(e) => {
            const next = e.target.value as Dimension;
            change({ groupBy: second === undefined || second === next ? [next] : [next, second] });
          }}
        >
          {DIMENSIONS.map((d) => (
            <option key={d} value={d}>
              {t(`data.dim.${d}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={secondId}>{t('data.thenBy')}</label>
        <select
          id={secondId}
          value={second ?? ''}
          onChange={(e) => change({ groupBy: e.target.value === '' ? [first] : [first, e.target.value as Dimension] })}
        >
          <option value="">{t('data.none')}</option>
          {DIMENSIONS.filter((d) => d !== first).map((d) => (
            <option key={d} value={d}>
              {t(`data.dim.${d}`)}
            </option>
          ))}
        </select>
      </div>
    </fieldset>
  );
}
