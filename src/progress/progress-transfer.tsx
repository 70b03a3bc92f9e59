/**
 * Export and import controls. Import replaces all progress here, so it always goes
 * through a confirmation that says what will be overwritten and removed.
 */
import { useId, useState } from 'react';
import type { ChangeEvent } from 'react';
import { progress } from '@messages/progress';
import { downloadText } from './download';
import { createProgressFile, describeImport, parseProgressFile, progressFileName, serializeProgressFile } from './export';
import type { ImportPlan } from './export';
import type { ProgressStore } from './progress-store';
import type { ProgressFile } from './schema';
import { ProgressSaveError } from './storage';

type TransferState =
  | { kind: 'idle' }
  | { kind: 'exported'; message: string }
  | { kind: 'confirming'; fileName: string; file: ProgressFile; plan: ImportPlan }
  | { kind: 'imported'; message: string }
  | { kind: 'failed'; title: string; errors: string[] };

const m = progress.transfer;

function ImportConfirmation({ state, onConfirm, onCancel }: {
  state: Extract<TransferState, { kind: 'confirming' }>;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { fileName, file, plan } = state;
  const headingId = useId();
  return (
    <div className="progress-confirm" role="group" aria-labelledby={headingId}>
      <p id={headingId}>
        <strong>{m.confirmTitle(fileName)}</strong> {m.confirmDetail(plan.incoming.length, new Date(file.exportedAt).toLocaleString())}
      </p>
      <ul>
        {plan.overwritten.length > 0 && (
          <li>{m.overwrites(plan.overwritten.length, plan.overwritten.join(', '))}</li>
        )}
        {plan.removed.length > 0 && (
          <li>{m.removes(plan.removed.length, plan.removed.join(', '))}</li>
        )}
        {plan.overwritten.length === 0 && plan.removed.length === 0 && <li>{m.nothingLost}</li>}
      </ul>
      <div className="progress-actions">
        <button type="button" className="primary" onClick={onConfirm}>
          {m.replace}
        </button>
        <button type="button" onClick={onCancel}>
          {m.cancel}
        </button>
      </div>
    </div>
  );
}

/** "Export progress" and "Import progress", with their messages. */
export function ProgressTransfer({ store }: { store: ProgressStore }) {
  const [state, setState] = useState<TransferState>({ kind: 'idle' });
  const headingId = useId();

  const exportProgress = () => {
    const now = store.now();
    const file = createProgressFile(store.getAll(), now);
    const fileName = progressFileName(now);
    downloadText(fileName, serializeProgressFile(file));
    setState({ kind: 'exported', message: m.exported(fileName, Object.keys(file.exercises).length) });
  };

  const chooseFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const chosen = input.files?.[0];
    input.value = ''; // so choosing the same file again still fires a change
    if (!chosen) return;
    const parsed = parseProgressFile(await chosen.text());
    if (!parsed.ok) {
      setState({ kind: 'failed', title: m.notImported(chosen.name), errors: parsed.errors });
      return;
    }
    setState({ kind: 'confirming', fileName: chosen.name, file: parsed.file, plan: describeImport(store.getAll(), parsed.file) });
  };

  const confirmImport = (confirming: Extract<TransferState, { kind: 'confirming' }>) => {
    try {
      store.replaceAll(confirming.file.exercises);
      setState({ kind: 'imported', message: m.imported(confirming.plan.incoming.length, confirming.fileName) });
    } catch (error) {
      if (!(error instanceof ProgressSaveError)) throw error;
      setState({ kind: 'failed', title: m.importUnsaved, errors: [m.importSaveFailed(error.message)] });
    }
  };

  return (
    <section className="progress-transfer" aria-labelledby={headingId}>
      <h2 id={headingId}>{m.title}</h2>
      <p className="progress-hint">{m.intro}</p>
      <div className="progress-actions">
        <button type="button" onClick={exportProgress}>
          {m.export}
        </button>
        {/* The input stays focusable inside its label, which is styled as the button. */}
        <label className="progress-file-label">
          {m.import}
          <input type="file" accept=".json,application/json" onChange={(event) => void chooseFile(event)} />
        </label>
      </div>
      {state.kind === 'confirming' && (
        <ImportConfirmation state={state} onConfirm={() => confirmImport(state)} onCancel={() => setState({ kind: 'idle' })} />
      )}
      {(state.kind === 'exported' || state.kind === 'imported') && (
        <p className="progress-message" data-tone="ok" role="status">
          {state.message}
        </p>
      )}
      {state.kind === 'failed' && (
        <div className="progress-message" data-tone="fail" role="alert">
          <p>{state.title}</p>
          <ul>
            {state.errors.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
