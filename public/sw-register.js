// Registers the service worker, and offers a reload when a new version has been installed.
// Plain JavaScript so it works even if the wasm fails to load.
(function () {
  "use strict";
  if (!("serviceWorker" in navigator)) return;

  var banner = document.getElementById("update-banner");
  var reloadButton = document.getElementById("update-reload");
  var userAskedToReload = false;

  function offerUpdate(worker) {
    if (!banner || !reloadButton) return;
    banner.hidden = false;
    reloadButton.onclick = function () {
      userAskedToReload = true;
      reloadButton.disabled = true;
      worker.postMessage({ type: "SKIP_WAITING" });
    };
  }

  // The new worker takes over only when the person asks, so a page never mixes two versions.
  navigator.serviceWorker.addEventListener("controllerchange", function () {
    if (userAskedToReload) window.location.reload();
  });

  window.addEventListener("load", function () {
    navigator.serviceWorker
      .register("sw.js")
      .then(function (registration) {
        if (registration.waiting && navigator.serviceWorker.controller) {
          offerUpdate(registration.waiting);
        }
        registration.addEventListener("updatefound", function () {
          var incoming = registration.installing;
          if (!incoming) return;
          incoming.addEventListener("statechange", function () {
            if (incoming.state === "installed" && navigator.serviceWorker.controller) {
              offerUpdate(incoming);
            }
          });
        });
        document.addEventListener("visibilitychange", function () {
          if (document.visibilityState === "visible") registration.update().catch(function () {});
        });
      })
      .catch(function () {
        // Offline use is a bonus: the app works without it, so stay quiet.
      });
  });
})();
