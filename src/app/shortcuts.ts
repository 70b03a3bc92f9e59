/**
 * Every keyboard shortcut of the app, in one list the help overlay renders and the
 * pages' listeners match against, so the overlay can never drift from what works.
 *
 * Keys are written in `aria-keyshortcuts` syntax (modifiers Control, Alt, Shift, Meta;
 * alternatives separated by a space), so the same string goes on the control.
 *
 * Why these keys (checked against monaco-editor 0.57's keybindings and the browsers'):
 * - Alt+letter: Monaco binds Alt with A, C, F, I, L, O, P, R and W, and Firefox opens its
 *   menus with Alt+F, E, V, S, B, T and H; N, J and M are free in both. Ctrl+Alt is avoided
 *   because it is AltGr on Windows, which types characters on many keyboard layouts.
 *   Letters are matched by physical key (`event.code`), since on a Mac Option+N yields "˜".
 * - Control+Enter replaces Monaco's "insert line below" while an exercise is open: the
 *   listener runs in the capture phase and stops the event before Monaco sees it.
 * - "?" only opens the help outside text fields, where it types nothing.
 */
import { shortcutsText } from '@messages/shortcuts';
import { search } from '@messages/search';

export type ShortcutScope = 'global' | 'exercise';

export interface Shortcut {
  id: string;
  /** aria-keyshortcuts syntax, e.g. "Alt+N" or "Control+Enter Meta+Enter". */
  keys: string;
  description: string;
  scope: ShortcutScope;
}

const d = shortcutsText.descriptions;

/** The registry. Add a shortcut here and the help overlay lists it. */
export const shortcuts: readonly Shortcut[] = [
  { id: 'open-help', keys: '?', description: d.openHelp, scope: 'global' },
  { id: 'focus-search', keys: '/', description: search.shortcut, scope: 'global' },
  { id: 'run-tests', keys: 'Control+Enter Meta+Enter', description: d.runTests, scope: 'exercise' },
  { id: 'next-hint', keys: 'Alt+N', description: d.nextHint, scope: 'exercise' },
  { id: 'next-failing-check', keys: 'Alt+J', description: d.nextFailingCheck, scope: 'exercise' },
  { id: 'toggle-focus', keys: 'Alt+M', description: d.toggleFocus, scope: 'exercise' },
];

/** The registered shortcut with this id; throws if there is none, so a typo fails at once. */
export function shortcut(id: string): Shortcut {
  const found = shortcuts.find((s) => s.id === id);
  if (!found) throw new Error(`No keyboard shortcut "${id}" in src/app/shortcuts.ts; add it to the registry first.`);
  return found;
}

/** The fields of a KeyboardEvent that matching reads (a plain object in tests). */
export type KeyLike = Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'altKey' | 'shiftKey' | 'metaKey'>;

const modifierNames = ['Control', 'Alt', 'Shift', 'Meta'] as const;

/** Whether the event is one of the key combinations in `keys` (aria-keyshortcuts syntax). */
export function matchesKeys(event: KeyLike, keys: string): boolean {
  return keys.split(' ').some((combo) => matchesCombo(event, combo));
}

function matchesCombo(event: KeyLike, combo: string): boolean {
  const parts = combo.split('+');
  // "Shift++" would be the plus key; no shortcut here uses it, so a trailing empty part is the "+".
  const key = parts.pop() || '+';
  const wanted = new Set(parts);
  const pressed = { Control: event.ctrlKey, Alt: event.altKey, Shift: event.shiftKey, Meta: event.metaKey };
  const printable = key.length === 1 && !/[a-z0-9]/i.test(key);
  for (const name of modifierNames) {
    // A printable symbol such as "?" already implies whatever Shift the layout needs.
    if (name === 'Shift' && printable && !wanted.has('Shift')) continue;
    if (pressed[name] !== wanted.has(name)) return false;
  }
  if (/^[a-z]$/i.test(key)) return event.code === `Key${key.toUpperCase()}`;
  if (/^[0-9]$/.test(key)) return event.code === `Digit${key}`;
  return event.key === key;
}

/**
 * The keys as a learner reads them: "Ctrl+Enter" on Linux and Windows, "⌘ Enter" on a
 * Mac; each alternative is one array item.
 * @example keyLabels('Control+Enter Meta+Enter', false) // ['Ctrl+Enter']
 */
export function keyLabels(keys: string, apple: boolean): string[] {
  const combos = keys.split(' ');
  // Control/Meta pairs are one shortcut written twice; show the one this platform uses.
  const paired = combos.some((c) => c.startsWith('Meta+')) && combos.some((c) => c.startsWith('Control+'));
  const shown = paired ? combos.filter((c) => (apple ? c.startsWith('Meta+') : !c.startsWith('Meta+'))) : combos;
  return shown.map((combo) => combo.split('+').map((part) => label(part, apple)).join(apple ? ' ' : '+'));
}

function label(part: string, apple: boolean): string {
  if (apple) return ({ Meta: '⌘', Alt: '⌥', Control: '⌃', Shift: '⇧' } as Record<string, string>)[part] ?? part;
  return part === 'Control' ? 'Ctrl' : part;
}

/** True on macOS and iOS, where Command stands in for Control. */
export function isApplePlatform(): boolean {
  const nav = globalThis.navigator as (Navigator & { userAgentData?: { platform?: string } }) | undefined;
  const platform = nav?.userAgentData?.platform ?? nav?.platform ?? '';
  return /mac|iphone|ipad/i.test(platform);
}

/** Whether a key press lands in something that takes text, where single-key shortcuts must stay quiet. */
export function typesText(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target.closest('.monaco-editor')) return true;
  if (target instanceof HTMLElement && target.isContentEditable) return true;
  const tag = target.tagName;
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') {
    const type = (target as HTMLInputElement).type;
    return !['button', 'checkbox', 'radio', 'submit', 'reset', 'range', 'color', 'file', 'image'].includes(type);
  }
  return false;
}
