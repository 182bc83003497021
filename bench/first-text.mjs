// First text and interactivity on a slow phone: Chromium with 400 kbit/s
// down, 400 ms round trip and a 4x slower CPU, as a cheap Android phone in
// WeChat on a weak signal. Prints, per page: first contentful paint, when
// the heading is on screen, and when the islands are running (wasm ready).
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
console.log("page                                  FCP ms  heading ms  interactive ms  bytes");
for (const path of pages) {
  // A fresh context each time: nothing cached, as on a first visit.
  const context = await browser.newContext({ viewport: { width: 360, height: 640 } });
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
  let bytes = 0;
  cdp.on("Network.loadingFinished", (e) => (bytes += e.encodedDataLength));
  const start = Date.now();
  await page.goto(base + path, { waitUntil: "commit" });
  await page.waitForSelector("h1", { state: "visible" });
  const heading = Date.now() - start;
  await page.waitForFunction(() => document.documentElement.dataset.app, null, { timeout: 60_000 });
  const interactive = Date.now() - start;
  const fcp = await page.evaluate(
    () => performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? NaN,
  );
  console.log(
    `${path.padEnd(36)} ${String(Math.round(fcp)).padStart(6)}  ${String(heading).padStart(10)}  ${String(interactive).padStart(14)}  ${bytes}`,
  );
  await context.close();
}
await browser.close();
