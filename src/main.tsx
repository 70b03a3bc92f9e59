import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import './app/theme.css';
import './app/layout.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html must contain <div id="root"></div>.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
