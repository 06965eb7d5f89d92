import type { ReactNode } from 'react';
import { useI18n } from '../../shared/i18n';

/** The id of a field's control, its hint and its error: the summary links to `#${controlId(f)}`. */
export const controlId = (field: string) => `intake-${field}`;
export const hintId = (field: string) => `intake-${field}-hint`;
export const errorId = (field: string) => `intake-${field}-error`;

/** What a control needs to be described: its hint and error by id, invalid while it has an error. */
export function describedProps(field: string, hint: string | undefined, error: string | undefined) {
  const ids = [hint ? hintId(field) : null, error ? errorId(field) : null].filter((v) => v !== null);
  return {
    id: controlId(field),
    name: field,
    'aria-describedby': ids.length > 0 ? ids.join(' ') : undefined,
    'aria-invalid': error ? (true as const) : undefined,
  };
}

/** A labelled field: label (with "required"), hint, the error in the reader's language, then the control. */
export function Field(props: {
  readonly field: string;
  readonly label: string;
  readonly hint?: string | undefined;
  readonly required?: boolean;
  readonly error?: string | undefined;
  readonly children: ReactNode;
}) {
  const { t } = useI18n();
  const { field, label, hint, required, error, children } = props;
  return (
    <div className={error ? 'field field-error' : 'field'}>
      <label htmlFor={controlId(field)}>
        {label}
        {required && <span className="required-mark"> ({t('intake.required')})</span>}
      </label>
      {hint && (
        <p className="hint" id={hintId(field)}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field-message" id={errorId(field)}>
          {error}
        </p>
      )}
      {children}
    </div>
  );
}
