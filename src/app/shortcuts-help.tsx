import { useCallback, useEffect, useState } from 'react';
import type { KeyboardEvent as ReactKeyboardEvent } from 'react';
import { shortcutsText } from '@messages/shortcuts';
import { isApplePlatform, keyLabels, matchesKeys, shortcut, shortcuts, typesText } from './shortcuts';
import type { ShortcutScope } from './shortcuts';
import { useModalDialog } from './use-modal-dialog';
import './shortcuts-help.css';

const scopes: ShortcutScope[] = ['global', 'exercise'];

const tabbable = 'a[href], button:not([disabled]), input:not([disabled]), select, textarea, [tabindex]:not([tabindex="-1"])';

/**
 * Wraps Tab and Shift+Tab at the dialog's ends. A modal <dialog> already makes the page
 * inert, but Chromium lets Tab leave for the browser's toolbar; the overlay keeps it.
 */
function keepTabInside(event: ReactKeyboardEvent<HTMLDialogElement>) {
  if (event.key !== 'Tab') return;
  const items = [...event.currentTarget.querySelectorAll<HTMLElement>(tabbable)];
  if (items.length === 0) return;
  const first = items[0]!;
  const last = items[items.length - 1]!;
  const at = document.activeElement;
  if (event.shiftKey ? at === first || !event.currentTarget.contains(at) : at === last) {
    event.preventDefault();
    (event.shiftKey ? last : first).focus();
  }
}

/**
 * The header's "?" button and the overlay it opens: every shortcut in the registry.
 * A modal <dialog> makes the page behind it inert (the focus trap), closes on Escape,
 * and focus goes back to whatever had it before.
 */
export function ShortcutsHelp() {
  const [open, setOpen] = useState(false);
  const { dialog, restoreFocus } = useModalDialog(open);
  const help = shortcut('open-help');
  const show = useCallback(() => setOpen(true), []);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || typesText(event.target) || !matchesKeys(event, help.keys)) return;
      event.preventDefault();
      show();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [help.keys, show]);

  const onClose = () => {
    setOpen(false);
    restoreFocus();
  };

  const apple = isApplePlatform();
  return (
    <>
      <button type="button" className="shortcuts-button" onClick={show} aria-label={shortcutsText.helpButton} aria-keyshortcuts={help.keys} aria-haspopup="dialog">
        ?
      </button>
      <dialog ref={dialog} className="shortcuts-dialog" aria-labelledby="shortcuts-title" onClose={onClose} onKeyDown={keepTabInside}>
        <h2 id="shortcuts-title">{shortcutsText.helpTitle}</h2>
        <p className="shortcuts-intro">{shortcutsText.helpIntro}</p>
        {open &&
          scopes.map((scope) => {
            const listed = shortcuts.filter((s) => s.scope === scope);
            if (listed.length === 0) return null;
            return (
              <table key={scope} className="shortcuts-table">
                <caption>{shortcutsText.scopes[scope] ?? scope}</caption>
                <thead>
                  <tr>
                    <th scope="col">{shortcutsText.keysHeader}</th>
                    <th scope="col">{shortcutsText.actionHeader}</th>
                  </tr>
                </thead>
                <tbody>
                  {listed.map((s) => (
                    <tr key={s.id} data-shortcut={s.id}>
                      <td>
                        {keyLabels(s.keys, apple).map((text, i) => (
                          <span key={text}>
                            {i > 0 && ` ${shortcutsText.or} `}
                            <kbd>{text}</kbd>
                          </span>
                        ))}
                      </td>
                      <td>{s.description}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            );
          })}
        <div className="dialog-actions">
          <button type="button" className="primary" onClick={() => setOpen(false)} autoFocus>
            {shortcutsText.close}
          </button>
        </div>
      </dialog>
    </>
  );
}
