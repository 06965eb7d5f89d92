import { useState } from 'react';
import { signOut, toApiError, type ApiError } from '../api';
import { useI18n } from '../i18n';
import { navigate } from '../router';
import { href } from '../routes';
import { useSession } from '../session';
import { ErrorMessage } from './ErrorMessage';

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
      navigate(href('home'));
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
