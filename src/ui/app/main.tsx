import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { startNavigation } from './navigation';
import './styles.css';

// The address's page and plan, or the plan or portfolio of a share link (src/ui/app/navigation.ts).
startNavigation();

const root = document.getElementById('root');
if (!root) throw new Error('missing #root');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// Offline after the first visit (public/sw.js). Production builds only — the dev server's modules
// must never be cached — and only over http(s), where service workers exist. Registered after the
// page has loaded so it never competes with the first paint; a failure only costs offline use.
if (import.meta.env.PROD && 'serviceWorker' in navigator && /^https?:$/.test(location.protocol)) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`).catch((error: unknown) => {
      console.warn('Offline use is unavailable: the service worker did not register.', error);
    });
  });
}
