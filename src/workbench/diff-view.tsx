import { useEffect, useRef } from 'react';
import { workbench } from '@messages/workbench';
import { monaco } from './monaco-setup';

export interface DiffViewProps {
  exerciseId: string;
  /** The learner's text, on the left. */
  original: string;
  /** The reference solution, on the right. */
  modified: string;
  language: string;
}

/**
 * Monaco's diff editor, read-only, in the page's theme (Monaco's theme is global and
 * the workbench already sets it). Below `inlineBelowPx` of its own width it shows one
 * inline column, so a tablet gets a readable diff instead of two cramped halves.
 */
export default function DiffView({ exerciseId, original, modified, language }: DiffViewProps) {
  const host = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const left = monaco.editor.createModel(original, language, monaco.Uri.parse(`inmemory://compare/${exerciseId}/submission`));
    const right = monaco.editor.createModel(modified, language, monaco.Uri.parse(`inmemory://compare/${exerciseId}/reference`));
    const editor = monaco.editor.createDiffEditor(host.current!, {
      readOnly: true,
      originalEditable: false,
      automaticLayout: true,
      renderSideBySide: true,
      useInlineViewWhenSpaceIsLimited: true,
      renderSideBySideInlineBreakpoint: inlineBelowPx,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      fontSize: 13,
      originalAriaLabel: workbench.diff.yours,
      modifiedAriaLabel: workbench.diff.reference,
    });
    editor.setModel({ original: left, modified: right });
    return () => {
      editor.dispose();
      left.dispose();
      right.dispose();
    };
  }, [exerciseId, original, modified, language]);

  return <div ref={host} className="diff-host" data-testid="diff-view" />;
}

const inlineBelowPx = 760;
