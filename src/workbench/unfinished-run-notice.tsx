import { workbench } from '@messages/workbench';

/** Says that the last run never finished and was not re-run, and what to look for before running again. */
export function UnfinishedRunNotice({ startedAt, onDismiss }: { startedAt: string | null; onDismiss(): void }) {
  const when = startedAt ? new Date(startedAt).toLocaleString() : null;
  return (
    <div className="unfinished-run" role="alert" data-testid="unfinished-run">
      <strong>{workbench.unfinishedTitle}</strong>
      <p>{workbench.unfinishedRun(when)}</p>
      <button type="button" onClick={onDismiss}>
        {workbench.dismiss}
      </button>
    </div>
  );
}
