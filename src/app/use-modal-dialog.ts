import { useCallback, useEffect, useRef } from 'react';

/**
 * Keeps a native <dialog> in step with an `open` flag: shown modally (the page behind is
 * inert, Escape closes it) when it turns true, closed when it turns false. The element that
 * had focus before opening is remembered, so `restoreFocus` can hand focus back on close —
 * unless that element has left the page meanwhile (a route change), when the browser's
 * default stands.
 */
export function useModalDialog(open: boolean) {
  const dialog = useRef<HTMLDialogElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);

  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    if (open && !el.open) {
      returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      el.showModal();
    }
    if (!open && el.open) el.close();
  }, [open]);

  const restoreFocus = useCallback(() => {
    const target = returnFocus.current;
    returnFocus.current = null;
    if (target?.isConnected) target.focus();
  }, []);

  return { dialog, restoreFocus };
}
