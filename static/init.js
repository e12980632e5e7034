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

// The full build (分享海报, 嵌入代码, 我的方案, 方案对比, 演示模式), loaded the first time the
// person opens one of those (src/app/lazy.rs). `./dev.sh post-build` writes its hashed names.
const FULL_JS = "__FULL_JS__";
const FULL_WASM = "__FULL_WASM__";
const FULL_CSS = "__FULL_CSS__";
const stylesheet = (href) => new Promise((ok, fail) => {
  const link = Object.assign(document.createElement("link"), { rel: "stylesheet", href });
  link.onload = ok;
  link.onerror = () => { link.remove(); fail(new Error("stylesheet " + href)); };
  document.head.append(link);
});
let full;
window.tuikeUpgrade = () => {
  full ??= (async () => {
    await stylesheet(new URL(FULL_CSS, document.baseURI).href);
    const b = await import(new URL(FULL_JS, document.baseURI).href);
    await b.default({ module_or_path: new URL(FULL_WASM, document.baseURI).href });
  })().catch((e) => {
    full = undefined; // a later tap tries again
    throw e;
  });
  return full;
};
