/**
 * Monaco for the GraphQL console: GraphQL highlighting, a completion provider and live
 * diagnostics backed by graphql-language-service, and JSON for the variables box.
 * Imported only by the console page, so neither Monaco nor the language service is in
 * the first page's JavaScript.
 */
import 'monaco-editor/editor/editor.main';
import * as monaco from 'monaco-editor/editor/editor.api';
import 'monaco-editor/languages/definitions/graphql/register';
import 'monaco-editor/languages/features/json/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/language/json/json.worker?worker';
import type { GraphQLSchema } from 'graphql';
import { problemsIn, suggestionsAt } from './graphql-console-language';

// The exercise page may have set up Monaco's workers first (TypeScript among them): keep
// whatever it answers and add only the JSON worker, so neither page breaks the other.
const previous = self.MonacoEnvironment;
self.MonacoEnvironment = {
  getWorker(id: string, label: string) {
    if (label === 'json') return new JsonWorker();
    return previous?.getWorker?.(id, label) ?? new EditorWorker();
  },
};

let schema: GraphQLSchema | null = null;
let registered = false;

/** Sets the schema that completion and diagnostics use; registers the provider on first call. */
export function setGraphqlSchema(next: GraphQLSchema): void {
  schema = next;
  if (registered) return;
  registered = true;
  monaco.languages.registerCompletionItemProvider('graphql', {
    // Fields open after "{" and arguments after "(" or ":", without typing a letter first.
    triggerCharacters: ['{', '(', ':', '$', '@', ' '],
    provideCompletionItems(model, position) {
      if (!schema) return { suggestions: [] };
      const word = model.getWordUntilPosition(position);
      const range = new monaco.Range(position.lineNumber, word.startColumn, position.lineNumber, word.endColumn);
      const suggestions = suggestionsAt(schema, model.getValue(), position.lineNumber, position.column).map((s) => ({
        label: s.label,
        kind: monaco.languages.CompletionItemKind[s.kind],
        detail: s.detail,
        documentation: s.documentation,
        insertText: s.insertText,
        range,
      }));
      return { suggestions };
    },
  });
}

/** Marks the model's syntax and validation problems against the current schema. */
export function checkGraphqlModel(model: monaco.editor.ITextModel): void {
  const markers: monaco.editor.IMarkerData[] = schema
    ? problemsIn(schema, model.getValue()).map((p) => ({
        message: p.message,
        severity: p.severity === 'error' ? monaco.MarkerSeverity.Error : monaco.MarkerSeverity.Warning,
        startLineNumber: p.startLine,
        startColumn: p.startColumn,
        endLineNumber: p.endLine,
        endColumn: p.endColumn,
      }))
    : [];
  monaco.editor.setModelMarkers(model, 'graphql', markers);
}

export { monaco };
