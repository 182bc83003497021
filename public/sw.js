// Gongdao's service worker. It keeps, on the phone:
// - the app shell (this release's hashed bundle, boot scripts, icon),
// - the fonts the reader's pages used,
// - every page of guidance the reader opened, and the appeal form,
// so that they open with the network off; and it keeps an appeal sent
// without a network in an outbox until it can be delivered.
//
// Pages and unhashed files are always asked of the network first: a copy
// from the phone is shown only when the network fails, so a new release is
// never hidden. The server fills in SHELL (server/src/offline.rs); a new
// release changes it, which makes a new worker.
const SHELL = "__SHELL__";
const SHELL_CACHE = "shell " + SHELL.join(" ");
const PAGES = "pages";
// Font files keep their names across releases: a changed font needs a new name.
const FONTS = "fonts";
const RETURNED = "returned";

// The residents' pages worth keeping: no tracking page (private, and its
// address holds the code), no staff page, nothing with a query.
const KEPT_PAGE = /^\/(zh|bo|ii)\/(guide(\/[a-z0-9-]+)?|appeal|appeal\/kept|privacy|offline)?$/;
const APPEAL_FORM = /^\/(zh|bo|ii)\/appeal$/;
const SAME_PROBLEM = /^\/(zh|bo|ii)\/appeal\/same$/;
const RECEIPT = /^\/(zh|bo|ii)\/track\/[A-Z0-9-]+$/;
// An article's share card draws its QR code from here.
const GUIDE_QR = /^\/api\/guides\/[a-z0-9-]+\/qr\.svg$/;
const RETURNED_PAGE = /^\/(zh|bo|ii)\/appeal\/returned\/[A-Za-z0-9-]+$/;
const HASHED = /-[0-9a-f]{12,16}(_bg)?\.(css|js|wasm)$/;

self.addEventListener("install", (event) => {
  event.waitUntil(
    (async () => {
      await (await caches.open(SHELL_CACHE)).addAll(SHELL);
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(self.clients.claim());
});

// Kept pages name the release's bundle they came with. After a release they
// are fetched again (when a page opens, so never blocking one), and an old
// bundle is let go only once no kept page names it.
async function refreshPages() {
  const old = (await caches.keys()).filter((name) => name.startsWith("shell ") && name !== SHELL_CACHE);
  if (old.length === 0) return;
  const bundle = SHELL.filter((file) => HASHED.test(file));
  const cache = await caches.open(PAGES);
  let stale = 0;
  for (const request of await cache.keys()) {
    const saved = await cache.match(request);
    const html = saved && (saved.headers.get("content-type") || "").startsWith("text/html");
    if (!html) continue;
    const text = await saved.clone().text();
    if (bundle.every((file) => text.includes(file))) continue;
    try {
      const response = await fetch(request.url);
      if (response.ok && !response.redirected) await cache.put(request.url, response);
      else if (response.status < 500) await cache.delete(request); // gone from the portal
      else stale++;
    } catch {
      stale++; // offline now: the old copy stays, with its bundle
    }
  }
  if (stale === 0) for (const name of old) await caches.delete(name);
}

self.addEventListener("fetch", (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === "navigate" && request.method === "POST" && APPEAL_FORM.test(url.pathname)) {
    event.respondWith(sendAppeal(request));
  } else if (request.method !== "GET") {
    return;
  } else if (request.mode === "navigate" && RETURNED_PAGE.test(url.pathname)) {
    event.respondWith(returnedPage(url));
  } else if (request.mode === "navigate" && /^\/(zh|bo|ii)\//.test(url.pathname)) {
    event.respondWith(page(event, url));
  } else if (HASHED.test(url.pathname) || url.pathname.startsWith("/fonts/")) {
    event.respondWith(keptFirst(event, request, url));
  } else if (SHELL.includes(url.pathname) || GUIDE_QR.test(url.pathname)) {
    event.respondWith(networkFirst(event, request, url));
  } else if (url.pathname === "/widget.js") {
    // The chat needs the network: without one, no chat button, and no error.
    event.respondWith(fetch(request).catch(() => new Response("", { headers: { "content-type": "text/javascript" } })));
  } else if (SAME_PROBLEM.test(url.pathname)) {
    // "Already reported here" needs the network: without one, no notice and
    // no error; the server asks when the outbox sends the form.
    event.respondWith(fetch(request).catch(() => new Response("", { headers: { "content-type": "text/html" } })));
  }
});

function pageKey(url) {
  return url.origin + url.pathname;
}

function langOf(url) {
  return url.pathname.split("/")[1];
}

async function page(event, url) {
  const keep = url.search === "" && KEPT_PAGE.test(url.pathname);
  try {
    const response = await fetch(event.request);
    if (keep && response.ok && !response.redirected) {
      const copy = response.clone();
      event.waitUntil(caches.open(PAGES).then((c) => c.put(pageKey(url), copy)));
    }
    // The receipt of an appeal from the outbox reached the resident: told.
    if (response.ok && RECEIPT.test(url.pathname)) event.waitUntil(forgetResult(url.href));
    // A page came through: the network is back, so deliver what waits.
    event.waitUntil(flush());
    return response;
  } catch {
    const pages = await caches.open(PAGES);
    const saved = KEPT_PAGE.test(url.pathname) && (await pages.match(pageKey(url)));
    if (saved) return APPEAL_FORM.test(url.pathname) ? freshForm(saved) : saved;
    return (await pages.match(`${url.origin}/${langOf(url)}/offline`)) || Response.error();
  }
}

// Hashed files never change, and fonts keep their names: the phone's copy first.
async function keptFirst(event, request, url) {
  const saved = await caches.match(request, { ignoreSearch: true });
  if (saved) return saved;
  const response = await fetch(request);
  if (response.ok && url.pathname.startsWith("/fonts/")) {
    const copy = response.clone();
    event.waitUntil(caches.open(FONTS).then((c) => c.put(url.pathname, copy)));
  }
  return response;
}

// Boot scripts, icon and QR codes: the network's copy, the phone's without one.
async function networkFirst(event, request, url) {
  try {
    const response = await fetch(request);
    if (response.ok && GUIDE_QR.test(url.pathname)) {
      const copy = response.clone();
      event.waitUntil(caches.open(PAGES).then((c) => c.put(request.url, copy)));
    }
    return response;
  } catch {
    // This release's copy first: an older shell may still be kept beside it.
    const saved = (await (await caches.open(SHELL_CACHE)).match(request.url)) || (await caches.match(request.url));
    if (saved) return saved;
    if (GUIDE_QR.test(url.pathname)) {
      return new Response('<svg xmlns="http://www.w3.org/2000/svg"/>', { headers: { "content-type": "image/svg+xml" } });
    }
    return Response.error();
  }
}

// A kept appeal form carries the key of the day it was kept; each form
// sent must have its own, or two appeals would look like one sent twice.
async function freshForm(saved) {
  return rewritten(saved, /name="idempotency_key" value="[^"]*"/, `name="idempotency_key" value="${newKey()}"`);
}

async function rewritten(saved, pattern, replacement) {
  const html = (await saved.text()).replace(pattern, replacement);
  const headers = new Headers(saved.headers);
  headers.delete("content-length");
  headers.delete("content-encoding");
  return new Response(html, { status: saved.status, headers });
}

function newKey() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return "form-" + Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}

// --- The outbox: appeals sent without a network -------------------------

async function sendAppeal(request) {
  const url = new URL(request.url);
  const body = await request.clone().blob();
  try {
    return await fetch(request);
  } catch {
    const type = request.headers.get("content-type") || "";
    let key = "";
    try {
      key = String((await new Response(body, { headers: { "content-type": type } }).formData()).get("idempotency_key") || "");
    } catch {
      // Not a form the portal drew; it is still kept, under a new key.
    }
    key = /^[A-Za-z0-9-]{8,64}$/.test(key) ? key : newKey();
    // The same form sent twice without a network is kept once.
    await store("outbox", "readwrite", (s) => s.put({ key, url: url.href, lang: langOf(url), type, body }));
    if (self.registration.sync) self.registration.sync.register("outbox").catch(() => {});
    await notify();
    const pages = await caches.open(PAGES);
    const kept = await pages.match(`${url.origin}/${langOf(url)}/appeal/kept`);
    // The page names its appeal, so that it moves on to this one's receipt.
    if (kept) return rewritten(kept, 'data-outbox-kept=""', `data-outbox-kept="${key}"`);
    return (await pages.match(`${url.origin}/${langOf(url)}/offline`)) || Response.error();
  }
}

let delivering = null;

/** Sends what waits in the outbox; true when nothing is left waiting. */
function flush() {
  delivering ||= deliver().finally(() => (delivering = null));
  return delivering;
}

async function deliver() {
  const waiting = await store("outbox", "readonly", (s) => s.getAll());
  for (const entry of waiting) {
    let response;
    try {
      response = await fetch(entry.url, {
        method: "POST",
        body: entry.body,
        headers: { "content-type": entry.type },
        credentials: "same-origin",
      });
    } catch {
      break; // still no network
    }
    const type = response.headers.get("content-type") || "";
    const returnedAt = `${self.location.origin}/${entry.lang}/appeal/returned/${entry.key}`;
    let result;
    if (response.ok && response.redirected && RECEIPT.test(new URL(response.url).pathname)) {
      // Received: the answer is the appeal's receipt, with its number and code.
      result = { key: entry.key, state: "sent", url: response.url };
    } else if (response.status === 422 && type.startsWith("text/html")) {
      // Sent back with problems marked, and all that was typed: shown as drawn.
      await (await caches.open(RETURNED)).put(returnedAt, response);
      result = { key: entry.key, state: "returned", url: returnedAt };
    } else if (response.status >= 400 && response.status < 500 && response.status !== 429) {
      // Refused for good (a photo too large, say): nothing to show but the
      // form, where the page's own draft still holds the text; the address
      // (no page kept under it) sends there and clears this line.
      result = { key: entry.key, state: "returned", url: returnedAt };
    } else {
      break; // too many at once, or the server is down: later
    }
    await store("results", "readwrite", (s) => s.put(result));
    await store("outbox", "readwrite", (s) => s.delete(entry.key));
  }
  if (waiting.length) await notify();
  return (await store("outbox", "readonly", (s) => s.count())) === 0;
}

// Shown once, then gone from the phone: it holds the resident's details.
async function returnedPage(url) {
  const cache = await caches.open(RETURNED);
  const saved = await cache.match(url.href);
  await cache.delete(url.href);
  await forgetResult(url.href);
  return saved || Response.redirect(`${url.origin}/${langOf(url)}/appeal`, 303);
}

async function forgetResult(href) {
  const results = await store("results", "readonly", (s) => s.getAll());
  for (const r of results.filter((r) => r.url === href)) await store("results", "readwrite", (s) => s.delete(r.key));
}

/** What the pages show: how many wait, and what came of the others. */
async function status() {
  return {
    type: "outbox",
    waiting: await store("outbox", "readonly", (s) => s.count()),
    results: await store("results", "readonly", (s) => s.getAll()),
  };
}

async function notify() {
  const message = await status();
  for (const client of await self.clients.matchAll({ type: "window" })) client.postMessage(message);
}

self.addEventListener("sync", (event) => {
  if (event.tag !== "outbox") return;
  // A rejection asks the browser to try again later.
  event.waitUntil(
    flush().then((done) => {
      if (!done) throw new Error("outbox: still waiting for the network");
    }),
  );
});

// From public/offline.js: a page opened (keep it, its font and the pages
// shown without a network in its language), or it is time to try again.
self.addEventListener("message", (event) => {
  const data = event.data || {};
  const reply = () => status().then((s) => event.source && event.source.postMessage(s));
  if (data.type === "opened") {
    event.waitUntil(opened(data).then(flush).then(reply).then(refreshPages));
  } else if (data.type === "retry") {
    event.waitUntil(flush().then(reply));
  }
});

async function opened({ url, font }) {
  const here = new URL(url);
  if (here.origin !== self.location.origin || !/^(zh|bo|ii)$/.test(langOf(here))) return;
  const lang = langOf(here);
  const wanted = [`${here.origin}/${lang}/offline`, `${here.origin}/${lang}/appeal/kept`];
  // The first page of a visit came before this worker could keep it.
  if (here.search === "" && KEPT_PAGE.test(here.pathname)) wanted.push(pageKey(here));
  for (const address of wanted) if (!(await keepIfMissing(PAGES, address))) return;
  if (typeof font === "string" && font.startsWith(self.location.origin + "/fonts/")) {
    await keepIfMissing(FONTS, new URL(font).pathname);
  }
}

/** Fetches and keeps `address` unless kept already; false when offline. */
async function keepIfMissing(cacheName, address) {
  const cache = await caches.open(cacheName);
  if (await cache.match(address)) return true;
  try {
    const response = await fetch(address);
    if (response.ok && !response.redirected) await cache.put(address, response);
    return true;
  } catch {
    return false; // no network now; next time
  }
}

// --- IndexedDB, in as few lines as it takes ------------------------------

let database = null;

function db() {
  database ||= new Promise((resolve, reject) => {
    const open = indexedDB.open("gongdao", 1);
    open.onupgradeneeded = () => {
      open.result.createObjectStore("outbox", { keyPath: "key" });
      open.result.createObjectStore("results", { keyPath: "key" });
    };
    open.onsuccess = () => {
      // Closed under us (storage cleared, a newer version): open again next time.
      open.result.onclose = open.result.onversionchange = () => {
        open.result.close();
        database = null;
      };
      resolve(open.result);
    };
    open.onerror = () => {
      database = null;
      reject(open.error);
    };
  });
  return database;
}

/** Runs one request on one object store and resolves with its result. */
async function store(name, mode, act) {
  const tx = (await db()).transaction(name, mode);
  const request = act(tx.objectStore(name));
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve(request.result);
    tx.onerror = () => reject(request.error || tx.error);
    tx.onabort = () => reject(request.error || tx.error);
  });
}
