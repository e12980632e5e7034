//! End-to-end harness: serve `dist/` on a free loopback port, start chromedriver, open headless
//! Chromium at phone (375 px by device emulation) or desktop width, read console errors, save PNGs.
#![allow(dead_code)]

use fantoccini::wd::WebDriverCompatibleCommand;
use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::Duration;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::process::{Child, Command};

pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// The release bundle built by `./dev.sh test` (or `./dev.sh dist`).
pub fn dist_dir() -> PathBuf {
    let d = repo_root().join("dist");
    assert!(
        d.join("index.html").exists(),
        "no dist/index.html: build it first with `./dev.sh dist` (./dev.sh test does)"
    );
    d
}

/// Where screenshots go for a person to look at.
pub fn shots_dir() -> PathBuf {
    let d = repo_root().join("target").join("screenshots");
    std::fs::create_dir_all(&d).expect("create target/screenshots");
    d
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "json" | "webmanifest" => "application/json",
        _ => "application/octet-stream",
    }
}

/// A tiny static file server on 127.0.0.1:<free port>. `extra_headers` go on every response.
pub struct StaticServer {
    pub port: u16,
    task: tokio::task::JoinHandle<()>,
}

impl StaticServer {
    pub async fn start(root: PathBuf, extra_headers: Vec<(String, String)>) -> StaticServer {
        Self::start_with_wasm_delay(root, extra_headers, Duration::ZERO).await
    }

    /// The same server, answering requests for `.wasm` files only after `wasm_delay` (a slow
    /// network for the app itself: what the page does before it has arrived).
    pub async fn start_with_wasm_delay(
        root: PathBuf,
        extra_headers: Vec<(String, String)>,
        wasm_delay: Duration,
    ) -> StaticServer {
        let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let port = listener.local_addr().unwrap().port();
        let task = tokio::spawn(async move {
            loop {
                let Ok((sock, _)) = listener.accept().await else {
                    continue;
                };
                let root = root.clone();
                let headers = extra_headers.clone();
                tokio::spawn(async move {
                    let _ = serve_one(sock, &root, &headers, wasm_delay).await;
                });
            }
        });
        StaticServer { port, task }
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://127.0.0.1:{}{}", self.port, path)
    }

    pub fn stop(&self) {
        self.task.abort();
    }
}

impl Drop for StaticServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

async fn serve_one(
    mut sock: TcpStream,
    root: &Path,
    headers: &[(String, String)],
    wasm_delay: Duration,
) -> std::io::Result<()> {
    let mut buf = vec![0u8; 8192];
    let mut used = 0;
    loop {
        let n = sock.read(&mut buf[used..]).await?;
        if n == 0 {
            return Ok(());
        }
        used += n;
        if buf[..used].windows(4).any(|w| w == b"\r\n\r\n") || used == buf.len() {
            break;
        }
    }
    let req = String::from_utf8_lossy(&buf[..used]);
    let target = req.split_whitespace().nth(1).unwrap_or("/");
    let path = target.split(['?', '#']).next().unwrap_or("/");
    let rel = path.trim_start_matches('/');
    let mut file = if rel.is_empty() {
        root.join("index.html")
    } else {
        root.join(rel)
    };
    if rel.contains("..") {
        file = root.join("__nope__");
    }
    if file.extension().is_some_and(|e| e == "wasm") && !wasm_delay.is_zero() {
        tokio::time::sleep(wasm_delay).await;
    }
    let (status, body, ctype) = match tokio::fs::read(&file).await {
        Ok(b) => ("200 OK", b, content_type(&file)),
        Err(_) => ("404 Not Found", b"not found".to_vec(), "text/plain"),
    };
    let mut head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {ctype}\r\nContent-Length: {}\r\nCache-Control: no-cache\r\nConnection: close\r\n",
        body.len()
    );
    for (k, v) in headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    head.push_str("\r\n");
    sock.write_all(head.as_bytes()).await?;
    sock.write_all(&body).await?;
    sock.shutdown().await
}

async fn free_port() -> u16 {
    let l = TcpListener::bind("127.0.0.1:0").await.unwrap();
    l.local_addr().unwrap().port()
}

/// chromedriver on a free port, killed on drop.
pub struct Driver {
    pub port: u16,
    _child: Child,
}

impl Driver {
    pub async fn start() -> Driver {
        let bin = std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "chromedriver".into());
        let port = free_port().await;
        let child = Command::new(&bin)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .kill_on_drop(true)
            .spawn()
            .unwrap_or_else(|e| {
                panic!("cannot start {bin}: {e} (./dev.sh test installs chromium-driver)")
            });
        // Accepting TCP is not being ready: wait until `GET /status` says `"ready": true`
        // (seen on a fresh machine: a session asked for too early got "Connection reset").
        for _ in 0..200 {
            if driver_ready(port).await {
                return Driver {
                    port,
                    _child: child,
                };
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("chromedriver did not report ready on port {port} within 20 s");
    }
}

/// Whether chromedriver on `port` answers `GET /status` with `"ready": true`. chromedriver keeps
/// the connection open after answering, so the body is read to its `Content-Length`.
async fn driver_ready(port: u16) -> bool {
    let Ok(mut sock) = TcpStream::connect(("127.0.0.1", port)).await else {
        return false;
    };
    let req = "GET /status HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n";
    if sock.write_all(req.as_bytes()).await.is_err() {
        return false;
    }
    let mut got = Vec::new();
    let mut buf = [0u8; 4096];
    let deadline = tokio::time::Instant::now() + Duration::from_secs(2);
    loop {
        let n = match tokio::time::timeout_at(deadline, sock.read(&mut buf)).await {
            Ok(Ok(n)) if n > 0 => n,
            _ => return false,
        };
        got.extend_from_slice(&buf[..n]);
        let text = String::from_utf8_lossy(&got);
        let Some((head, body)) = text.split_once("\r\n\r\n") else {
            continue;
        };
        let length = head
            .lines()
            .find_map(|l| {
                let (k, v) = l.split_once(':')?;
                k.trim()
                    .eq_ignore_ascii_case("content-length")
                    .then(|| v.trim().parse().ok())?
            })
            .unwrap_or(0usize);
        if body.len() >= length {
            return serde_json::from_str::<Value>(body.trim())
                .map(|v| v["value"]["ready"] == true)
                .unwrap_or(false);
        }
    }
}

/// The viewport a session emulates.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Viewport {
    /// 375 × 812 CSS px by device emulation (a headless window is never narrower than 500 px).
    Phone,
    /// 1280 × 900 window.
    Desktop,
    /// A viewport of exactly this size, e.g. 1920 × 1080 for a projector (a headless window of
    /// that size has a shorter viewport, 1920 × 937 measured: the size is emulated as well).
    Window(u32, u32),
}

pub async fn browser(driver: &Driver, vp: Viewport) -> Client {
    browser_with(driver, vp, &[]).await
}

/// [`browser`] with more Chromium flags (e.g. `--blink-settings=scriptEnabled=false`).
pub async fn browser_with(driver: &Driver, vp: Viewport, extra: &[&str]) -> Client {
    let profile = tempdir("tuike-chrome");
    let mut args = vec![
        "--headless".to_string(),
        "--no-sandbox".into(),
        "--disable-gpu".into(),
        "--disable-quic".into(),
        "--no-first-run".into(),
        "--disable-background-networking".into(),
        "--disable-component-update".into(),
        "--disable-sync".into(),
        "--disable-dev-shm-usage".into(),
        "--hide-scrollbars".into(),
        format!("--user-data-dir={}", profile.display()),
    ];
    args.extend(extra.iter().map(|a| a.to_string()));
    let mut chrome = json!({});
    match vp {
        Viewport::Phone => {
            args.push("--window-size=500,900".into());
            chrome["mobileEmulation"] = json!({
                "deviceMetrics": { "width": 375, "height": 812, "pixelRatio": 2, "touch": true }
            });
        }
        Viewport::Desktop => args.push("--window-size=1280,900".into()),
        Viewport::Window(w, h) => args.push(format!("--window-size={w},{h}")),
    }
    chrome["args"] = json!(args);
    let mut caps = serde_json::Map::new();
    caps.insert("goog:chromeOptions".into(), chrome);
    caps.insert("goog:loggingPrefs".into(), json!({ "browser": "ALL" }));
    // A session can still fail to start on a loaded machine (Chromium slow to come up): retry a
    // bounded number of times, each with a fresh profile, before failing the test.
    let mut last = String::new();
    for attempt in 0..4 {
        if attempt > 0 {
            tokio::time::sleep(Duration::from_millis(500 * attempt)).await;
            let fresh = tempdir("tuike-chrome");
            let args: Vec<String> = args
                .iter()
                .map(|a| {
                    if a.starts_with("--user-data-dir=") {
                        format!("--user-data-dir={}", fresh.display())
                    } else {
                        a.clone()
                    }
                })
                .collect();
            if let Some(o) = caps.get_mut("goog:chromeOptions") {
                o["args"] = json!(args);
            }
        }
        let connector = hyper_util::client::legacy::connect::HttpConnector::new();
        match ClientBuilder::new(connector)
            .capabilities(caps.clone())
            .connect(&format!("http://127.0.0.1:{}", driver.port))
            .await
        {
            Ok(c) => {
                if let Viewport::Window(w, h) = vp {
                    cdp(
                        &c,
                        "Emulation.setDeviceMetricsOverride",
                        json!({ "width": w, "height": h, "deviceScaleFactor": 1, "mobile": false }),
                    )
                    .await;
                }
                return c;
            }
            Err(e) => last = e.to_string(),
        }
    }
    panic!("open a Chromium session: 4 attempts failed; last: {last}");
}

fn tempdir(prefix: &str) -> PathBuf {
    let n = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap()
        .as_nanos();
    let d = std::env::temp_dir().join(format!("{prefix}-{}-{n}", std::process::id()));
    std::fs::create_dir_all(&d).unwrap();
    d
}

/// Chromium's legacy log endpoint: the browser console since the last call.
#[derive(Debug)]
struct BrowserLog;

impl WebDriverCompatibleCommand for BrowserLog {
    fn endpoint(
        &self,
        base_url: &url::Url,
        session_id: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!("session/{}/se/log", session_id.unwrap_or("")))
    }
    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(r#"{"type":"browser"}"#.into()))
    }
}

/// Console entries at level SEVERE (errors, failed requests, uncaught exceptions).
pub async fn console_errors(c: &Client) -> Vec<String> {
    let v: Value = c.issue_cmd(BrowserLog).await.expect("read the browser log");
    v.as_array()
        .map(|a| {
            a.iter()
                .filter(|e| e["level"] == "SEVERE")
                .map(|e| e["message"].as_str().unwrap_or("").to_string())
                .collect()
        })
        .unwrap_or_default()
}

/// End a test: the browser console logged no error, then close the session.
pub async fn close_clean(c: Client) {
    let errors = console_errors(&c).await;
    assert!(errors.is_empty(), "console errors: {errors:#?}");
    c.close().await.unwrap();
}

/// Wait until the app has mounted (its header is in the page).
pub async fn wait_app(c: &Client) {
    c.wait()
        .at_most(Duration::from_secs(20))
        // The whole page: the first screen renders first, the rest in the next task; a trial's
        // calibration has landed.
        .for_element(Locator::Css(
            "main#calc[data-complete]:not([data-calibrating])",
        ))
        .await
        .expect("the app did not render within 20 s");
}

/// Wait until an element is in the page (a tool of the full build appears after it has loaded).
pub async fn wait_for(c: &Client, css: &str) {
    c.wait()
        .at_most(Duration::from_secs(20))
        .for_element(Locator::Css(css))
        .await
        .unwrap_or_else(|e| panic!("{css} did not appear within 20 s: {e}"));
}

pub async fn text_of(c: &Client, css: &str) -> String {
    c.find(Locator::Css(css))
        .await
        .unwrap_or_else(|e| panic!("no element {css}: {e}"))
        .text()
        .await
        .unwrap()
}

pub async fn js(c: &Client, script: &str) -> Value {
    c.execute(script, vec![])
        .await
        .unwrap_or_else(|e| panic!("script failed: {script}: {e}"))
}

/// Save a PNG screenshot under target/screenshots/ and return its path.
pub async fn screenshot(c: &Client, name: &str) -> PathBuf {
    let png = c.screenshot().await.expect("screenshot");
    assert!(png.starts_with(b"\x89PNG"), "not a PNG");
    let p = shots_dir().join(format!("{name}.png"));
    std::fs::write(&p, png).unwrap();
    p
}

/// Save a PNG of one element (scrolled into view first).
pub async fn screenshot_of(c: &Client, css: &str, name: &str) -> PathBuf {
    let el = centred(c, css).await.expect("scroll into view");
    let png = el.screenshot().await.expect("element screenshot");
    let p = shots_dir().join(format!("{name}.png"));
    std::fs::write(&p, png).unwrap();
    p
}

/// Save a PNG of the whole page, beyond the window (Chromium's `captureBeyondViewport`), at
/// phone and desktop width alike.
pub async fn screenshot_full(c: &Client, name: &str) -> PathBuf {
    screenshot_pieces(c, name, f64::INFINITY).await.remove(0)
}

/// The whole page in PNGs of at most `piece` CSS pixels tall each, top to bottom (`NAME.png`,
/// then `NAME-1.png`, …): a long phone page in pieces an image viewer shows legibly.
pub async fn screenshot_pieces(c: &Client, name: &str, piece: f64) -> Vec<PathBuf> {
    use base64::Engine;
    frame(c).await;
    let size = js(
        c,
        "const e = document.documentElement; return [e.scrollWidth, e.scrollHeight]",
    )
    .await;
    let (w, h) = (
        size[0].as_f64().unwrap_or(375.0),
        size[1].as_f64().unwrap_or(800.0),
    );
    let mut out = Vec::new();
    let mut y = 0.0;
    while y < h {
        let height = piece.min(h - y);
        let v = cdp(
            c,
            "Page.captureScreenshot",
            json!({ "format": "png", "captureBeyondViewport": true,
                    "clip": { "x": 0, "y": y, "width": w, "height": height, "scale": 1 } }),
        )
        .await;
        let data = v["data"].as_str().expect("captureScreenshot: no data");
        let png = base64::engine::general_purpose::STANDARD
            .decode(data)
            .expect("captureScreenshot: not base64");
        assert!(png.starts_with(b"\x89PNG"), "not a PNG");
        let file = match out.len() {
            0 => format!("{name}.png"),
            i => format!("{name}-{i}.png"),
        };
        let p = shots_dir().join(file);
        std::fs::write(&p, png).unwrap();
        out.push(p);
        y += height;
    }
    out
}

/// Poll a script until it returns something truthy (true, a non-empty string, a non-zero
/// number, an object); that value. Fails after 20 s naming `what`.
pub async fn until(c: &Client, what: &str, script: &str) -> Value {
    for _ in 0..400 {
        let v = js(c, script).await;
        let truthy = match &v {
            Value::Null => false,
            Value::Bool(b) => *b,
            Value::String(s) => !s.is_empty(),
            Value::Number(n) => n.as_f64() != Some(0.0),
            _ => true,
        };
        if truthy {
            return v;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("timed out waiting for {what}");
}

/// Wait for the page's next frame to be painted (two animation frames), and for the tasks
/// queued before it (a posted message, a timer) to have run.
pub async fn frame(c: &Client) {
    c.execute_async(
        "const done = arguments[arguments.length - 1];
         setTimeout(() => requestAnimationFrame(() => requestAnimationFrame(() => done(true))), 0);",
        vec![],
    )
    .await
    .unwrap();
}

/// Switch the page's language with its button and wait until it has switched.
pub async fn switch_language(c: &Client) {
    let before = js(c, "return document.documentElement.lang").await;
    click(c, "#lang-switch").await;
    until(
        c,
        "the other language",
        &format!("return document.documentElement.lang !== {before}"),
    )
    .await;
    frame(c).await;
}

/// A Chrome DevTools Protocol command through chromedriver (`goog/cdp/execute`).
#[derive(Debug)]
struct Cdp(Value);

impl WebDriverCompatibleCommand for Cdp {
    fn endpoint(
        &self,
        base_url: &url::Url,
        session_id: Option<&str>,
    ) -> Result<url::Url, url::ParseError> {
        base_url.join(&format!(
            "session/{}/goog/cdp/execute",
            session_id.unwrap_or("")
        ))
    }
    fn method_and_body(&self, _: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(self.0.to_string()))
    }
}

/// Run a DevTools command, e.g. `cdp(c, "Page.addScriptToEvaluateOnNewDocument",
/// json!({"source": "..."}))` to run a script before the page's own.
pub async fn cdp(c: &Client, cmd: &str, params: Value) -> Value {
    c.issue_cmd(Cdp(json!({ "cmd": cmd, "params": params })))
        .await
        .unwrap_or_else(|e| panic!("CDP {cmd}: {e}"))
}

/// Click an element as a person would, after scrolling it to the middle of the screen (a
/// sticky column or the phone's result bar may otherwise cover it). When the page re-renders the
/// element between finding and clicking it (a stale reference), it is found again, up to 5 times.
pub async fn click(c: &Client, css: &str) {
    for attempt in 1.. {
        let tried = match centred(c, css).await {
            Ok(el) => el.click().await,
            Err(e) => Err(e),
        };
        match tried {
            Ok(()) => return,
            Err(e) if attempt < 5 && e.to_string().contains("stale element") => frame(c).await,
            Err(e) => panic!("click {css}: {e}"),
        }
    }
}

/// The element `css`, scrolled to the middle of the screen.
async fn centred(
    c: &Client,
    css: &str,
) -> Result<fantoccini::elements::Element, fantoccini::error::CmdError> {
    let el = c
        .find(Locator::Css(css))
        .await
        .unwrap_or_else(|e| panic!("no {css}: {e}"));
    c.execute(
        "arguments[0].scrollIntoView({block:'center'});",
        vec![serde_json::to_value(&el).unwrap()],
    )
    .await?;
    Ok(el)
}

/// Replace a field's text by typing, key by key.
pub async fn type_in(c: &Client, css: &str, text: &str) {
    let el = c
        .find(Locator::Css(css))
        .await
        .unwrap_or_else(|e| panic!("no {css}: {e}"));
    el.clear().await.unwrap();
    el.send_keys(text).await.unwrap();
}

/// Wait until the Monte Carlo P10–P90 band has arrived in the summary.
pub async fn wait_band(c: &Client, within: Duration) {
    let t0 = std::time::Instant::now();
    while t0.elapsed() < within {
        if text_of(c, "#s-net .band").await.contains("P10") {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("the P10–P90 band did not arrive within {within:?}");
}

/// The engine's longest slice so far and its longest chunk, in ms: `app::engine` records them on
/// `<html>` (`data-longest-slice-us`, `data-longest-chunk-us`, whole microseconds) after every
/// slice of the calibration and of the Monte Carlo bands.
pub async fn longest_slice(c: &Client) -> (f64, f64) {
    let v = js(
        c,
        "const h = document.documentElement; \
         return [h.getAttribute('data-longest-slice-us'), h.getAttribute('data-longest-chunk-us')]",
    )
    .await;
    let ms = |i: usize| {
        v[i].as_str()
            .and_then(|s| s.parse::<f64>().ok())
            .map(|us| us / 1000.0)
            .unwrap_or_else(|| panic!("the page recorded no slice: {v}"))
    };
    (ms(0), ms(1))
}

/// Serve `dist/` (with `headers`), start chromedriver and open the app at viewport `vp`.
pub async fn open_app(
    vp: Viewport,
    headers: Vec<(String, String)>,
) -> (StaticServer, Driver, Client) {
    let server = StaticServer::start(dist_dir(), headers).await;
    let driver = Driver::start().await;
    let c = browser(&driver, vp).await;
    c.goto(&server.url("/")).await.unwrap();
    wait_app(&c).await;
    (server, driver, c)
}

/// A 微信小店推客 scenario with a four-week trial that calibrates its rates (issue 20's example).
pub const TRIAL_LINK: &str = "v=1&lang=zh&ch=wxshop&followers=5000&trial.ch=wxshop&trial.weeks=4&trial.posts=20&trial.clicks=300&trial.orders=2&trial.commission=18";

/// Open `link` (e.g. [`TRIAL_LINK`]) and pin it to 方案对比, then the same person on 淘宝客, then on
/// 淘宝客 with 2,000 people: three columns, every one with the trial.
pub async fn pin_a_trial_and_two_more(c: &Client, server: &StaticServer, link: &str) {
    c.goto(&server.url(&format!("/#{link}"))).await.unwrap();
    c.refresh().await.unwrap(); // a hash-only navigation does not reload
    wait_app(c).await;
    click(c, "#pin").await;
    wait_for(c, "#compare-table").await;
    click(c, "#ch-taoke").await;
    click(c, "#pin").await;
    type_in(c, "#f-followers", "2000").await;
    until(
        c,
        "2,000 people in the address",
        "return location.hash.includes('followers=2000')",
    )
    .await;
    click(c, "#pin").await;
    until(
        c,
        "three pinned columns",
        "return document.querySelectorAll('#compare-table th.slot').length === 3",
    )
    .await;
}
