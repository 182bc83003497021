// First text and interactivity on a slow phone: Chromium with 400 kbit/s
// down, 400 ms round trip and a 4x slower CPU, as a cheap Android phone in
// WeChat on a weak signal. Prints, per page: first contentful paint, when
// the heading is on screen, when the islands are running (wasm ready), the
// bytes by then, and when the page's web font is in (the text drawn in its
// own script: Tibetan and Yi pages on a phone without such a font) with
// the bytes of the whole visit.
// Usage: node bench/first-text.mjs http://127.0.0.1:8080
import { createRequire } from "node:module";
const require = createRequire(import.meta.url);
const { chromium } = require("playwright-core");

const base = process.argv[2] ?? "http://127.0.0.1:8080";
const pages = ["/zh/", "/bo/", "/zh/guide/unpaid-wages", "/bo/guide/unpaid-wages", "/ii/guide/land-contract-homestead", "/zh/appeal"];

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
async function slowPhone(context) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.emulateNetworkConditions", {
    offline: false,
    latency: 400,
    downloadThroughput: (400 * 1000) / 8,
    uploadThroughput: (400 * 1000) / 8,
  });
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  return { page, cdp };
}

/** Opens `path` on a slow phone and prints its figures. */
async function measure(context, path, label = path) {
  const { page, cdp } = await slowPhone(context);
  let bytes = 0;
  cdp.on("Network.loadingFinished", (e) => (bytes += e.encodedDataLength));
  const start = Date.now();
  await page.goto(base + path, { waitUntil: "commit" });
  await page.waitForSelector("h1", { state: "visible" });
  const heading = Date.now() - start;
  await page.waitForFunction(() => document.documentElement.dataset.app, null, { timeout: 60_000 });
  const interactive = Date.now() - start;
  const bytesInteractive = bytes;
  await page.evaluate(() => document.fonts.ready);
  const fonts = Date.now() - start;
  // Whatever else the page asks for (the service worker's own fetches are not counted).
  await page.waitForLoadState("networkidle");
  const fcp = await page.evaluate(
    () => performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN,
  );
  console.log(
    `${label.padEnd(36)} ${String(Math.round(fcp)).padStart(6)}  ${String(heading).padStart(10)}  ${String(interactive).padStart(14)}  ${String(bytesInteractive).padStart(8)}  ${String(fonts).padStart(8)}  ${bytes}`,
  );
  return page;
}

console.log("page                                  FCP ms  heading ms  interactive ms     bytes  font ms  all bytes");
for (const path of pages) {
  // A fresh context each time: nothing cached, as on a first visit.
  const context = await browser.newContext({ viewport: { width: 360, height: 640 } });
  await measure(context, path);
  await context.close();
}

// A second visit, once the service worker keeps the shell (public/sw.js)
// and the browser's cache the hashed files: only the page itself comes
// over the network (pages are always asked of it first).
const context = await browser.newContext({ viewport: { width: 360, height: 640 } });
const article = "/zh/guide/unpaid-wages";
const first = await measure(context, article, `${article} (1st)`);
await first.evaluate(() => navigator.serviceWorker.ready);
await first.waitForFunction(async (u) => Boolean(await caches.match(u)), base + article, { timeout: 60_000 });
await first.close();
await measure(context, article, `${article} (2nd visit)`);
console.log("(2nd visit: what the service worker fetches itself is not counted in bytes)");
await context.close();
await browser.close();
