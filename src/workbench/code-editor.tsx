import { useEffect, useImperativeHandle, useRef, useState } from 'react';
import type { Ref } from 'react';
import { editorTheme, monaco } from './monaco-setup';
import type { SourceLocation } from '../grading/results';
import { readEditorPreferences } from '../progress/editor-preferences';
import type { ScreenReaderMode } from '../progress/editor-preferences';
import { browserStorage } from '../progress/storage';

export interface CodeEditorHandle {
  focus(): void;
  /** Whether keyboard focus is inside the editor. */
  hasFocus(): boolean;
  /** Puts the cursor at a 1-based line and column and scrolls it into view, without taking focus. */
  moveCursorTo(location: SourceLocation): void;
}

export interface CodeEditorProps {
  /** Model path, e.g. "file:///api-audit/submission.yaml"; one model per exercise. */
  path: string;
  language: 'yaml' | 'typescript' | 'json' | 'graphql' | 'proto';
  value: string;
  onChange(text: string): void;
  /** A parse or compile error from the last grade, shown as an editor marker. */
  errorMarker: { location: SourceLocation; message: string } | null;
  theme: 'light' | 'dark';
  label: string;
  /** Monaco's accessibilitySupport: "auto" lets Monaco detect a screen reader. Default: the learner's saved choice. */
  screenReader?: ScreenReaderMode;
  /** Called with Monaco's own verdict (on creation and whenever it changes): is the editor screen-reader optimised? */
  onScreenReaderOptimized?(enabled: boolean): void;
  ref?: Ref<CodeEditorHandle>;
}

/** A thin React wrapper around one Monaco editor; the text is owned by the caller. */
export function CodeEditor(props: CodeEditorProps) {
  const { path, language, value, onChange, errorMarker, theme, label, onScreenReaderOptimized, ref } = props;
  // Editors outside the workbench (the labs) follow the same remembered choice.
  const [saved] = useState(() => readEditorPreferences(browserStorage()).screenReader);
  const screenReader = props.screenReader ?? saved;
  const host = useRef<HTMLDivElement>(null);
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const onOptimizedRef = useRef(onScreenReaderOptimized);
  onOptimizedRef.current = onScreenReaderOptimized;

  useImperativeHandle(ref, () => ({
    focus: () => editorRef.current?.focus(),
    hasFocus: () => editorRef.current?.hasTextFocus() ?? false,
    moveCursorTo(location) {
      const editor = editorRef.current;
      const model = editor?.getModel();
      if (!editor || !model) return;
      const line = Math.min(Math.max(1, location.line), model.getLineCount());
      const position = { lineNumber: line, column: Math.min(Math.max(1, location.column), model.getLineMaxColumn(line)) };
      editor.setPosition(position);
      editor.revealPositionInCenterIfOutsideViewport(position);
    },
  }));

  useEffect(() => {
    const uri = monaco.Uri.parse(path);
    const model = monaco.editor.getModel(uri) ?? monaco.editor.createModel(value, language, uri);
    if (model.getValue() !== value) model.setValue(value);
    const editor = monaco.editor.create(host.current!, {
      model,
      automaticLayout: true,
      minimap: { enabled: false },
      fontSize: 14,
      scrollBeyondLastLine: false,
      tabSize: 2,
      ariaLabel: label,
      accessibilitySupport: screenReader,
    });
    editorRef.current = editor;
    const optimized = () => editor.getOption(monaco.editor.EditorOption.accessibilitySupport) === monaco.editor.AccessibilitySupport.Enabled;
    onOptimizedRef.current?.(optimized());
    const subs = [
      model.onDidChangeContent(() => onChangeRef.current(model.getValue())),
      // Monaco recomputes this option when it detects a screen reader (or the learner toggles it in Alt+F1 help).
      editor.onDidChangeConfiguration((event) => {
        if (event.hasChanged(monaco.editor.EditorOption.accessibilitySupport)) onOptimizedRef.current?.(optimized());
      }),
    ];
    return () => {
      for (const sub of subs) sub.dispose();
      editor.dispose();
      editorRef.current = null;
    };
    // The editor is created once per model path; value and option changes flow in below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [path, language]);

  useEffect(() => {
    editorRef.current?.updateOptions({ accessibilitySupport: screenReader });
  }, [screenReader]);

  // Text set from outside (reset to starter, undo, import) replaces the model's content.
  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (model && model.getValue() !== value) model.setValue(value);
  }, [value]);

  useEffect(() => {
    monaco.editor.setTheme(editorTheme(theme));
  }, [theme]);

  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (!model) return;
    const markers: monaco.editor.IMarkerData[] = errorMarker
      ? [
          {
            severity: monaco.MarkerSeverity.Error,
            message: errorMarker.message,
            startLineNumber: errorMarker.location.line,
            startColumn: errorMarker.location.column,
            endLineNumber: errorMarker.location.line,
            endColumn: model.getLineMaxColumn(Math.min(errorMarker.location.line, model.getLineCount())),
          },
        ]
      : [];
    monaco.editor.setModelMarkers(model, 'grader', markers);
  }, [errorMarker, value]);

  return <div ref={host} className="code-editor" data-testid="code-editor" />;
}
