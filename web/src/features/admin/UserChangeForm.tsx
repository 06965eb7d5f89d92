import { useState, type FormEvent } from 'react';
import { toApiError } from '../../shared/api';
import { useChangeUser } from '../../shared/api/hooks';
import { useI18n } from '../../shared/i18n';
import type { AccountDto, Role } from '../../shared/types';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { FieldError, fieldError } from './FieldError';
import { ROLE_LIST } from './roles';

/** Role and display name of a user; sends only what changed. USER.LAST_ADMIN is shown beside the role. */
export function UserChangeForm({ user }: { readonly user: AccountDto }) {
  const { t } = useI18n();
  const change = useChangeUser();
  const [role, setRole] = useState<Role>(user.role);
  const [displayName, setDisplayName] = useState(user.displayName);
  const error = change.error ? toApiError(change.error) : null;
  const roleError = error && (error.code === 'USER.LAST_ADMIN' || fieldError(error, 'role')) ? error : null;
  const nameError = fieldError(error, 'displayName');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const body = {
      ...(role !== user.role ? { role } : {}),
      ...(displayName.trim() !== user.displayName ? { displayName: displayName.trim() } : {}),
    };
    if (Object.keys(body).length === 0) return;
    change.mutate(
      { id: user.id, change: body },
      {
        onError: (failure) => {
          const code = toApiError(failure);
          const target = fieldError(code, 'displayName') ? 'user-change-name' : 'user-change-role';
          window.setTimeout(() => document.getElementById(target)?.focus(), 0);
        },
      },
    );
  };

  return (
    <section aria-labelledby="user-change-heading" className="dialog-section">
      <h3 id="user-change-heading">{t('admin.user.change')}</h3>
      <form className="form" onSubmit={submit}>
        <div className="field">
          <label htmlFor="user-change-role">{t('admin.users.role')}</label>
          <select
            id="user-change-role"
            value={role}
            onChange={(e) => setRole(e.target.value as Role)}
            aria-invalid={roleError ? true : undefined}
            aria-describedby={roleError ? 'user-change-role-error' : undefined}
          >
            {ROLE_LIST.map((value) => (
              <option key={value} value={value}>
                {t(`role.${value}`)}
              </option>
            ))}
          </select>
          <FieldError id="user-change-role-error" error={roleError} />
        </div>
        <div className="field">
          <label htmlFor="user-change-name">{t('admin.users.displayName')}</label>
          <input
            id="user-change-name"
            value={displayName}
            required
            onChange={(e) => setDisplayName(e.target.value)}
            aria-invalid={nameError ? true : undefined}
            aria-describedby={nameError ? 'user-change-name-error' : undefined}
          />
          <FieldError id="user-change-name-error" error={nameError} />
        </div>
        {error && !roleError && !nameError && <ErrorMessage error={error} />}
        <button type="submit" className="button button-primary" disabled={change.isPending}>
          {t('admin.user.save')}
        </button>
        {change.isSuccess && <p role="status">{t('admin.user.saved')}</p>}
      </form>
    </section>
  );
}
