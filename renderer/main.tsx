// Start-up: connects window.outpost (HTTP bridge when there is no preload), applies the theme, mounts the app.
import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// The document-wide styles come first, so the features' own rules override them.
import './ui/theme.css';
import './ui/base.css';
import { createHttpOutpost, takeSessionToken } from './bridge/http-outpost.ts';
import { applyTheme, readCachedTheme } from './features/settings/theme.ts';
import { App } from './App.tsx';
import { createQueryClient } from './data/queries.ts';

// The desktop app's preload defines window.outpost; a browser served by `outpost serve` has none.
if (!window.outpost) {
  window.outpost = createHttpOutpost({
    token: takeSessionToken(window.location, window.history, window.sessionStorage),
  });
}

// Apply the last known theme before the first paint, so a dark-mode user never sees a white flash.
applyTheme(readCachedTheme());

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={createQueryClient()}>
      <App />
    </QueryClientProvider>
  </StrictMode>,
);
