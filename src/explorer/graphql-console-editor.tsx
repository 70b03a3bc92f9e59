import { useEffect, useRef } from 'react';
import { checkGraphqlModel, monaco } from './graphql-console-monaco';
import { editorTheme } from '../workbench/monaco-themes';

export interface ConsoleEditorProps {
  /** Model path, one per box: "inmemory://console/query.graphql". */
  path: string;
  language: 'graphql' | 'json';
  value: string;
  onChange(text: string): void;
  /** Ctrl/Cmd+Enter in the editor. */
  onRun(): void;
  theme: 'light' | 'dark';
  label: string;
  testId: string;
  /** Bumped when the schema arrives, so the query is checked against it. */
  schemaVersion?: number;
}

/** One Monaco editor of the console; the text is owned by the caller. GraphQL models are checked as they change. */
export function ConsoleEditor({ path, language, value, onChange, onRun, theme, label, testId, schemaVersion = 0 }: ConsoleEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const callbacks = useRef({ onChange, onRun });
  callbacks.current = { onChange, onRun };

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
      lineNumbers: language === 'json' ? 'off' : 'on',
      ariaLabel: label,
      accessibilitySupport: 'auto',
      quickSuggestions: { other: true, comments: false, strings: false },
    });
    editorRef.current = editor;
    editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, () => callbacks.current.onRun());
    let timer: ReturnType<typeof setTimeout> | undefined;
    const sub = model.onDidChangeContent(() => {
      callbacks.current.onChange(model.getValue());
      // Checking on every keystroke would re-validate a half-typed word; a short pause is enough.
      if (language === 'graphql') {
        clearTimeout(timer);
        timer = setTimeout(() => checkGraphqlModel(model), 250);
      }
    });
    return () => {
      clearTimeout(timer);
      sub.dispose();
      editor.dispose();
      editorRef.current = null;
    };
    // The editor is created once per model path; value changes flow in below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [path, language]);

  // Text set from outside (an example picked from the list) replaces the model's content.
  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (model && model.getValue() !== value) model.setValue(value);
  }, [value]);

  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (model && language === 'graphql') checkGraphqlModel(model);
  }, [schemaVersion, language]);

  useEffect(() => {
    monaco.editor.setTheme(editorTheme(theme));
  }, [theme]);

  return <div ref={host} className={`gql-editor gql-editor-${language}`} data-testid={testId} />;
}
