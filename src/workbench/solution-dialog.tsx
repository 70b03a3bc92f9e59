import { useEffect, useRef } from 'react';

export interface SolutionDialogProps {
  open: boolean;
  alreadyShown: boolean;
  solution: string;
  onConfirm(): void;
  onClose(): void;
}

/** Asks before revealing the reference solution, then shows it read-only. */
export function SolutionDialog({ open, alreadyShown, solution, onConfirm, onClose }: SolutionDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    if (open && !el.open) el.showModal();
    if (!open && el.open) el.close();
  }, [open]);

  return (
    <dialog ref={dialog} className="solution-dialog" aria-labelledby="solution-title" onClose={onClose}>
      <h2 id="solution-title">Reference solution</h2>
      {alreadyShown ? (
        <>
          <p>One correct design among many: the checks accept any solution with the same properties.</p>
          <pre className="solution-code" tabIndex={0}>
            <code>{solution}</code>
          </pre>
          <div className="dialog-actions">
            <button type="button" className="primary" onClick={onClose}>
              Close
            </button>
          </div>
        </>
      ) : (
        <>
          <p>
            Seeing the answer ends the puzzle. Have you read every hint? Your own text stays in the editor either way.
          </p>
          <div className="dialog-actions">
            <button type="button" onClick={onClose}>
              Keep trying
            </button>
            <button type="button" className="primary" onClick={onConfirm}>
              Show the solution
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
