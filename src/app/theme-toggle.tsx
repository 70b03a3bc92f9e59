import { useState } from 'react';
import { theme } from '@messages/theme';
import { readThemeChoice, setThemeChoice, themeChoices, type ThemeChoice } from './theme-preference';
import './theme-toggle.css';

const icons: Record<ThemeChoice, string> = { system: '◐', light: '☀', dark: '☾' };

/** System / light / dark, as a group of three toggle buttons (each named, the chosen one pressed). */
export function ThemeToggle() {
  const [choice, setChoice] = useState<ThemeChoice>(() => readThemeChoice());
  const choose = (next: ThemeChoice) => {
    setThemeChoice(next);
    setChoice(next);
  };
  return (
    <div className="theme-toggle" role="group" aria-label={theme.label}>
      {themeChoices.map((option) => (
        <button
          key={option}
          type="button"
          aria-pressed={choice === option}
          aria-label={theme.options[option]}
          title={theme.describe(theme.options[option])}
          onClick={() => choose(option)}
        >
          <span aria-hidden="true">{icons[option]}</span>
        </button>
      ))}
    </div>
  );
}
