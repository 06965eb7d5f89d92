import {
  categoriesFor,
  emptyRow,
  modeOf,
  OFFENSE_LEVELS,
  rowsOf,
  rowsText,
  type FactList,
  type FactRow,
} from './factRows';
import { FormField, SelectField } from './FormField';
import { type MessageKey, useI18n } from '../../shared/i18n';

/**
 * Convictions or pending charges, row by row: not known, none on record, or the rows (each with
 * its level, categories and flag; a conviction also its date), rows added and removed by buttons.
 * Every control is labelled with its row number; errors sit at the field they name.
 */
export function FactListEditor(props: {
  readonly list: FactList;
  readonly value: string | undefined;
  readonly errors: Readonly<Record<string, string>>;
  readonly onChange: (name: string, value: string) => void;
  /** The agency's state: the categories offered are the general ones and that state's. */
  readonly stateCode?: string;
}) {
  const { t } = useI18n();
  const { list, value, errors, onChange, stateCode } = props;
  const name = `facts.${list}`;
  const rows = rowsOf(value);
  const set = (next: readonly FactRow[]) => onChange(name, rowsText(next));
  const update = (i: number, change: Partial<FactRow>) =>
    set(rows.map((row, j) => (j === i ? { ...row, ...change } : row)));
  return (
    <fieldset className="fact-list">
      <legend>{t(`detainer.field.${list}`)}</legend>
      <SelectField
        name={name}
        label={t('detainer.facts.known')}
        value={modeOf(value)}
        error={errors[name]}
        onChange={(_, mode) => onChange(name, mode === 'list' ? rowsText([emptyRow(list)]) : mode)}
        choices={[
          { value: '', label: t('detainer.field.unknown') },
          { value: 'none', label: t('detainer.field.none') },
          { value: 'list', label: t(`detainer.facts.these.${list}`) },
        ]}
      />
      {rows.map((row, i) => {
        const at = `${name}[${i}]`;
        const n = i + 1;
        return (
          <fieldset key={i} className="fact-row">
            <legend>{t(`detainer.facts.row.${list}`, { n })}</legend>
            {list === 'convictions' && (
              <FormField id={`cmd-${at}.date`} label={t('detainer.facts.date')} error={errors[`${at}.date`]}>
                {(aria) => (
                  <input
                    {...aria}
                    type="date"
                    value={row.date ?? ''}
                    onChange={(e) => update(i, { date: e.target.value })}
                  />
                )}
              </FormField>
            )}
            <SelectField
              name={`${at}.level`}
              label={t('detainer.facts.level')}
              value={row.level}
              error={errors[`${at}.level`]}
              onChange={(_, level) => update(i, { level })}
              choices={[
                { value: '', label: t('detainer.facts.choose') },
                ...OFFENSE_LEVELS.map((v) => ({ value: v, label: t(`detainer.level.${v}`) })),
              ]}
            />
            <fieldset className="checkbox-group" id={`cmd-${at}.categories`}>
              <legend>{t('detainer.facts.categories')}</legend>
              {errors[`${at}.categories`] && <p className="field-error">{errors[`${at}.categories`]}</p>}
              {categoriesFor(stateCode, row.categories).map((category) => (
                <label className="checkbox" key={category}>
                  <input
                    type="checkbox"
                    checked={row.categories.includes(category)}
                    onChange={(e) =>
                      update(i, {
                        categories: e.target.checked
                          ? [...row.categories, category]
                          : row.categories.filter((c) => c !== category),
                      })
                    }
                  />
                  {t(`detainer.category.${category}` as MessageKey)}
                </label>
              ))}
            </fieldset>
            <label className="checkbox">
              <input type="checkbox" checked={row.flag} onChange={(e) => update(i, { flag: e.target.checked })} />
              {t(list === 'convictions' ? 'detainer.facts.prop47' : 'detainer.facts.magistrate')}
            </label>
            {list === 'convictions' && (
              <>
                <SelectField
                  name={`${at}.releasedMode`}
                  label={t('detainer.facts.released')}
                  value={row.released ?? ''}
                  error={undefined}
                  onChange={(_, mode) => update(i, { released: mode as FactRow['released'] })}
                  choices={[
                    { value: '', label: t('detainer.field.unknown') },
                    { value: 'none', label: t('detainer.facts.released.none') },
                    { value: 'date', label: t('detainer.facts.released.date') },
                  ]}
                />
                {row.released === 'date' && (
                  <FormField
                    id={`cmd-${at}.releasedFromIncarceration`}
                    label={t('detainer.facts.releasedOn')}
                    error={errors[`${at}.releasedFromIncarceration`]}
                  >
                    {(aria) => (
                      <input
                        {...aria}
                        type="date"
                        value={row.releasedOn ?? ''}
                        onChange={(e) => update(i, { releasedOn: e.target.value })}
                      />
                    )}
                  </FormField>
                )}
              </>
            )}
            <button type="button" className="button-link" onClick={() => set(rows.filter((_, j) => j !== i))}>
              {t(`detainer.facts.remove.${list}`, { n })}
            </button>
          </fieldset>
        );
      })}
      {rows.length > 0 && (
        <button type="button" className="button" onClick={() => set([...rows, emptyRow(list)])}>
          {t(`detainer.facts.add.${list}`)}
        </button>
      )}
    </fieldset>
  );
}
