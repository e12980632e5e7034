// The first seconds of a phone load, as a person on a slow network sees them: 375 × 812 at
// device scale 2, a WeChat-like mobile user agent, slow 4G (1.6 Mbps down, 750 kbps up, 150 ms
// round trip) and the CPU slowed 4× (Lighthouse's mobile figures), dist/ served gzipped.
// Screenshots at 0.5, 1, 2 and 3 s after navigation starts: target/lighthouse/film-<t>s.png.
// Usage: node benches/filmstrip.mjs URL OUTDIR   (run by benches/lighthouse.sh)
import { createRequire } from "node:module";
import path from "node:path";
const require = createRequire(path.resolve(".tools/lighthouse/node_modules/"));
const puppeteer = require("puppeteer-core");

const [url, outDir] = process.argv.slice(2);
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || "/usr/bin/chromium",
  args: ["--headless=new", "--no-sandbox", "--disable-gpu"],
});
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 375, height: 812, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  await page.setUserAgent(
    "Mozilla/5.0 (Linux; Android 13; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/116.0 Mobile Safari/537.36 MicroMessenger/8.0.40"
  );
  const cdp = await page.createCDPSession();
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8,
  });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  const t0 = Date.now();
  const nav = page.goto(url, { waitUntil: "load", timeout: 60000 });
  const shots = [0.5, 1, 2, 3];
  for (const t of shots) {
    const wait = t * 1000 - (Date.now() - t0);
    if (wait > 0) await new Promise(r => setTimeout(r, wait));
    const at = ((Date.now() - t0) / 1000).toFixed(2);
    const file = path.join(outDir, `film-${t}s.png`);
    await page.screenshot({ path: file });
    const state = await page.evaluate(() => ({
      booted: document.documentElement.classList.contains("booted"),
      verdict: (document.getElementById("verdict-line")?.textContent || "").trim().slice(0, 40),
    })).catch(() => ({}));
    console.log(`FILM ${t}s (taken at ${at}s) ${file} booted=${state.booted} verdict="${state.verdict || ""}"`);
  }
  await nav.catch(() => {});
} finally {
  await browser.close();
}
