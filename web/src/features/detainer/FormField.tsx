import type { ReactNode } from 'react';

/** A labelled control with its error text tied to it (aria-invalid, aria-describedby). */
export function FormField({
  id,
  label,
  error,
  children,
}: {
  readonly id: string;
  readonly label: string;
  readonly error: string | undefined;
  readonly children: (props: {
    id: string;
    'aria-invalid': boolean;
    'aria-describedby': string | undefined;
  }) => ReactNode;
}) {
  const errorId = `${id}-error`;
  return (
    <div className={`field${error ? ' field-invalid' : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children({ id, 'aria-invalid': error !== undefined, 'aria-describedby': error ? errorId : undefined })}
      {error && (
        <p className="field-error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}

export interface Choice {
  readonly value: string;
  readonly label: string;
}

/** A select over choices, bound to one draft field. */
export function SelectField(props: {
  readonly name: string;
  readonly label: string;
  readonly choices: readonly Choice[];
  readonly value: string;
  readonly error: string | undefined;
  readonly onChange: (name: string, value: string) => void;
}) {
  return (
    <FormField id={`cmd-${props.name}`} label={props.label} error={props.error}>
      {(aria) => (
        <select
          {...aria}
          name={props.name}
          value={props.value}
          onChange={(e) => props.onChange(props.name, e.target.value)}
        >
          {props.choices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}

/** A text, multi-line text or local date-time input bound to one draft field. */
export function InputField(props: {
  readonly name: string;
  readonly label: string;
  readonly kind: 'date' | 'datetime-local' | 'text' | 'textarea';
  readonly value: string;
  readonly error: string | undefined;
  readonly required?: boolean;
  readonly onChange: (name: string, value: string) => void;
}) {
  return (
    <FormField id={`cmd-${props.name}`} label={props.label} error={props.error}>
      {(aria) =>
        props.kind === 'textarea' ? (
          <textarea
            {...aria}
            name={props.name}
            rows={3}
            maxLength={2000}
            required={props.required}
            value={props.value}
            onChange={(e) => props.onChange(props.name, e.target.value)}
          />
        ) : (
          <input
            {...aria}
            type={props.kind}
            name={props.name}
            required={props.required}
            value={props.value}
            onChange={(e) => props.onChange(props.name, e.target.value)}
          />
        )
      }
    </FormField>
  );
}
