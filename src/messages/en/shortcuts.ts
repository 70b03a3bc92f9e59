/** Keyboard shortcuts: what each does (shown in the help overlay) and the overlay itself. */
export const shortcutsText = {
  descriptions: {
    openHelp: 'Show this list of keyboard shortcuts (outside text fields)',
    runTests: 'Run the checks on your submission (works inside the editor too)',
    nextHint: 'Reveal the next hint',
    nextFailingCheck: 'Go to the next failing check; when it names a line, the editor cursor moves there',
    toggleFocus: 'Move focus between the task text and the editor, both ways',
  },
  scopes: {
    global: 'Everywhere',
    exercise: 'On an exercise page',
  } as Record<string, string>,
  helpButton: 'Keyboard shortcuts',
  helpTitle: 'Keyboard shortcuts',
  helpIntro:
    'These keys work without the mouse. Alt is the Option key on a Mac. Inside the editor, Tab types a tab and Escape stays in the editor: leave it with Alt+M, or press Ctrl+M (Ctrl+Shift+M on a Mac), the editor’s own key, so that Tab moves focus instead.',
  keysHeader: 'Keys',
  actionHeader: 'What it does',
  or: 'or',
  close: 'Close',
};
