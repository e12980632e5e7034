// tuike-calc service worker: after the first visit the calculator loads and works offline.
// __BUILD_VERSION__ is replaced at build time (Trunk post_build hook, Trunk.toml) by a hash of the
// release's files, so every release gets its own cache and replaces the old one.
const VERSION = "__BUILD_VERSION__";
const CACHE = "tuike-calc-" + VERSION;

// Every file of the release, listed at build time (Trunk post_build hook: `./dev.sh post-build`),
// so one visit caches the whole app: the tools (演示模式, 方案对比, 分享海报 …) work offline even if
// they were never opened.
const FILES = __PRECACHE__;

async function precache() {
  const cache = await caches.open(CACHE);
  const abs = (u) => new URL(u, self.registration.scope).href;
  const res = await fetch("./", { cache: "no-store" });
  if (!res.ok) throw new Error("index " + res.status);
  await cache.put("./", res);
  await cache.addAll(FILES.map(abs));
}

self.addEventListener("install", (e) => {
  e.waitUntil(precache().then(() => self.skipWaiting()));
});

self.addEventListener("activate", (e) => {
  e.waitUntil((async () => {
    for (const k of await caches.keys()) {
      if (k.startsWith("tuike-calc-") && k !== CACHE) await caches.delete(k);
    }
    await self.clients.claim();
  })());
});

self.addEventListener("fetch", (e) => {
  const req = e.request;
  if (req.method !== "GET" || new URL(req.url).origin !== self.location.origin) return;
  if (req.mode === "navigate") {
    // Network first for the page (a new release shows at once), the cached page offline.
    e.respondWith(fetch(req).catch(async () => (await caches.match("./", { cacheName: CACHE })) || Response.error()));
    return;
  }
  // Cache first for the hashed app files; fill the cache from the network otherwise.
  e.respondWith((async () => {
    const hit = await caches.match(req, { cacheName: CACHE, ignoreSearch: true });
    if (hit) return hit;
    const res = await fetch(req);
    if (res.ok) (await caches.open(CACHE)).put(req, res.clone());
    return res;
  })());
});
