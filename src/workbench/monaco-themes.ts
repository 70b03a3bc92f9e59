/**
 * The app's Monaco themes, shared by every editor (exercises, the gateway lab, the GraphQL
 * console): Monaco's own light and dark themes with the colours axe-core found too faint fixed.
 */
import * as monaco from 'monaco-editor/editor/editor.api';

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

