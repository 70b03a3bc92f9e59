/**
 * Monaco, configured once, with only what the exercises need: the editor and its
 * contributions, YAML/JSON/TypeScript/GraphQL/protobuf, and their workers bundled locally (no CDN loader).
 * Imported only by the exercise page, so Monaco never weighs on the first page.
 */
import 'monaco-editor/editor/editor.main';
import * as monaco from 'monaco-editor/editor/editor.api';
import 'monaco-editor/languages/definitions/yaml/register';
import 'monaco-editor/languages/definitions/typescript/register';
import 'monaco-editor/languages/definitions/graphql/register';
import 'monaco-editor/languages/definitions/protobuf/register';
import 'monaco-editor/languages/features/json/register';
import { typescriptDefaults, ScriptTarget, ModuleKind } from 'monaco-editor/languages/features/typescript/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import TsWorker from 'monaco-editor/language/typescript/ts.worker?worker';
import JsonWorker from 'monaco-editor/language/json/json.worker?worker';

self.MonacoEnvironment = {
  getWorker(_id: string, label: string) {
    if (label === 'typescript' || label === 'javascript') return new TsWorker();
    if (label === 'json') return new JsonWorker();
    return new EditorWorker();
  },
};

typescriptDefaults.setCompilerOptions({
  target: ScriptTarget.ES2020,
  module: ModuleKind.ESNext,
  strict: true,
  noEmit: true,
  // No `lib` here: Monaco's worker resolves the target's default library itself, and a
  // partial list (e.g. ['es2022']) leaves out the base types that list references.
});

let extraLib: monaco.IDisposable | null = null;

/** Gives the editor the exercise's ambient types (exercises/<id>/types.d.ts), replacing the last ones. */
export function setExerciseTypes(types: string | null): void {
  extraLib?.dispose();
  extraLib = types ? typescriptDefaults.addExtraLib(types, 'file:///exercise-types.d.ts') : null;
}

export { editorTheme } from './monaco-themes';
export { monaco };
