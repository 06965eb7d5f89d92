import { useRef, useState, type FormEvent } from 'react';
import { toApiError } from '../../shared/api';
import { useCreateToken } from '../../shared/api/hooks';
import { useI18n } from '../../shared/i18n';
import type { CreatedTokenDto } from '../../shared/types';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { CreatedToken } from './CreatedToken';
import { FieldError, fieldError } from './FieldError';

const EMPTY = { name: '', days: '90', password: '', code: '' };

/** Creates one of the admin's own tokens: from a browser session it needs the password and the second factor's code. */
export function CreateTokenForm() {
  const { t } = useI18n();
  const create = useCreateToken();
  const [values, setValues] = useState(EMPTY);
  const [created, setCreated] = useState<CreatedTokenDto | null>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  const error = create.error ? toApiError(create.error) : null;
  const FIELDS = { name: 'name', days: 'expiresInDays', password: 'password', code: 'code' } as const;
  const on = (field: keyof typeof EMPTY) =>
    fieldError(error, FIELDS[field]) ??
    (field === 'password' && error?.code === 'AUTH.INVALID_CREDENTIALS' ? error : null) ??
    (field === 'code' && error?.code === 'AUTH.SECOND_FACTOR_REQUIRED' ? error : null);
  const placed = (['name', 'days', 'password', 'code'] as const).some((field) => on(field));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      {
        name: values.name.trim(),
        expiresInDays: Number(values.days),
        password: values.password,
        ...(values.code ? { code: values.code.trim() } : {}),
      },
      {
        onSuccess: (token) => {
          setCreated(token);
          setValues(EMPTY);
        },
        onError: (failure) => {
          const f = toApiError(failure);
          const field = (['name', 'days', 'password', 'code'] as const).find(
            (name) =>
              f.details['field'] === FIELDS[name] ||
              (name === 'password' && f.code === 'AUTH.INVALID_CREDENTIALS') ||
              (name === 'code' && f.code === 'AUTH.SECOND_FACTOR_REQUIRED'),
          );
          const target = field ? document.getElementById(`token-${field}`) : errorRef.current;
          window.setTimeout(() => target?.focus(), 0);
        },
      },
    );
  };

  const input = (field: keyof typeof EMPTY, label: string, extra: Record<string, string | number | boolean>) => (
    <div className="field">
      <label htmlFor={`token-${field}`}>{label}</label>
      <input
        id={`token-${field}`}
        name={field}
        value={values[field]}
        onChange={(e) => setValues({ ...values, [field]: e.target.value })}
        aria-invalid={on(field) ? true : undefined}
        aria-describedby={on(field) ? `token-${field}-error` : undefined}
        {...extra}
      />
      <FieldError id={`token-${field}-error`} error={on(field)} />
    </div>
  );

  if (created) return <CreatedToken token={created} onDone={() => setCreated(null)} />;
  return (
    <section aria-labelledby="create-token-heading" className="admin-form">
      <h3 id="create-token-heading">{t('admin.tokens.create')}</h3>
      <p className="muted">{t('admin.tokens.createIntro')}</p>
      <form className="form form-grid" onSubmit={submit}>
        {input('name', t('admin.tokens.name'), { required: true, maxLength: 100, autoComplete: 'off' })}
        {input('days', t('admin.tokens.days'), { type: 'number', min: 1, max: 365, required: true })}
        {input('password', t('admin.tokens.password'), {
          type: 'password',
          required: true,
          autoComplete: 'current-password',
        })}
        {input('code', t('admin.tokens.code'), {
          inputMode: 'numeric',
          pattern: '[0-9]{6}',
          autoComplete: 'one-time-code',
          maxLength: 6,
        })}
        {error && !placed && <ErrorMessage ref={errorRef} error={error} />}
        <button type="submit" className="button button-primary" disabled={create.isPending}>
          {t('admin.tokens.submit')}
        </button>
      </form>
    </section>
  );
}
