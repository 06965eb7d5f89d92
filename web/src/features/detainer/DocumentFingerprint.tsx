import { useState } from 'react';
import type { DetainerViewDto } from '../../shared/types';
import { useI18n } from '../../shared/i18n';
import { documentSize } from './documentSize';

/**
 * The scanned request by its SHA-256 (the desk keeps the fingerprint, not the file): monospace,
 * selectable and copyable, with what it proves; or that none was recorded.
 */
export function DocumentFingerprint({ document }: { readonly document: DetainerViewDto['document'] }) {
  const { t, lang } = useI18n();
  const [copied, setCopied] = useState(false);
  if (!document) return <dd>{t('document.none')}</dd>;
  const size = documentSize(document.bytes, lang);
  return (
    <dd className="document-fingerprint">
      <code className="mono hash" id="document-sha256">
        {document.sha256}
      </code>
      <span className="small muted"> {t('document.details', { type: document.mediaType, size })}</span>
      <button
        type="button"
        className="button-link"
        aria-describedby="document-sha256"
        onClick={() => {
          void navigator.clipboard?.writeText(document.sha256).then(() => setCopied(true));
        }}
      >
        {t('document.copy')}
      </button>
      <span className="small" aria-live="polite">
        {copied ? ` ${t('document.copied')}` : ''}
      </span>
      <p className="small muted">{t('document.proves')}</p>
    </dd>
  );
}
