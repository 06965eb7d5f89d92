import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useI18n } from '../../shared/i18n';

interface DialogProps {
  readonly title: string;
  readonly onClose: () => void;
  readonly children: ReactNode;
}

/**
 * A modal dialog (the browser's <dialog>: focus kept inside, Escape closes). It opens when
 * rendered and focuses its first field (or its heading); whoever opened it restores the focus
 * to the opener when it closes (see useReturnFocus).
 */
export function Dialog({ title, onClose, children }: DialogProps) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    const first = dialog.querySelector<HTMLElement>('input, select, textarea');
    (first ?? dialog.querySelector<HTMLElement>('h2'))?.focus();
    return () => dialog.close();
  }, []);

  return (
    <dialog
      ref={ref}
      className="dialog"
      aria-labelledby={titleId}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <div className="dialog-heading">
        <h2 id={titleId} tabIndex={-1}>
          {title}
        </h2>
        <button type="button" className="button" onClick={onClose}>
          {t('admin.close')}
        </button>
      </div>
      {children}
    </dialog>
  );
}

/** Remembers the element that had the focus, and gives it back (after a dialog closes). */
export function useReturnFocus(): { readonly remember: () => void; readonly restore: () => void } {
  const opener = useRef<HTMLElement | null>(null);
  return {
    remember: () => {
      opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    },
    restore: () => {
      const target = opener.current;
      opener.current = null;
      window.setTimeout(() => target?.isConnected && target.focus(), 0);
    },
  };
}
