import { forwardRef } from 'react';
import type { ApiError } from '../api';
import { errorText } from '../errorText';
import { useI18n } from '../i18n';

/**
 * An error from the API, announced to screen readers, with the request id for support. It can
 * take the focus (tabIndex -1), so a form can move the focus to it after a failed submit.
 */
export const ErrorMessage = forwardRef<HTMLDivElement, { readonly error: ApiError; readonly text?: string }>(
  function ErrorMessage({ error, text }, ref) {
    const { lang, t } = useI18n();
    return (
      <div className="message message-error" role="alert" tabIndex={-1} ref={ref}>
        <p>{text ?? errorText(error, lang)}</p>
        {error.requestId && <p className="muted small">{t('error.requestId', { id: error.requestId })}</p>}
      </div>
    );
  },
);
