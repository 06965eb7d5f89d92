import { useState } from 'react';
import { toApiError, type ApiError } from '../../shared/api';
import { ErrorMessage } from '../../shared/ErrorMessage';
import { useI18n } from '../../shared/i18n';
import { navigate } from '../../shared/router';
import { signOut } from './authApi';
import { useSession } from './session';

/** Ends the session on the server, then goes home. */
export function SignOutButton() {
  const { t } = useI18n();
  const { signedOut } = useSession();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const click = async () => {
    setBusy(true);
    setError(null);
    try {
      await signOut();
      signedOut();
      navigate('/');
    } catch (caught) {
      setError(toApiError(caught));
      setBusy(false);
    }
  };

  return (
    <div className="sign-out">
      <button type="button" className="button" onClick={click} disabled={busy}>
        {t('desk.signOut')}
      </button>
      {error && <ErrorMessage error={error} />}
    </div>
  );
}
