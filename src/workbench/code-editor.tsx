import { useEffect, useRef } from 'react';
import { monaco } from './monaco-setup';
import type { SourceLocation } from '../grading/results';

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
}

/** A thin React wrapper around one Monaco editor; the text is owned by the caller. */
export function CodeEditor({ path, language, value, onChange, errorMarker, theme, label }: CodeEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;

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
      accessibilitySupport: 'auto',
    });
    editorRef.current = editor;
    const sub = model.onDidChangeContent(() => onChangeRef.current(model.getValue()));
    return () => {
      sub.dispose();
      editor.dispose();
      editorRef.current = null;
    };
    // The editor is created once per model path; value changes flow in below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [path, language]);

  // Text set from outside (reset to starter, undo, import) replaces the model's content.
  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (model && model.getValue() !== value) model.setValue(value);
  }, [value]);

  useEffect(() => {
    monaco.editor.setTheme(theme === 'dark' ? 'vs-dark' : 'vs');
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
