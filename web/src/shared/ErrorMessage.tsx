import type { ApiError } from './api';
import { errorText } from './errorText';
import { useI18n } from './i18n';

/** An error from the API, announced to screen readers, with the request id for support. */
export function ErrorMessage({ error }: { readonly error: ApiError }) {
  const { lang, t } = useI18n();
  return (
    <div className="message message-error" role="alert">
      <p>{errorText(error, lang)}</p>
      {error.requestId && <p className="muted small">{t('error.requestId', { id: error.requestId })}</p>}
    </div>
  );
}
