/** Renderer entry: apply the remembered theme before the first paint, then mount the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { applyStoredTheme } from './ui/theme';
import './ui/styles.css';

applyStoredTheme();

const root = document.getElementById('root');
if (!root) throw new Error('Quotebook: the page has no #root element.');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
