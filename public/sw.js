// The service worker: keeps this version's files on the device so every page opens offline.
// scripts/postbuild.mjs fills in VERSION and FILES for each build; this file is a template.
"use strict";

const VERSION = "__VERSION__";
const FILES = __FILES__;
const CACHE = "peer-support-guide-" + VERSION;
const INDEX = new URL("./", self.registration.scope).href;
// Spanish addresses (/es/…) have a Spanish shell of their own.
const SPANISH = new URL("./es/", self.registration.scope).href;

self.addEventListener("install", (event) => {
  // addAll is all or nothing, so a version is either cached whole or not at all.
  event.waitUntil(
    caches.open(CACHE).then((cache) => cache.addAll(FILES.map((file) => new URL(file, self.registration.scope).href)))
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys.filter((key) => key.startsWith("peer-support-guide-") && key !== CACHE).map((key) => caches.delete(key))
        )
      )
      .then(() => self.clients.claim())
  );
});

self.addEventListener("message", (event) => {
  if (event.data && event.data.type === "SKIP_WAITING") self.skipWaiting();
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || !url.href.startsWith(self.registration.scope)) return;

  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      const cached = await cache.match(request, { ignoreSearch: true });
      if (cached) return cached;
      // Every route is the same app: answer a page load with the page's own copy (the ones
      // with a lead of their own are cached), or else with this version's index.html.
      if (request.mode === "navigate") {
        const copy = new URL(url.pathname.replace(/\/?$/, "/index.html"), url);
        const spanishPath = new URL(SPANISH).pathname;
        const spanish = url.pathname === spanishPath.slice(0, -1) || url.pathname.startsWith(spanishPath);
        const shell =
          (await cache.match(copy)) ??
          (spanish ? await cache.match(new URL("index.html", SPANISH).href) : undefined) ??
          (await cache.match(INDEX));
        if (shell) return shell;
      }
      return fetch(request);
    })
  );
});
