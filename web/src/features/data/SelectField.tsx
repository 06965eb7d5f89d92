import { useId } from 'react';
import { useI18n } from '../../shared/i18n';

/** A labelled select whose first option is "Any" (''); `options` are [value, words]. */
export function SelectField({
  label,
  value,
  options,
  change,
  disabled = false,
}: {
  readonly label: string;
  readonly value: string;
  readonly options: readonly (readonly [string, string])[];
  readonly change: (value: string) => void;
  readonly disabled?: boolean;
}) {
  const { t } = useI18n();
  const id = useId();
  // A value the options do not hold (yet: still loading) stays shown, so the choice is not lost.
  const shown = value !== '' && !options.some(([v]) => v === value) ? [[value, value] as const, ...options] : options;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} disabled={disabled} onChange={(e) => change(e.target.value)}>
        <option value="">{t('data.any')}</option>
        {shown.map(([v, words]) => (
          <option key={v} value={v}>
            {words}
          </option>
        ))}
      </select>
    </div>
  );
}
