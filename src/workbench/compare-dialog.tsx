import { lazy, Suspense } from 'react';
import { workbench } from '@messages/workbench';
import { useModalDialog } from '../app/use-modal-dialog';
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
  const { dialog, restoreFocus } = useModalDialog(open);
  const close = () => {
    onClose();
    restoreFocus();
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
