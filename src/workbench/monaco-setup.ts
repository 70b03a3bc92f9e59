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

// Monaco's own themes with the colours that fail WCAG AA contrast (4.5:1) fixed, found by
// axe-core (test/e2e/accessibility.test.ts): vs-dark's comment green #608b4e (4.2:1 on
// #1e1e1e); the dimmed number of the final empty line (1.8:1), now drawn like the others;
// and unused code, faded to 47% in the light theme (3.5:1), now 70% so it is still told
// apart but readable. Built on the originals (inherit), so the vs / vs-dark classes stay.
monaco.editor.defineTheme('workbench-light', {
  base: 'vs',
  inherit: true,
  rules: [],
  colors: { 'editorLineNumber.dimmedForeground': '#237893', 'editorUnnecessaryCode.opacity': '#000000b3' },
});
monaco.editor.defineTheme('workbench-dark', {
  base: 'vs-dark',
  inherit: true,
  rules: [{ token: 'comment', foreground: '7ca668' }],
  colors: { 'editorLineNumber.dimmedForeground': '#858585' },
});

/** The Monaco theme for the app's light or dark theme: Monaco's own, with AA contrast. */
export const editorTheme = (theme: 'light' | 'dark') => (theme === 'dark' ? 'workbench-dark' : 'workbench-light');

export { monaco };
