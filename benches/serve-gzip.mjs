// A static server for Lighthouse (`benches/lighthouse.sh`): serves a folder as a real host would,
// gzip-compressed when the browser accepts it (wasm included), with the right types and no cache.
// Usage: node benches/serve-gzip.mjs DIR PORT
import http from "node:http";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";

const [dir, port] = [path.resolve(process.argv[2]), Number(process.argv[3])];
const types = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".mjs": "text/javascript",
  ".css": "text/css", ".wasm": "application/wasm", ".svg": "image/svg+xml", ".png": "image/png",
  ".json": "application/json", ".webmanifest": "application/manifest+json",
};
http.createServer((req, res) => {
  let p = decodeURIComponent(new URL(req.url, "http://x").pathname);
  if (p.endsWith("/")) p += "index.html";
  const file = path.join(dir, path.normalize(p));
  if (!file.startsWith(dir) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
    res.writeHead(404).end("not found");
    return;
  }
  const body = fs.readFileSync(file);
  const headers = {
    "content-type": types[path.extname(file)] || "application/octet-stream",
    "cache-control": "no-cache",
  };
  if (/\bgzip\b/.test(req.headers["accept-encoding"] || "")) {
    headers["content-encoding"] = "gzip";
    res.writeHead(200, headers).end(zlib.gzipSync(body, { level: 9 }));
  } else {
    res.writeHead(200, headers).end(body);
  }
}).listen(port, "127.0.0.1", () => console.log(`serving ${dir} gzipped on http://127.0.0.1:${port}/`));
