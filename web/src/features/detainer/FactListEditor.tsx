import {
  emptyRow,
  modeOf,
  OFFENSE_CATEGORIES,
  OFFENSE_LEVELS,
  rowsOf,
  rowsText,
  type FactList,
  type FactRow,
} from './factRows';
import { FormField, SelectField } from './FormField';
import { useDetainerText, type DetainerKey } from './strings';

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
}) {
  const { d } = useDetainerText();
  const { list, value, errors, onChange } = props;
  const name = `facts.${list}`;
  const rows = rowsOf(value);
  const set = (next: readonly FactRow[]) => onChange(name, rowsText(next));
  const update = (i: number, change: Partial<FactRow>) =>
    set(rows.map((row, j) => (j === i ? { ...row, ...change } : row)));
  return (
    <fieldset className="fact-list">
      <legend>{d(`field.${list}`)}</legend>
      <SelectField
        name={name}
        label={d('facts.known')}
        value={modeOf(value)}
        error={errors[name]}
        onChange={(_, mode) => onChange(name, mode === 'list' ? rowsText([emptyRow(list)]) : mode)}
        choices={[
          { value: '', label: d('field.unknown') },
          { value: 'none', label: d('field.none') },
          { value: 'list', label: d(`facts.these.${list}`) },
        ]}
      />
      {rows.map((row, i) => {
        const at = `${name}[${i}]`;
        const n = i + 1;
        return (
          <fieldset key={i} className="fact-row">
            <legend>{d(`facts.row.${list}`, { n })}</legend>
            {list === 'convictions' && (
              <FormField id={`cmd-${at}.date`} label={d('facts.date')} error={errors[`${at}.date`]}>
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
              label={d('facts.level')}
              value={row.level}
              error={errors[`${at}.level`]}
              onChange={(_, level) => update(i, { level })}
              choices={[
                { value: '', label: d('facts.choose') },
                ...OFFENSE_LEVELS.map((v) => ({ value: v, label: d(`level.${v}`) })),
              ]}
            />
            <fieldset className="checkbox-group" id={`cmd-${at}.categories`}>
              <legend>{d('facts.categories')}</legend>
              {errors[`${at}.categories`] && <p className="field-error">{errors[`${at}.categories`]}</p>}
              {OFFENSE_CATEGORIES.map((category) => (
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
                  {d(`category.${category}` as DetainerKey)}
                </label>
              ))}
            </fieldset>
            <label className="checkbox">
              <input type="checkbox" checked={row.flag} onChange={(e) => update(i, { flag: e.target.checked })} />
              {d(list === 'convictions' ? 'facts.prop47' : 'facts.magistrate')}
            </label>
            <button type="button" className="button-link" onClick={() => set(rows.filter((_, j) => j !== i))}>
              {d(`facts.remove.${list}`, { n })}
            </button>
          </fieldset>
        );
      })}
      {rows.length > 0 && (
        <button type="button" className="button" onClick={() => set([...rows, emptyRow(list)])}>
          {d(`facts.add.${list}`)}
        </button>
      )}
    </fieldset>
  );
}
