import { useState } from 'react';
import { useI18n } from '../i18n';
import { DOCUMENT_MEDIA_TYPES, fingerprint } from '../scannedDocument';

/** A picked scan, by its fingerprint (the media type as the browser gives it, checked by the caller). */
export interface PickedDocument {
  readonly sha256: string;
  readonly mediaType: string;
  readonly bytes: number;
}

/**
 * A file input for the scanned request: the browser hashes the file (SHA-256, WebCrypto) and only
 * the digest, media type and size are kept. Shows the digest once computed, and can remove it.
 */
export function DocumentInput(props: {
  readonly id: string;
  readonly value: PickedDocument | null;
  readonly onChange: (document: PickedDocument | null) => void;
  readonly describedBy?: string | undefined;
  readonly invalid?: boolean;
}) {
  const { t } = useI18n();
  const { id, value, onChange, describedBy, invalid } = props;
  const [busy, setBusy] = useState(false);
  return (
    <div className="document-input">
      <input
        id={id}
        type="file"
        accept={DOCUMENT_MEDIA_TYPES.join(',')}
        aria-describedby={describedBy}
        aria-invalid={invalid ? true : undefined}
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (!file) return onChange(null);
          setBusy(true);
          void fingerprint(file)
            .then(onChange)
            .finally(() => setBusy(false));
        }}
      />
      <p className="small" aria-live="polite">
        {busy
          ? t('document.hashing')
          : value && (
              <>
                {t('document.sha256')}: <code className="mono hash">{value.sha256}</code>
              </>
            )}
      </p>
      {value && !busy && (
        <button
          type="button"
          className="button-link"
          onClick={() => {
            const input = document.getElementById(id) as HTMLInputElement | null;
            if (input) input.value = '';
            onChange(null);
          }}
        >
          {t('document.remove')}
        </button>
      )}
    </div>
  );
}
