import { useEffect, useRef, useState } from 'react';
import { useI18n } from '../../shared/i18n';
import type { CreatedTokenDto } from '../../shared/types';

/** A new token's secret, shown once: a warning, the value, a copy button; the focus comes here. */
export function CreatedToken({ token, onDone }: { readonly token: CreatedTokenDto; readonly onDone: () => void }) {
  const { t } = useI18n();
  const heading = useRef<HTMLHeadingElement>(null);
  const [copy, setCopy] = useState<'idle' | 'copied' | 'failed'>('idle');
  useEffect(() => heading.current?.focus(), []);

  const copyIt = async () => {
    try {
      await navigator.clipboard.writeText(token.token);
      setCopy('copied');
    } catch {
      setCopy('failed');
    }
  };

  return (
    <section className="message message-warning created-token" aria-labelledby="created-token-heading">
      <h3 id="created-token-heading" ref={heading} tabIndex={-1}>
        {t('admin.tokens.created', { name: token.name })}
      </h3>
      <p>
        <strong>{t('admin.tokens.once')}</strong>
      </p>
      <label htmlFor="created-token-value">{t('admin.tokens.secret')}</label>
      <input
        id="created-token-value"
        className="mono"
        readOnly
        value={token.token}
        onFocus={(e) => e.target.select()}
        spellCheck={false}
      />
      <div className="filter-actions">
        <button type="button" className="button button-primary" onClick={() => void copyIt()}>
          {t('admin.tokens.copy')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t('admin.tokens.hide')}
        </button>
      </div>
      <p role="status" className="small">
        {copy === 'copied' ? t('admin.tokens.copied') : copy === 'failed' ? t('admin.tokens.copyFailed') : ''}
      </p>
    </section>
  );
}
