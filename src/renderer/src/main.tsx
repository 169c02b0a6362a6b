/** Renderer entry: apply the remembered theme before the first paint, ask for the library's first rows, then mount the app. */
import { startTransition, StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { applyStoredTheme } from './ui/theme';
import { askForFirstArticlesEarly } from './workbench/firstArticles';
import './ui/styles.css';

applyStoredTheme();
askForFirstArticlesEarly();

const root = document.getElementById('root');
if (!root) throw new Error('Quotebook: the page has no #root element.');
// In a transition the first render yields now and then, so the answer with the library's first
// rows (asked for above) is taken up while the shell is being drawn, not only after it.
startTransition(() =>
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
