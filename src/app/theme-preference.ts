/**
 * The learner's colour theme choice: "system" follows the operating system, "light" and
 * "dark" force one by setting data-theme on <html> (theme.css and useTheme() read it, so
 * the app's colours, Monaco and Scalar all follow). Applied in main.tsx before the first
 * render, from a module rather than an inline script, so a strict CSP needs no exception.
 */
export const themeChoices = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof themeChoices)[number];

/** Storage key, in the same "workbench.<what>.v<n>" style as progress. */
export const themeKey = 'workbench.theme.v1';

type Store = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function browserStore(): Store | null {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // storage disabled by the browser's privacy settings: the choice lasts for this page only
  }
}

/** The saved choice; "system" when nothing (or something unreadable) is stored. */
export function readThemeChoice(store: Store | null = browserStore()): ThemeChoice {
  try {
    const saved = store?.getItem(themeKey);
    return themeChoices.find((c) => c === saved) ?? 'system';
  } catch {
    return 'system';
  }
}

/** Puts a choice into effect on <html> (no attribute for "system"). */
export function applyThemeChoice(choice: ThemeChoice, root: HTMLElement = document.documentElement): void {
  if (choice === 'system') delete root.dataset.theme;
  else root.dataset.theme = choice;
}

/** Saves and applies a choice; a storage failure still applies it for this page. */
export function setThemeChoice(choice: ThemeChoice, store: Store | null = browserStore()): void {
  applyThemeChoice(choice);
  try {
    if (choice === 'system') store?.removeItem(themeKey);
    else store?.setItem(themeKey, choice);
  } catch {
    // Quota or privacy mode: the theme still changes now, it just is not remembered.
  }
}
