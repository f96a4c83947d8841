// The planner's service worker (issue 7): after the first visit the app keeps working offline.
// Hand-written and small on purpose. On install it caches the app shell (index.html) and every
// built file listed in sw-precache.json (written by the build; see vite.config.ts), so the lazily
// loaded exports, print layout and Monte Carlo worker work offline too. Then:
// - page loads (navigations): network first, so a new deployment reaches people as soon as they
//   are online; the cached shell when the network fails;
// - every other same-origin GET: cache first (built files have content hashes in their names, so
//   a cached copy is never stale), else the network, caching what it returns.
// Other origins and other methods are left to the browser (the app makes no such requests).
// Bump VERSION when this file's caching rules change: the old cache is deleted on activation.
const VERSION = 1;
const CACHE = `cvi-planner-v${VERSION}`;
const SHELL = new URL('./', self.registration.scope).href;

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await cache.add(SHELL);
      let files = [];
      try {
        const response = await fetch(new URL('sw-precache.json', self.registration.scope), { cache: 'no-cache' });
        if (response.ok) files = await response.json();
      } catch {
        // No list (a development server): files are cached as they are fetched instead.
      }
      await cache.addAll(files.map((file) => new URL(file, self.registration.scope).href));
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith('cvi-planner-') && name !== CACHE) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

async function fromNetworkThenShell(request) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(SHELL, response.clone());
    return response;
  } catch (error) {
    const shell = await cache.match(SHELL, { ignoreVary: true });
    if (shell) return shell;
    throw error;
  }
}

async function fromCacheThenNetwork(request) {
  const cache = await caches.open(CACHE);
  // ignoreVary: servers often send `Vary: Origin`, and module scripts are fetched with an Origin
  // header that the install-time requests did not carry; a built file is the same either way.
  const cached = await cache.match(request, { ignoreVary: true });
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok && response.type === 'basic') await cache.put(request, response.clone());
  return response;
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(request.mode === 'navigate' ? fromNetworkThenShell(request) : fromCacheThenNetwork(request));
});
