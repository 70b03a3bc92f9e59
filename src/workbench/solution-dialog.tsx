import { useModalDialog } from '../app/use-modal-dialog';
import { workbench } from '@messages/workbench';

const text = workbench.solution;

export interface SolutionDialogProps {
  open: boolean;
  alreadyShown: boolean;
  solution: string;
  onConfirm(): void;
  onClose(): void;
  /** Closes this dialog and opens the side-by-side comparison. */
  onCompare(): void;
}

/** Asks before revealing the reference solution, then shows it read-only. */
export function SolutionDialog({ open, alreadyShown, solution, onConfirm, onClose, onCompare }: SolutionDialogProps) {
  const { dialog } = useModalDialog(open);

  return (
    <dialog ref={dialog} className="solution-dialog" aria-labelledby="solution-title" onClose={onClose}>
      <h2 id="solution-title">{text.title}</h2>
      {alreadyShown ? (
        <>
          <p>{text.oneOfMany}</p>
          <pre className="solution-code" tabIndex={0}>
            <code>{solution}</code>
          </pre>
          <div className="dialog-actions">
            <button type="button" onClick={onCompare}>
              {text.compare}
            </button>
            <button type="button" className="primary" onClick={onClose}>
              {text.close}
            </button>
          </div>
        </>
      ) : (
        <>
          <p>{text.warning}</p>
          <div className="dialog-actions">
            <button type="button" onClick={onClose}>
              {text.keepTrying}
            </button>
            <button type="button" className="primary" onClick={onConfirm}>
              {text.confirm}
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
