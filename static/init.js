// Loads the app without an inline script, so the page runs under a strict
// Content-Security-Policy (script-src 'self' 'wasm-unsafe-eval'; see README). Trunk writes this
// tag with the hashed file names (Trunk.toml: pattern_script); this does what Trunk's default
// inline loader does.
const tag = document.querySelector("script[data-wasm-js]");
const js = new URL(tag.dataset.wasmJs, document.baseURI).href;
const wasmUrl = new URL(tag.dataset.wasm, document.baseURI).href;
const bindings = await import(js);
const wasm = await bindings.default({ module_or_path: wasmUrl });
window.wasmBindings = bindings;
dispatchEvent(new CustomEvent("TrunkApplicationStarted", { detail: { wasm } }));
