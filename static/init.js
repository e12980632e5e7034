// Loads the app without an inline script, so the page runs under a strict
// Content-Security-Policy (script-src 'self' 'wasm-unsafe-eval'; see README). Trunk writes this
// tag with the hashed file names (Trunk.toml: pattern_script); this does what Trunk's default
// inline loader does.
const tag = document.querySelector("script[data-wasm-js]");
const js = new URL(tag.dataset.wasmJs, document.baseURI).href;
const wasmUrl = new URL(tag.dataset.wasm, document.baseURI).href;
// Marks for ./dev.sh bench's cold-start breakdown (BENCHMARKS.md): glue loaded, wasm fetched
// and compiled, app started (mounted, first projection and render).
performance.mark("tuike:start");
try {
  const bindings = await import(js);
  const module = await WebAssembly.compileStreaming(fetch(wasmUrl)).catch(async () =>
    // A host that does not send application/wasm.
    WebAssembly.compile(await (await fetch(wasmUrl)).arrayBuffer()));
  performance.mark("tuike:compiled");
  const wasm = await bindings.default({ module_or_path: module });
  performance.mark("tuike:started");
  window.wasmBindings = bindings;
  dispatchEvent(new CustomEvent("TrunkApplicationStarted", { detail: { wasm } }));
} catch (e) {
  // The page rendered at build time must not look alive when the app could not start.
  document.documentElement.classList.add("app-failed");
  throw e;
}
