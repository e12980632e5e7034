// Runs before the page is parsed (a plain script in <head>; no inline script, for the strict
// CSP): marks on <html> what the page rendered at build time cannot know. The app removes
// `boot-link` once it has started (src/app/mod.rs `mount`).
//  - boot-link: the address carries a scenario (#…=…) or embed options (?embed=): the build-time
//    page shows the default example, so it stands back and says the link's figures are coming;
//  - no-wasm: this browser cannot run the calculator: the page says so;
//  - taps on the page's buttons before the app has started are kept (window.__bootClicks) and
//    replayed once it has.
(function () {
  var h = document.documentElement;
  if (location.hash.indexOf("=") >= 0 || /[?&]embed=/.test(location.search)) {
    h.classList.add("boot-link");
  }
  if (typeof WebAssembly !== "object") h.classList.add("no-wasm");
  var clicks = (window.__bootClicks = []);
  document.addEventListener("click", function (e) {
    if (h.classList.contains("booted")) return;
    var b = e.target && e.target.closest ? e.target.closest("#app button[id]") : null;
    if (b) clicks.push(b.id);
  }, true);
})();
