import { savedStatus } from '../progress/saved-status';

const label = { not_started: 'Not started', in_progress: 'In progress', passed: 'Passed' } as const;

/** The saved state of one exercise, in words (never colour alone). */
export function StatusBadge({ exerciseId }: { exerciseId: string }) {
  const status = savedStatus(exerciseId);
  return (
    <span className="status-badge" data-status={status}>
      {label[status]}
    </span>
  );
}
