import { useRef, useState, type FormEvent } from 'react';
import { toApiError, type ApiError } from '../../shared/api';
import { useCreateUser } from '../../shared/api/hooks';
import { useI18n } from '../../shared/i18n';
import type { Role } from '../../shared/types';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { FieldError, fieldError } from './FieldError';
import { ROLE_LIST } from './roles';

const EMPTY = { email: '', displayName: '', role: 'records-officer' as Role, password: '' };

/** Adds a user to the agency; the server's refusal is shown at the field it names, else above the button. */
export function AddUserForm() {
  const { t } = useI18n();
  const create = useCreateUser();
  const [values, setValues] = useState(EMPTY);
  const [added, setAdded] = useState<string | null>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  const error: ApiError | null = create.error ? toApiError(create.error) : null;
  const on = (field: keyof typeof EMPTY) => fieldError(error, field);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAdded(null);
    create.mutate(values, {
      onSuccess: (account) => {
        setAdded(account.email);
        setValues(EMPTY);
      },
      onError: (failure) => {
        const field = toApiError(failure).details['field'];
        const target = typeof field === 'string' ? document.getElementById(`new-user-${field}`) : null;
        window.setTimeout(() => (target ?? errorRef.current)?.focus(), 0);
      },
    });
  };
  const input = (field: 'email' | 'displayName' | 'password', label: string, type = 'text', hint?: string) => (
    <div className="field">
      <label htmlFor={`new-user-${field}`}>{label}</label>
      <input
        id={`new-user-${field}`}
        name={field}
        type={type}
        required
        autoComplete={type === 'password' ? 'new-password' : 'off'}
        value={values[field]}
        onChange={(e) => setValues({ ...values, [field]: e.target.value })}
        aria-invalid={on(field) ? true : undefined}
        aria-describedby={
          [hint ? `new-user-${field}-hint` : '', on(field) ? `new-user-${field}-error` : '']
            .filter(Boolean)
            .join(' ') || undefined
        }
      />
      {hint && (
        <p id={`new-user-${field}-hint`} className="small muted">
          {hint}
        </p>
      )}
      <FieldError id={`new-user-${field}-error`} error={on(field)} />
    </div>
  );

  return (
    <section aria-labelledby="add-user-heading" className="admin-form">
      <h3 id="add-user-heading">{t('admin.users.add')}</h3>
      <form className="form form-grid" onSubmit={submit} noValidate={false}>
        {input('email', t('admin.users.email'), 'email')}
        {input('displayName', t('admin.users.displayName'))}
        <div className="field">
          <label htmlFor="new-user-role">{t('admin.users.role')}</label>
          <select
            id="new-user-role"
            name="role"
            value={values.role}
            onChange={(e) => setValues({ ...values, role: e.target.value as Role })}
          >
            {ROLE_LIST.map((role) => (
              <option key={role} value={role}>
                {t(`role.${role}`)}
              </option>
            ))}
          </select>
        </div>
        {input('password', t('admin.users.password'), 'password', t('admin.users.passwordHint'))}
        {error && !['email', 'displayName', 'role', 'password'].includes(String(error.details['field'])) && (
          <ErrorMessage ref={errorRef} error={error} />
        )}
        <button type="submit" className="button button-primary" disabled={create.isPending}>
          {t('admin.users.create')}
        </button>
        {added && (
          <p role="status" className="message message-note">
            {t('admin.users.added', { email: added })}
          </p>
        )}
      </form>
    </section>
  );
}
