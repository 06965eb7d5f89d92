import { useId, useRef, useState } from 'react';
import { useI18n } from '../../shared/i18n';

/**
 * The API URL of the view: a button copies it; the field beside it shows it, selected on focus, so it
 * can be copied by hand where the clipboard is not available (an insecure origin, a refusal).
 */
export function CopyApiUrl({ url }: { readonly url: string }) {
  const { t } = useI18n();
  const id = useId();
  const field = useRef<HTMLInputElement>(null);
  const [status, setStatus] = useState<'idle' | 'copied' | 'failed'>('idle');
  const absolute = typeof window === 'undefined' ? url : new URL(url, window.location.origin).href;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(absolute);
      setStatus('copied');
    } catch {
      setStatus('failed');
      field.current?.focus();
      field.current?.select();
    }
  };
  return (
    <div className="copy-api-url">
      <label htmlFor={id}>{t('data.apiUrlField')}</label>
      <div className="copy-api-url-row">
        <input
          id={id}
          ref={field}
          className="mono"
          type="text"
          readOnly
          value={absolute}
          onFocus={(e) => e.currentTarget.select()}
        />
        <button type="button" className="button" onClick={() => void copy()}>
          {t('data.copyUrl')}
        </button>
      </div>
      <p className="small" role="status">
        {status === 'copied' ? t('data.copied') : status === 'failed' ? t('data.copyFailed') : ''}
      </p>
    </div>
  );
}
