import './app/zod-without-eval';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import './app/theme.css';
import './app/layout.css';
import { applyThemeChoice, readThemeChoice } from './app/theme-preference';

// Before the first render, so a forced theme never flashes the system one (no inline script: CSP).
applyThemeChoice(readThemeChoice());

const root = document.getElementById('root');
if (!root) throw new Error('index.html must contain <div id="root"></div>.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
