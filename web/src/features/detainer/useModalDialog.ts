import { useEffect, useRef, type RefObject } from 'react';

/**
 * A native <dialog> opened modal while mounted: the browser keeps focus inside it (the page
 * behind is inert), Escape closes it (through onClose), and the focus returns to the control that
 * had it when the dialog opened (or, when that control is gone, to `fallbackFocus`).
 */
export function useModalDialog(
  onClose: () => void,
  /** Where the focus goes when the opener is gone (its command no longer offered). */
  fallbackFocus: () => void,
): RefObject<HTMLDialogElement | null> {
  const ref = useRef<HTMLDialogElement | null>(null);
  const close = useRef(onClose);
  close.current = onClose;
  const fallback = useRef(fallbackFocus);
  fallback.current = fallbackFocus;
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return undefined;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (!dialog.open) dialog.showModal();
    dialog.querySelector<HTMLElement>('input, select, textarea')?.focus();
    const onCancel = (event: Event) => {
      event.preventDefault();
      close.current();
    };
    dialog.addEventListener('cancel', onCancel);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      if (dialog.open) dialog.close();
      if (opener?.isConnected) opener.focus();
      else fallback.current();
    };
  }, []);
  return ref;
}
