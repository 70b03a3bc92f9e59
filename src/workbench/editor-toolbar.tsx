import { workbench } from '@messages/workbench';
import { shortcut } from '../app/shortcuts';

export interface EditorToolbarProps {
  filename: string;
  running: boolean;
  onRun(): void;
  onReset(): void;
  canUndoReset: boolean;
  onUndoReset(): void;
  /** Offered once the learner has tried (a failed run), passed, or already seen the solution. */
  canShowSolution: boolean;
  onShowSolution(): void;
  /** Offered after a pass or a confirmed "show solution". */
  canCompare: boolean;
  onCompare(): void;
  screenReaderOn: boolean;
  onToggleScreenReader(): void;
}

/** The editor's actions: run, reset, solution, comparison and the screen-reader toggle. */
export function EditorToolbar(props: EditorToolbarProps) {
  return (
    <div className="toolbar" role="toolbar" aria-label={workbench.toolbarLabel}>
      <button type="button" className="primary" onClick={props.onRun} disabled={props.running} aria-keyshortcuts={shortcut('run-tests').keys}>
        {props.running ? workbench.running : workbench.run}
      </button>
      <button type="button" onClick={props.onReset}>
        {workbench.reset}
      </button>
      {props.canUndoReset && (
        <button type="button" onClick={props.onUndoReset}>
          {workbench.undoReset}
        </button>
      )}
      {props.canShowSolution && (
        <button type="button" onClick={props.onShowSolution} aria-haspopup="dialog">
          {workbench.showSolution}
        </button>
      )}
      {props.canCompare && (
        <button type="button" onClick={props.onCompare} aria-haspopup="dialog">
          {workbench.compare}
        </button>
      )}
      <button type="button" className="toggle" aria-pressed={props.screenReaderOn} onClick={props.onToggleScreenReader}>
        {workbench.screenReaderMode}
      </button>
      <span className="toolbar-file">{props.filename}</span>
    </div>
  );
}
