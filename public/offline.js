// Offline reading and the outbox, where the browser has service workers
// (not in WeChat on iOS, nor in old engines: there the portal works as
// before, with the network). Registers public/sw.js, tells it which page
// opened, and shows on the page what became of appeals sent without a
// network (the hidden #outbox the server draws in every resident page).
const worker = navigator.serviceWorker;
// On a weak signal the browser never says "online": while an appeal waits
// and the page is in view, the worker is asked to try again, first after
// 10 s, then less often (each try sends the whole appeal: data costs money),
// and at once when the page comes back into view.
const FIRST_RETRY_MS = 10_000;
const LAST_RETRY_MS = 300_000;
let retryIn = FIRST_RETRY_MS;
let retrying = null;

function retryLater() {
  retrying = setTimeout(() => {
    retrying = null;
    retryIn = Math.min(retryIn * 2, LAST_RETRY_MS);
    if (!document.hidden) tell({ type: "retry" });
  }, retryIn);
}

function tell(message) {
  worker.ready.then((registration) => registration.active && registration.active.postMessage(message));
}

function show(status) {
  const box = document.getElementById("outbox");
  if (!box) return;
  for (const old of box.querySelectorAll("[data-outbox-result]")) old.remove();
  box.querySelector('[data-outbox="waiting"]').hidden = status.waiting === 0;
  for (const result of status.results) {
    const line = box.querySelector(`[data-outbox="${result.state}"]`).cloneNode(true);
    line.dataset.outboxResult = result.key;
    line.querySelector("a").href = result.url;
    line.hidden = false;
    box.append(line);
  }
  box.hidden = status.waiting === 0 && status.results.length === 0;
  document.documentElement.dataset.outbox = box.hidden ? "empty" : "shown";
  // Each answer from the worker sets up the next try, while one waits.
  if (status.waiting > 0 && !retrying) retryLater();
  if (status.waiting === 0) retryIn = FIRST_RETRY_MS;
  // The page that said "kept" goes on to its appeal's receipt once sent.
  const kept = document.querySelector("[data-outbox-kept]");
  const mine = kept && status.results.find((r) => r.key === kept.dataset.outboxKept && r.state === "sent");
  if (mine) location.replace(mine.url);
}

if (worker && !location.pathname.startsWith("/widget")) {
  // After the page has loaded: the worker's first install fetches the
  // bundle again, which must come from the browser's cache, not compete
  // with the page's own download on 3G.
  const register = () => worker.register("/sw.js").catch((e) => console.warn("Gongdao: no offline reading here", e));
  if (document.readyState === "complete") register();
  else addEventListener("load", register, { once: true });
  worker.addEventListener("message", (event) => {
    if (event.data && event.data.type === "outbox") show(event.data);
  });
  const font = document.querySelector('link[rel="preload"][as="font"]');
  tell({ type: "opened", url: location.href, font: font ? font.href : null });
  addEventListener("online", () => tell({ type: "retry" }));
  document.addEventListener("visibilitychange", () => document.hidden || tell({ type: "retry" }));
}
