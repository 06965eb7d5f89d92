import { useState, type FormEvent } from 'react';
import { toApiError } from '../../shared/api';
import { useSetUserPassword } from '../../shared/api/hooks';
import { useI18n } from '../../shared/i18n';
import { ErrorMessage } from '../../shared/ui/ErrorMessage';
import { FieldError, fieldError } from './FieldError';

/** Sets a user's password (ends their sessions); the server's rule (length) is shown at the field. */
export function PasswordForm({ userId }: { readonly userId: string }) {
  const { t } = useI18n();
  const set = useSetUserPassword();
  const [password, setPassword] = useState('');
  const error = set.error ? toApiError(set.error) : null;
  const atField = fieldError(error, 'password');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    set.mutate(
      { id: userId, password },
      {
        onSuccess: () => setPassword(''),
        onError: () => window.setTimeout(() => document.getElementById('user-password')?.focus(), 0),
      },
    );
  };

  return (
    <section aria-labelledby="user-password-heading" className="dialog-section">
      <h3 id="user-password-heading">{t('admin.user.setPassword')}</h3>
      <form className="form" onSubmit={submit}>
        <div className="field">
          <label htmlFor="user-password">{t('admin.user.newPassword')}</label>
          <input
            id="user-password"
            type="password"
            autoComplete="new-password"
            required
            value={password}
            onChange={(e) => setPassword(e.target.value)}
            aria-invalid={atField ? true : undefined}
            aria-describedby={atField ? 'user-password-warn user-password-error' : 'user-password-warn'}
          />
          <p id="user-password-warn" className="small muted">
            {t('admin.user.passwordWarn')}
          </p>
          <FieldError id="user-password-error" error={atField} />
        </div>
        {error && !atField && <ErrorMessage error={error} />}
        <button type="submit" className="button button-primary" disabled={set.isPending}>
          {t('admin.user.setPassword')}
        </button>
        {set.isSuccess && <p role="status">{t('admin.user.passwordDone')}</p>}
      </form>
    </section>
  );
}
