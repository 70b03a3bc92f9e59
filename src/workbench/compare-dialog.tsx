import { lazy, Suspense, useEffect, useRef } from 'react';
import { workbench } from '@messages/workbench';
import type { GradeResults } from '../grading/results';
import { GraderNotes } from './grader-notes';

// The diff editor and its styles load only when a learner opens the comparison.
const DiffView = lazy(() => import('./diff-view'));

export interface CompareDialogProps {
  open: boolean;
  exerciseId: string;
  submission: string;
  solution: string;
  language: string;
  results: GradeResults | null;
  gradedAt: string | null;
  onClose(): void;
}

/** The learner's submission beside the reference solution, with the last run's notes beside both. */
export function CompareDialog({ open, exerciseId, submission, solution, language, results, gradedAt, onClose }: CompareDialogProps) {
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

  const close = () => {
    onClose();
    if (returnFocus.current?.isConnected) returnFocus.current.focus();
    returnFocus.current = null;
  };

  return (
    <dialog ref={dialog} className="compare-dialog" aria-labelledby="compare-title" onClose={close}>
      <div className="compare-head">
        <h2 id="compare-title">{workbench.diff.title}</h2>
        <button type="button" onClick={() => dialog.current?.close()}>
          {workbench.diff.close}
        </button>
      </div>
      <p className="compare-intro">{workbench.diff.intro}</p>
      {open && (
        <div className="compare-body">
          <div className="compare-diff">
            <div className="compare-sides" aria-hidden="true">
              <span>{workbench.diff.yours}</span>
              <span>{workbench.diff.reference}</span>
            </div>
            <Suspense fallback={<p className="loading" role="status">{workbench.diff.loading}</p>}>
              <DiffView exerciseId={exerciseId} original={submission} modified={solution} language={language} />
            </Suspense>
          </div>
          <GraderNotes results={results} gradedAt={gradedAt} />
        </div>
      )}
    </dialog>
  );
}
